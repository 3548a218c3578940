// A page that makes the element and sets its properties before the viewer's module has
// defined it, as a page that loads the module late (or lazily) does.
const viewer = document.createElement('article-viewer');
viewer.id = 'late';
viewer.src = '../samples/idlib.json';
viewer.showDiagnostics = true;
viewer.theme = 'dark';
document.body.append(viewer);
window.definedBefore = customElements.get('article-viewer') !== undefined;
await import('../embed.js');
