// The viewer's URL policy, as the peers apply it: parsed by the browser (WHATWG), resolved against
// the address the JSON came from, then allow-listed per use. Anything else is refused (null).

const IMAGE_DATA = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/**
 * `use` is 'link' (https, http, mailto, or a #fragment kept as written), 'image' (https, http,
 * data:image/…) or 'media' (https, http: video sources). Returns the URL to write, or null.
 */
export function checkUrl(raw, use, base) {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (use === 'link' && trimmed.startsWith('#')) return trimmed;
  let url;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  switch (url.protocol) {
    case 'https:':
    case 'http:':
      return url.href;
    case 'mailto:':
      return use === 'link' ? url.href : null;
    case 'data:':
      return use === 'image' && IMAGE_DATA.test(url.href) ? url.href : null;
    default:
      return null;
  }
}
