// Logs every event the viewers on this page dispatch, and cancels navigation when asked to.
const log = document.getElementById('event-log');
const cancel = document.getElementById('cancel-navigation');
const allowYoutube = document.getElementById('allow-youtube');

function record(event) {
  const viewer = event.target.id || 'viewer';
  const { detail } = event;
  const summaries = {
    'article-viewer:load': () => `"${detail.headline}", ${detail.diagnostics.length} diagnostics`,
    'article-viewer:error': () => `${detail.message}${detail.place ? ` (at ${detail.place})` : ''}`,
    'article-viewer:navigate': () => `"${detail.headline}"${detail.src ? ` → ${detail.src}` : ''}`,
    'article-viewer:progress': () => `${detail.percent}% of the body`,
    'article-viewer:read': () => `the end, after ${detail.seconds} s on screen`,
    'article-viewer:link': () => `${detail.url}${detail.external ? ' (another site)' : ''}`,
    'article-viewer:consent': () => `the reader allowed ${detail.provider}`,
  };
  const summary = summaries[event.type]();
  const item = document.createElement('li');
  item.textContent = `${viewer}: ${event.type.replace('article-viewer:', '')}: ${summary}`;
  log.append(item);
  console.info('article-viewer demo:', event.type, detail);
}

for (const type of ['load', 'error', 'navigate', 'progress', 'read', 'link', 'consent']) {
  document.addEventListener(`article-viewer:${type}`, record);
}

document.addEventListener('article-viewer:navigate', (event) => {
  if (cancel.checked) event.preventDefault();
});

// A consent manager of the page's own: the box gives every viewer the reader's choice of
// YouTube, and a reader who loads a YouTube embed in a story ticks it.
function applyConsent() {
  for (const viewer of document.querySelectorAll('article-viewer')) viewer.consent = allowYoutube.checked ? 'youtube' : '';
}
allowYoutube.addEventListener('change', applyConsent);
document.addEventListener('article-viewer:consent', (event) => {
  if (event.detail.provider === 'youtube' && !allowYoutube.checked) {
    allowYoutube.checked = true;
    applyConsent();
  }
});
