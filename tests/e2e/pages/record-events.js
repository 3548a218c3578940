// Keeps every viewer event, for the end-to-end tests to read: [viewer id, type, detail].
window.viewerEvents = [];
for (const type of ['article-viewer:load', 'article-viewer:error', 'article-viewer:navigate', 'article-viewer:consent']) {
  document.addEventListener(type, (event) => {
    window.viewerEvents.push([event.target.id, type.replace('article-viewer:', ''), event.detail]);
    if (type === 'article-viewer:navigate' && window.cancelNavigation) event.preventDefault();
  });
}
