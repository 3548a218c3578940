// The standalone app's loader: a file, not an inline script, so the page can forbid inline scripts.
import init, { startApp } from './article-viewer.js';

// The article's fetch starts now, while the module downloads and compiles, instead of after
// them; the viewer takes it over when it asks for the same address (src/app.rs).
function startFetch() {
  const src = new URLSearchParams(location.search).get('src')?.trim() || 'samples/idlib.json';
  const url = new URL(src, location.href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const controller = new AbortController();
  const response = fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
  // The viewer reports a failure; this only keeps it from being logged as unhandled meanwhile.
  response.catch(() => {});
  return { url: url.href, response, controller };
}

let early;
try {
  early = startFetch();
} catch {
  // An address that does not parse: the viewer fetches nothing either, and says why.
}
await init();
startApp(early);
