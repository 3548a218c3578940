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

// The page's head describes the article shown, from the plain values src/head.rs gives (null
// when none is shown): title, description, canonical link, Open Graph and Twitter cards, and
// JSON-LD NewsArticle. Every value goes in as an attribute or as text, never as markup.
const PAGE_TITLE = document.title;
function describeArticle(article) {
  for (const element of document.head.querySelectorAll('[data-article-head]')) element.remove();
  document.title = article?.headline ?? PAGE_TITLE;
  if (!article) return;
  const { headline: title, url, image, imageAlt, published, modified, site, siteUrl, logo, authors, lang } = article;
  const description = article.description?.replace(/\s+/g, ' ').trim();
  const meta = (key, name, content) => content && add('meta', { [key]: name, content });
  meta('name', 'description', description);
  for (const [name, content] of Object.entries({ title, description, image, 'image:alt': imageAlt })) {
    meta('property', `og:${name}`, content);
    meta('name', `twitter:${name}`, content);
  }
  meta('property', 'og:type', 'article');
  meta('property', 'og:url', url);
  meta('property', 'og:site_name', site);
  meta('property', 'article:published_time', published);
  meta('property', 'article:modified_time', modified);
  meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary');
  if (url) add('link', { rel: 'canonical', href: url });
  // Every "<" written \u003c, so that no text can end the element.
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description,
    datePublished: published,
    dateModified: modified,
    author: authors.length ? authors.map((author) => ({ '@type': 'Person', ...author })) : undefined,
    publisher: site && { '@type': 'Organization', name: site, url: siteUrl, logo: logo && { '@type': 'ImageObject', url: logo } },
    image,
    inLanguage: lang,
    mainEntityOfPage: url,
  }).replaceAll('<', '\\u003c');
  const text = trusted(json);
  if (text !== undefined) add('script', { type: 'application/ld+json' }, text);
}

function add(name, attributes, text) {
  const element = document.createElement(name);
  for (const [attribute, value] of Object.entries({ ...attributes, 'data-article-head': '' })) element.setAttribute(attribute, value);
  if (text !== undefined) element.text = text;
  document.head.append(element);
}

// A script's text is a Trusted Types sink even when it never runs: the JSON-LD's goes through
// this policy, which a CSP listing allowed policies must name. It passes only text without "<",
// as the JSON-LD is written. Undefined when the page refused the policy.
let policy;
function trusted(json) {
  if (!window.trustedTypes) return json;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy('article-viewer-json-ld', { createScript: (text) => (text.includes('<') ? '' : text) });
    } catch {
      policy = null;
    }
  }
  return policy?.createScript(json);
}

// A page's first Intl.DateTimeFormat loads the browser's locale data, which takes tens of
// milliseconds (four times that on a phone). Dates in US English, the format's default, need
// none (src/view/dates.rs); for other languages it is paid here while the module is still on
// its way (its download has no timing entry until it ends), never while the module waits for it.
function warmDates() {
  const wasm = new URL('article-viewer_bg.wasm', import.meta.url).href;
  if (performance.getEntriesByName(wasm).length === 0) new Intl.DateTimeFormat().format();
}

let early;
try {
  early = startFetch();
} catch {
  // An address that does not parse: the viewer fetches nothing either, and says why.
}
const ready = init();
warmDates();
await ready;
startApp(early, describeArticle);
