// Markdown to sanitised HTML strings, as a typical JavaScript renderer does it: marked (GFM:
// tables, strikethrough) then DOMPurify, with the URL policy applied to every href and src.
// Raw HTML in the Markdown is shown as text, as the viewer does. (No footnotes: marked has none
// without an extension; the benchmark's articles use none.)
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { checkUrl } from './urls.js';

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escape(text),
  },
});

// The base of the document being rendered; set by `withBase` around one article's rendering.
let currentBase;

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.hasAttribute('href')) {
    const href = checkUrl(node.getAttribute('href'), 'link', currentBase);
    if (href === null) node.removeAttribute('href');
    else node.setAttribute('href', href);
  }
  if (node.tagName === 'IMG') {
    const src = checkUrl(node.getAttribute('src'), 'image', currentBase);
    if (src === null) node.remove();
    else {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  }
});

const PURIFY = { USE_PROFILES: { html: true } };

/** Runs `render` with relative URLs in Markdown resolved against `base`. */
export function withBase(base, render) {
  currentBase = base;
  try {
    return render();
  } finally {
    currentBase = undefined;
  }
}

/** Block Markdown (a text block, a quote, an aside) as sanitised HTML. */
export const blockHtml = (text) => DOMPurify.sanitize(marked.parse(text), PURIFY);

/** Inline Markdown (a standfirst, a caption) as sanitised HTML. */
export const inlineHtml = (text) => DOMPurify.sanitize(marked.parseInline(text), PURIFY);

/** Words in sanitised HTML, for the reading time. */
export const wordsIn = (html) => html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
