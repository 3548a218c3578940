// Logs every event the viewers on this page dispatch, and cancels navigation when asked to.
const log = document.getElementById('event-log');
const cancel = document.getElementById('cancel-navigation');

function record(event) {
  const viewer = event.target.id || 'viewer';
  const { detail } = event;
  const summary =
    event.type === 'article-viewer:load'
      ? `"${detail.headline}", ${detail.diagnostics.length} diagnostics`
      : event.type === 'article-viewer:error'
        ? `${detail.message}${detail.place ? ` (at ${detail.place})` : ''}`
        : `"${detail.headline}"${detail.src ? ` → ${detail.src}` : ''}`;
  const item = document.createElement('li');
  item.textContent = `${viewer}: ${event.type.replace('article-viewer:', '')}: ${summary}`;
  log.append(item);
  console.info('article-viewer demo:', event.type, detail);
}

for (const type of ['article-viewer:load', 'article-viewer:error', 'article-viewer:navigate']) {
  document.addEventListener(type, record);
}

document.addEventListener('article-viewer:navigate', (event) => {
  if (cancel.checked) event.preventDefault();
});
