// Keeps every viewer event, for the end-to-end tests to read: [viewer id, type, detail]. The
// reading events go to a list of their own, so the others' order and count stay readable.
window.viewerEvents = [];
window.readingEvents = [];
for (const type of ['load', 'error', 'navigate', 'consent', 'progress', 'read', 'link']) {
  const list = ['progress', 'read', 'link'].includes(type) ? window.readingEvents : window.viewerEvents;
  document.addEventListener(`article-viewer:${type}`, (event) => {
    list.push([event.target.id, type, event.detail]);
    if (type === 'navigate' && window.cancelNavigation) event.preventDefault();
  });
}
