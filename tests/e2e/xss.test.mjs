// Script injection through an article, end to end: every XSS vector of tests/corpora/xss/
// (DOMPurify's 223, H5SC's 149 and our 201 URL tricks) goes into every string field of format 1,
// one document per vector and field, and the release build renders it in headless Chromium both
// ways a reader meets it:
//
// 1. the JS API: `mount` once, then `update` per document, checked in the page in batches, with
//    the diagnostics shown (their messages quote the vector), on a page with no CSP at all, so
//    that nothing but the viewer stands between the article and the page;
// 2. the standalone app: one page load of `?src=…&diagnostics=1` per vector, with the vector in
//    every field at once (and in every Markdown field also as each kind of link and image
//    destination), also with no CSP;
// 3. a smaller pass of the JS API under the strict CSP with Trusted Types, which must meet no
//    violation but an external image or video that the page's own CSP blocks.
//
// After each document: no dialog opened and no script ran (alert, confirm, prompt, print, open
// and document.write are replaced by recorders before the page runs); nothing navigated, and no
// frame or window appeared; a related story's link hands the page only allowed URLs; the viewer's
// DOM (shadow roots included, and every element or attribute it ever held, seen by a
// MutationObserver) holds only elements the viewer makes, no `on*` or `style` attribute, no
// script-capable URL (`javascript:`, `vbscript:`, `data:text…`, any `data:` but a raster image)
// in any attribute, srcset candidates included, no URL outside the viewer's policy, and only ids
// of letters, digits and `-_.:`; nothing was added to the page outside the viewer (but, in the
// app, the head's description of the article: its own elements and attributes, a title and a
// JSON-LD that hold the vector as text, web addresses only); and the
// article still renders: one h1 with its headline (the vector itself, trimmed, when the vector
// is the headline; the error view when that leaves it empty), and the body, less at most the
// block that holds the vector.
//
// A first test checks that these checks do see an injection. The counts of documents rendered
// are asserted, and printed as diagnostics: `node --test --test-reporter=spec tests/e2e/xss.test.mjs`.
// About 4 minutes on 2 cores. The last test is the minimal case of a finding of this file.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, openPage, REPO_ROOT, serve, STRICT_CSP } from './support.mjs';

const CORPORA = join(REPO_ROOT, 'tests/corpora/xss');
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

// ---- The vectors -----------------------------------------------------------------------------

// The H5SC suite's placeholders, each replaced by what it stands for (see
// tests/corpora/xss/README.md). A placeholder not listed here fails the test, so that a new
// corpus version cannot slip an unreplaced one through.
const H5SC_PLACEHOLDERS = {
  js_alert: 'alert(1)',
  js_alert_2: 'alert(1)',
  js_alert_3: 'alert(1)',
  js_write: 'alert(1)',
  js_write_2: 'alert(1)',
  js_focus: 'alert(1)',
  js_alert_only: 'alert',
  js_uri_alert: 'javascript:alert(1)',
  js_uri_alert_2: 'javascript:alert(1)',
  js_uri_alert_3: 'javascript:alert(1)',
  js_base64_alert: 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', // <script>alert(1)</script>
  js_utf7_alert_1: '+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
  js_utf7_alert_2: '+ADw-img src=x onerror=alert(1)+AD4-',
  js_alert_entities: '&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;',
  js_alert_html5ent: 'alert&lpar;1&rpar;',
  js_alert_template: 'alert`1`',
  js_esc_template: '\\u0061lert(1)',
  html_alert_encoded: '&lt;script&gt;alert(1)&lt;/script&gt;',
};
const PLACEHOLDER = /%([a-z][a-z0-9]*(?:_[a-z0-9]+)+)%/g;

function substitute(payload) {
  return payload.replace(PLACEHOLDER, (_, name) => {
    if (name in H5SC_PLACEHOLDERS) return H5SC_PLACEHOLDERS[name];
    // A file on the attacker's server (a VML, SVG, CSS, HTC, SWF or XML document).
    if (/_path(_\d+)?$/.test(name)) return `https://evil.example/h5sc/${name}`;
    throw new Error(`H5SC placeholder %${name}% has no substitution`);
  });
}

async function corpus(file) {
  const data = JSON.parse(await readFile(join(CORPORA, file), 'utf8'));
  assert.equal(data.items.length, data.count, `${file}: count`);
  assert.ok(data.source && data.license, `${file} keeps its source and licence`);
  return data.items;
}

async function loadVectors() {
  const dompurify = (await corpus('dompurify-payloads.json')).map((item, index) => ({
    set: 'dompurify',
    name: `dompurify #${index} ${item.title ?? ''}`.trim(),
    payload: item.payload,
  }));
  const h5sc = (await corpus('h5sc-vectors.json')).map((item) => ({
    set: 'h5sc',
    name: `h5sc #${item.id} ${item.name}`,
    payload: substitute(item.payload),
  }));
  for (const vector of h5sc) assert.doesNotMatch(vector.payload, PLACEHOLDER, vector.name);
  const tricks = (await corpus('url-tricks.json')).map((item, index) => ({
    set: 'url-tricks',
    name: `url-tricks #${index} ${item.category}: ${item.name}`,
    payload: item.payload,
  }));
  return [...dompurify, ...h5sc, ...tricks];
}

// ---- The documents ---------------------------------------------------------------------------

const image = (alt) => ({ src: PNG, alt, width: 1, height: 1 });

/** A valid article using every field and block of format 1; every image is a data: PNG. */
const BASE = {
  version: 1,
  id: 'xss-base',
  url: 'https://news.example/xss',
  lang: 'en',
  dir: 'ltr',
  kicker: 'Base kicker',
  headline: 'Base headline',
  standfirst: 'Base standfirst',
  byline: [{ name: 'Ana Writer', role: 'Reporter', url: 'https://news.example/ana', image: image('Ana') }],
  dateline: 'LONDON',
  published: '2026-11-24T09:00:00Z',
  updated: '2026-11-24T10:00:00Z',
  source: { name: 'The Example Times', url: 'https://news.example/', logo: image('Logo') },
  lead: {
    type: 'image',
    ...image('Lead alt'),
    caption: 'Lead caption',
    credit: 'Lead credit',
    srcset: [{ src: PNG, width: 480 }],
    link: 'https://news.example/lead',
  },
  body: [
    { type: 'text', text: 'Body text.' },
    { type: 'heading', text: 'Heading text', level: 2, id: 'section-one' },
    {
      type: 'image',
      ...image('Image alt'),
      caption: 'Image caption',
      credit: 'Image credit',
      srcset: [{ src: PNG, width: 480 }, { src: PNG, width: 960 }],
      link: 'https://news.example/image',
      layout: 'wide',
    },
    {
      type: 'gallery',
      images: [
        {
          ...image('Gallery alt'),
          caption: 'Gallery image caption',
          credit: 'Gallery credit',
          srcset: [{ src: PNG, width: 480 }],
          link: 'https://news.example/gallery',
        },
      ],
      caption: 'Gallery caption',
    },
    { type: 'pullquote', text: 'Pullquote text', attribution: 'Pullquote attribution' },
    { type: 'quote', text: 'Quote text', attribution: 'Quote attribution', cite: 'https://news.example/cite' },
    {
      type: 'related',
      headline: 'Body story',
      url: 'https://news.example/body-story',
      src: 'https://news.example/body-story.json',
      kicker: 'Body story kicker',
      standfirst: 'Body story standfirst',
      image: image(''),
      published: '2026-11-20T08:00:00Z',
    },
    { type: 'aside', title: 'Aside title', text: 'Aside text' },
    // Never loaded here (no consent): its placeholder, or its link card, is what the vector reaches.
    {
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      title: 'Embed title',
      caption: 'Embed caption',
      credit: 'Embed credit',
      aspect: '16:9',
    },
    { type: 'video', src: 'https://media.example/clip.mp4', poster: PNG, caption: 'Video caption', credit: 'Video credit', width: 16, height: 9 },
    { type: 'divider' },
  ],
  tags: ['Plain tag', { name: 'Linked tag', url: 'https://news.example/tags/linked' }],
  related: [
    {
      headline: 'Related story',
      url: 'https://news.example/related',
      src: 'https://news.example/related.json',
      kicker: 'Related kicker',
      standfirst: 'Related standfirst',
      image: image(''),
      published: '2026-11-20T08:00:00Z',
    },
  ],
};

// BASE without its video, for the JS API's documents whose vector is not in the video block: a
// <video> costs Chromium about 5 ms of CPU (its media pipeline, its failed load, the fallback),
// as much as the rest of the article, and would double the run. The video's own fields, and
// every document of the app, have the whole BASE.
const VIDEO = BASE.body.findIndex((block) => block.type === 'video');
const BASE_WITHOUT_VIDEO = { ...BASE, body: BASE.body.filter((block) => block.type !== 'video') };
const baseFor = (field) => (field.path[0] === 'body' && field.path[1] === VIDEO ? BASE : BASE_WITHOUT_VIDEO);

// Every string field of format 1, as a path into BASE. `kind` is what the format says the field
// is; `wrap` puts the vector inside Markdown ([prefix, suffix]) as a link or image destination.
const f = (kind, ...path) => ({ kind, path, name: path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').slice(1) });
const RAW_FIELDS = [
  // The article
  f('plain', 'id'),
  f('url', 'url'),
  f('plain', 'lang'),
  f('plain', 'dir'),
  f('plain', 'kicker'),
  f('plain', 'headline'),
  f('inline', 'standfirst'),
  f('plain', 'dateline'),
  f('plain', 'published'),
  f('plain', 'updated'),
  f('plain', 'byline', 0, 'name'),
  f('plain', 'byline', 0, 'role'),
  f('url', 'byline', 0, 'url'),
  f('url', 'byline', 0, 'image', 'src'),
  f('plain', 'byline', 0, 'image', 'alt'),
  f('plain', 'source', 'name'),
  f('url', 'source', 'url'),
  f('url', 'source', 'logo', 'src'),
  f('plain', 'source', 'logo', 'alt'),
  // The lead
  f('url', 'lead', 'src'),
  f('plain', 'lead', 'alt'),
  f('inline', 'lead', 'caption'),
  f('plain', 'lead', 'credit'),
  f('url', 'lead', 'link'),
  f('url', 'lead', 'srcset', 0, 'src'),
  f('plain', 'lead', 'layout'),
  // The blocks
  f('plain', 'body', 0, 'type'),
  f('markdown', 'body', 0, 'text'),
  f('plain', 'body', 1, 'text'),
  f('id', 'body', 1, 'id'),
  f('url', 'body', 2, 'src'),
  f('plain', 'body', 2, 'alt'),
  f('inline', 'body', 2, 'caption'),
  f('plain', 'body', 2, 'credit'),
  f('url', 'body', 2, 'link'),
  f('url', 'body', 2, 'srcset', 1, 'src'),
  f('plain', 'body', 2, 'layout'),
  f('url', 'body', 3, 'images', 0, 'src'),
  f('plain', 'body', 3, 'images', 0, 'alt'),
  f('inline', 'body', 3, 'images', 0, 'caption'),
  f('plain', 'body', 3, 'images', 0, 'credit'),
  f('url', 'body', 3, 'images', 0, 'link'),
  f('url', 'body', 3, 'images', 0, 'srcset', 0, 'src'),
  f('inline', 'body', 3, 'caption'),
  f('inline', 'body', 4, 'text'),
  f('plain', 'body', 4, 'attribution'),
  f('markdown', 'body', 5, 'text'),
  f('plain', 'body', 5, 'attribution'),
  f('url', 'body', 5, 'cite'),
  f('plain', 'body', 6, 'headline'),
  f('url', 'body', 6, 'url'),
  f('url', 'body', 6, 'src'),
  f('plain', 'body', 6, 'kicker'),
  f('inline', 'body', 6, 'standfirst'),
  f('url', 'body', 6, 'image', 'src'),
  f('plain', 'body', 6, 'image', 'alt'),
  f('plain', 'body', 6, 'published'),
  f('plain', 'body', 7, 'title'),
  f('markdown', 'body', 7, 'text'),
  f('url', 'body', 8, 'url'),
  f('plain', 'body', 8, 'title'),
  f('inline', 'body', 8, 'caption'),
  f('plain', 'body', 8, 'credit'),
  f('plain', 'body', 8, 'aspect'),
  f('url', 'body', 9, 'src'),
  f('url', 'body', 9, 'poster'),
  f('inline', 'body', 9, 'caption'),
  f('plain', 'body', 9, 'credit'),
  // Tags and related stories
  f('plain', 'tags', 0),
  f('plain', 'tags', 1, 'name'),
  f('url', 'tags', 1, 'url'),
  f('plain', 'related', 0, 'headline'),
  f('url', 'related', 0, 'url'),
  f('url', 'related', 0, 'src'),
  f('plain', 'related', 0, 'kicker'),
  f('inline', 'related', 0, 'standfirst'),
  f('url', 'related', 0, 'image', 'src'),
  f('plain', 'related', 0, 'image', 'alt'),
  f('plain', 'related', 0, 'published'),
];

// The vector as a destination in Markdown: a link, a link in angle brackets (which may hold
// spaces), an image, an autolink, and a reference definition.
const LINK = ['[x](', ')'];
const POINTY = ['[x](<', '>)'];
const IMAGE = ['![x](', ')'];
const AUTOLINK = ['<', '>'];
const REFERENCE = ['[x][r]\n\n[r]: ', ''];
const w = (wrap, field) => ({ ...field, kind: `${field.kind} destination`, wrap, name: `${field.name} as ${wrap.join('V')}` });
const WRAPPED_FIELDS = [
  w(LINK, f('markdown', 'body', 0, 'text')),
  w(POINTY, f('markdown', 'body', 0, 'text')),
  w(IMAGE, f('markdown', 'body', 0, 'text')),
  w(AUTOLINK, f('markdown', 'body', 0, 'text')),
  w(REFERENCE, f('markdown', 'body', 0, 'text')),
  w(LINK, f('markdown', 'body', 5, 'text')),
  w(REFERENCE, f('markdown', 'body', 7, 'text')),
  w(IMAGE, f('markdown', 'body', 7, 'text')),
  w(LINK, f('inline', 'standfirst')),
  w(AUTOLINK, f('inline', 'standfirst')),
  w(IMAGE, f('inline', 'lead', 'caption')),
  w(POINTY, f('inline', 'body', 2, 'caption')),
  w(LINK, f('inline', 'body', 3, 'caption')),
  w(AUTOLINK, f('inline', 'body', 4, 'text')),
  w(IMAGE, f('inline', 'body', 6, 'standfirst')),
  w(AUTOLINK, f('inline', 'body', 8, 'caption')),
  w(LINK, f('inline', 'body', 9, 'caption')),
  w(POINTY, f('inline', 'related', 0, 'standfirst')),
];
const FIELDS = [...RAW_FIELDS, ...WRAPPED_FIELDS];

// A small set for the pass under the strict CSP: the likeliest places for an HTML sink.
const CSP_FIELDS = FIELDS.filter((field) =>
  [
    'headline',
    'kicker',
    'standfirst',
    'body[0].text',
    'body[0].text as [x](V)',
    'body[0].text as ![x](V)',
    'body[0].text as <V>',
    'body[1].id',
    'body[2].src',
    'body[2].srcset[1].src',
    'body[8].url',
    'body[9].poster',
    'related[0].url',
  ].includes(field.name),
);

// Shared by Node and the page (serialised into it): the article with the vector in `fields`,
// and what must be seen when it renders. Wrapped fields at the same path are joined.
function documentWith(base, fields, vector) {
  const doc = JSON.parse(JSON.stringify(base));
  const values = new Map();
  for (const field of fields) {
    const value = field.wrap ? field.wrap[0] + vector + field.wrap[1] : vector;
    const key = JSON.stringify(field.path);
    values.set(key, values.has(key) ? `${values.get(key)}${field.kind.startsWith('inline') ? ' ' : '\n\n'}${value}` : value);
  }
  for (const [key, value] of values) {
    const path = JSON.parse(key);
    let node = doc;
    for (const step of path.slice(0, -1)) node = node[step];
    node[path.at(-1)] = value;
  }
  return doc;
}

function expectationFor(base, fields, vector) {
  // The viewer trims as Rust's str::trim does (Unicode White_Space).
  const trim = (text) => text.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
  const inHeadline = fields.some((field) => field.name === 'headline');
  const headline = inHeadline ? trim(vector) : base.headline;
  // Per block of the base: its type, and whether the vector may leave it out. Only an unknown
  // type, a required address the policy refuses, or a required text left empty (plain text that
  // is blank, Markdown with nothing left once refused images are taken out: "empty pull quote")
  // may: the vector in any other field leaves the block in place (format revision 2: an invalid
  // optional field goes alone). A block left out must have a diagnostic at its path.
  const REQUIRED_URLS = new Set(['image.src', 'gallery.images.src', 'video.src', 'embed.url']);
  const REQUIRED_TEXTS = new Set(['text.text', 'heading.text', 'pullquote.text', 'quote.text', 'aside.text', 'related.headline']);
  const blocks = base.body.map((block, index) => {
    const mayDrop = fields.some((field) => {
      if (field.path[0] !== 'body' || field.path[1] !== index || field.wrap) return false;
      const key = [block.type, ...field.path.slice(2).filter((step) => typeof step === 'string')].join('.');
      const blank = field.kind === 'plain' ? trim(vector) === '' : true;
      return field.path[2] === 'type' || REQUIRED_URLS.has(key) || (REQUIRED_TEXTS.has(key) && blank);
    });
    return { type: block.type, mayDrop };
  });
  return headline === '' ? { error: true } : { headline, blocks };
}

// ---- In the page -----------------------------------------------------------------------------

// Runs before anything else in every page: records every way a vector could show it ran.
function installRecorders() {
  const record = { calls: [], violations: [], navigations: [], dom: [] };
  Object.defineProperty(window, '__xss', { value: record });
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = (...args) => {
      record.calls.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  }
  for (const name of ['write', 'writeln']) {
    Document.prototype[name] = function (...args) {
      record.calls.push(`document.${name}(${args.map(String).join(', ').slice(0, 80)})`);
    };
  }
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
  );
  // A related story's link: keep what the page would be asked to open, and open nothing.
  document.addEventListener('article-viewer:navigate', (event) => {
    record.navigations.push({ url: event.detail.url, src: event.detail.src });
    event.preventDefault();
  });
  window.addEventListener('click', (event) => event.preventDefault());
}

// The problems with one element the viewer rendered: an element the viewer does not make, an
// event-handler or style attribute, a script-capable URL or one outside the policy, a bad id.
function checkElement(element) {
  const XHTML = 'http://www.w3.org/1999/xhtml';
  const MADE = checkElement.MADE ??= new Set(
    ('a article aside blockquote br button code del details div em fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
      'header hr img input label legend li nav ol p pre section slot span strong summary sup table tbody td th thead ' +
      'time tr ul video').split(' '),
  );
  const FORBIDDEN = checkElement.FORBIDDEN ??= new Set(
    'script iframe object embed base meta form frame frameset link style svg math template applet noscript'.split(' '),
  );
  const URL_ATTRIBUTES = checkElement.URL_ATTRIBUTES ??= new Set(
    ('href src srcset poster cite action formaction xlink:href data background lowsrc dynsrc longdesc usemap codebase ' +
      'classid manifest icon ping profile archive code srcdoc imagesrcset itemtype').split(' '),
  );
  // Attributes that hold words for people, where a vector may legitimately be shown as text.
  const TEXT_ATTRIBUTES = checkElement.TEXT_ATTRIBUTES ??= new Set(['alt', 'title', 'aria-label', 'data-article-id']);
  const problems = [];
  const where = `<${element.localName}${typeof element.className === 'string' && element.className ? ` class="${element.className}"` : ''}>`;
  // Lower case, without the whitespace and control characters a browser skips or ignores.
  const normalise = (value) => value.toLowerCase().replace(/[\u0000-\u0020\u007f-\u00a0\s\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '');
  const scripty = (value) => {
    const url = normalise(value);
    if (/^(javascript|vbscript|livescript|mocha):|^data:text/.test(url)) return 'a script URL';
    if (url.startsWith('data:') && !/^data:image\/(png|jpeg|gif|webp|avif)[;,]/.test(url)) return 'a data: URL that is not a raster image';
    return null;
  };
  // The URLs of a srcset, as the browser parses it (HTML, "parse a srcset attribute").
  const srcsetUrls = (value) => {
    const urls = [];
    const space = /[\t\n\f\r ]/;
    let i = 0;
    while (i < value.length) {
      while (i < value.length && (space.test(value[i]) || value[i] === ',')) i++;
      if (i >= value.length) break;
      const start = i;
      while (i < value.length && !space.test(value[i])) i++;
      let url = value.slice(start, i);
      if (url.endsWith(',')) {
        url = url.replace(/,+$/, '');
      } else {
        let inParens = false;
        for (; i < value.length; i++) {
          if (value[i] === '(') inParens = true;
          else if (value[i] === ')') inParens = false;
          else if (value[i] === ',' && !inParens) break;
        }
      }
      urls.push(url);
    }
    return urls;
  };
  // The viewer's URL policy (README, "URLs"), applied to the URL as the browser reads it.
  const outsidePolicy = (name, value) => {
    if (name === 'href' && element.localName === 'a' && value.startsWith('#')) return null;
    let url;
    try {
      url = new URL(value, element.baseURI);
    } catch {
      return 'not a URL';
    }
    if (url.protocol === 'https:' || url.protocol === 'http:') return null;
    if (url.protocol === 'mailto:' && name === 'href' && element.localName === 'a') return null;
    const image = (element.localName === 'img' && (name === 'src' || name === 'srcset')) || (element.localName === 'video' && name === 'poster');
    if (url.protocol === 'data:' && image && /^image\/(png|jpeg|gif|webp|avif)[;,]/i.test(url.pathname)) return null;
    return `a URL outside the policy (${url.protocol})`;
  };

  if (element.namespaceURI !== XHTML) problems.push(`${where} in namespace ${element.namespaceURI}`);
  if (FORBIDDEN.has(element.localName)) problems.push(`a forbidden element ${where}`);
  else if (!MADE.has(element.localName)) problems.push(`an element the viewer does not make: ${where}`);
  if (element.shadowRoot) problems.push(`a shadow root inside the viewer, on ${where}`);
  for (const { name: rawName, value } of element.attributes) {
    const name = rawName.toLowerCase();
    const shown = `${where} ${rawName}=${JSON.stringify(value.length > 160 ? `${value.slice(0, 160)}…` : value)}`;
    if (name.startsWith('on')) problems.push(`an event-handler attribute: ${shown}`);
    if (name === 'style') problems.push(`a style attribute: ${shown}`);
    if (name === 'id' && !/^[\p{Alphabetic}\p{N}_.:-]+$/u.test(value)) problems.push(`an id outside [letters digits -_.:]: ${shown}`);
    if (URL_ATTRIBUTES.has(name) || name.endsWith('href') || name.endsWith('src')) {
      for (const url of name.endsWith('srcset') ? srcsetUrls(value) : [value]) {
        const bad = scripty(url) ?? outsidePolicy(name, url);
        if (bad) problems.push(`${bad}: ${shown}${url !== value ? ` (the candidate ${JSON.stringify(url.slice(0, 80))})` : ''}`);
      }
    } else if (!TEXT_ATTRIBUTES.has(name) && !name.startsWith('aria-')) {
      const bad = scripty(value);
      if (bad) problems.push(`${bad}: ${shown}`);
    }
  }
  return problems;
}

// Checks every element that is ever added under `root`, and every attribute ever set there,
// into `record.dom`: what an asynchronous re-render (an image's fallback) replaces before the
// final check is seen too. `inside` limits it to the viewer's part of `root`.
function observeViewer(root, record, inside = () => true) {
  const check = (element) => {
    if (element.nodeType === Node.ELEMENT_NODE && inside(element)) record.dom.push(...checkElement(element));
  };
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        check(mutation.target);
        continue;
      }
      for (const node of mutation.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        check(node);
        for (const element of node.querySelectorAll('*')) check(element);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  return observer;
}

// The body's blocks against the base article's, one by one: each in its place, of its type; one
// that the vector may leave out (expectationFor) absent only with a diagnostic at its path; none
// else. A block is known by its class (what each block view makes, src/view/blocks/).
function checkBlocks(root, expected) {
  const CLASSES = {
    text: 'av-text', heading: 'av-heading', image: 'av-image', gallery: 'av-gallery', pullquote: 'av-pullquote',
    quote: 'av-quote', related: 'av-related-block', aside: 'av-aside', embed: 'av-embed', video: 'av-video', divider: 'av-divider',
  };
  const typeOf = (element) => {
    for (const candidate of [element, element.firstElementChild]) {
      const type = candidate && Object.keys(CLASSES).find((name) => candidate.classList.contains(CLASSES[name]));
      if (type) return type;
    }
    return `<${element.localName} class="${element.className}">`;
  };
  // BLOCKS in support.mjs: this function runs in the page, which cannot import it.
  const rendered = [...root.querySelectorAll('.av-body > :not(.av-toc, .av-mark, slot)')].map(typeOf);
  const diagnosed = [...root.querySelectorAll('.av-diagnostics li code')].map((code) => code.textContent);
  const problems = [];
  let at = 0;
  expected.forEach(({ type, mayDrop }, index) => {
    if (rendered[at] === type) {
      at++;
    } else if (!mayDrop) {
      problems.push(`body[${index}] (${type}) is not rendered: the body is ${rendered.join(', ')}`);
    } else if (!diagnosed.some((path) => path === `body[${index}]` || path.startsWith(`body[${index}].`) || path.startsWith(`body[${index}][`))) {
      problems.push(`body[${index}] (${type}) is left out without a diagnostic at its path (${diagnosed.join(', ')})`);
    }
  });
  if (at !== rendered.length) problems.push(`blocks the article does not have: ${rendered.slice(at).join(', ')} (the body is ${rendered.join(', ')})`);
  return problems;
}

// Checks every element under `root` (shadow roots and templates included), then that the article
// rendered as `expect` says, and (with `host`) that nothing was added to the page outside it.
function inspectViewer(root, expect, host) {
  const problems = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      problems.push(...checkElement(element));
      if (element.shadowRoot) walk(element.shadowRoot);
      if (element.localName === 'template' && element.content) walk(element.content);
    }
  };
  walk(root);

  // The article still renders.
  const error = root.querySelector('.av-error');
  if (expect.error) {
    if (!error) problems.push('expected the error view (the headline is empty), found none');
  } else {
    const headlines = root.querySelectorAll('h1');
    if (headlines.length !== 1) {
      problems.push(`${headlines.length} h1${error ? `, the error view: "${error.textContent.slice(0, 160)}"` : ''}`);
    } else if (headlines[0].textContent !== expect.headline) {
      problems.push(`the headline is ${JSON.stringify(headlines[0].textContent.slice(0, 80))}, not ${JSON.stringify(expect.headline.slice(0, 80))}`);
    }
    problems.push(...checkBlocks(root, expect.blocks));
  }
  if (host) {
    const outside = host.count();
    if (outside !== host.expected) problems.push(`the page outside the viewer has ${outside} elements, not ${host.expected}`);
  }
  return problems;
}

// Story links a page would be asked to open must be within the policy too.
function checkNavigations(record) {
  const problems = [];
  for (const { url, src } of record.navigations.splice(0)) {
    if (!/^(https?:|mailto:|#)/.test(url)) problems.push(`navigate detail.url ${JSON.stringify(url)}`);
    if (src !== null && src !== undefined && !/^https?:/.test(src)) problems.push(`navigate detail.src ${JSON.stringify(src)}`);
  }
  return problems;
}

// Clicks every story link of the viewer: each must hand the page one navigate event (which the
// recorder cancels), whose addresses checkNavigations checks.
function clickStoryLinks(root, record) {
  const links = root.querySelectorAll('a.av-story-link');
  const before = record.navigations.length;
  for (const link of links) link.click();
  const navigated = record.navigations.length - before;
  record.clicked = (record.clicked ?? 0) + links.length;
  const problems = checkNavigations(record);
  if (navigated !== links.length) problems.push(`${links.length} story links clicked, ${navigated} navigate events`);
  return problems;
}

// The app's head describes the article (web/app.js): only its own elements and attributes, the
// vector as text (the title, a JSON-LD that parses and holds no "<"), web addresses only.
function checkHead(expect) {
  const problems = [];
  const added = [...document.querySelectorAll('[data-article-head]')];
  for (const element of added) {
    const attributes = element.getAttributeNames().sort().join(' ');
    const where = `<${element.localName} ${attributes}> in the head`;
    if (element.parentElement !== document.head) problems.push(`${where} outside the head`);
    if (element.localName === 'meta') {
      if (!/^content data-article-head (name|property)$/.test(attributes)) problems.push(where);
    } else if (element.localName === 'link') {
      if (attributes !== 'data-article-head href rel' || element.rel !== 'canonical' || !/^https?:/.test(element.getAttribute('href'))) {
        problems.push(`${where} href=${JSON.stringify(element.getAttribute('href'))}`);
      }
    } else if (element.localName !== 'script' || attributes !== 'data-article-head type' || element.type !== 'application/ld+json') {
      problems.push(where);
    }
  }
  const scripts = added.filter((element) => element.localName === 'script');
  if (expect.error) {
    if (added.length) problems.push(`${added.length} elements describe an article in the head, with the error view`);
  } else if (scripts.length !== 1) {
    problems.push(`${scripts.length} JSON-LD scripts in the head`);
  } else {
    const text = scripts[0].text;
    let jsonLd;
    try {
      jsonLd = JSON.parse(text);
    } catch (error) {
      problems.push(`the JSON-LD does not parse: ${error.message}`);
    }
    if (text.includes('<')) problems.push('a "<" in the JSON-LD');
    if (jsonLd && jsonLd.headline !== expect.headline) problems.push(`the JSON-LD's headline is ${JSON.stringify(jsonLd.headline?.slice(0, 80))}`);
    // As written: the browser reads document.title with its white space (and more) collapsed.
    const title = document.querySelector('head > title').text;
    if (title !== expect.headline) problems.push(`the title is ${JSON.stringify(title.slice(0, 80))}`);
  }
  return problems;
}

/** Puts the helpers above into every page `page` opens, before the page's own scripts. */
async function prepare(page) {
  await page.addInitScript(installRecorders);
  await page.addInitScript({
    content: [documentWith, expectationFor, checkElement, checkBlocks, observeViewer, inspectViewer, checkNavigations, clickStoryLinks, checkHead]
      .map((fn) => `window.${fn.name} = ${fn.toString()};`)
      .join('\n'),
  });
}

/**
 * Watches `page` for what no check inside it can see: dialogs (the recorders replaced in
 * this frame cannot catch one from another realm), new frames and windows, navigation.
 */
function watch(page) {
  const seen = [];
  page.on('dialog', (dialog) => {
    seen.push(`a ${dialog.type()} dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('frameattached', (frame) => seen.push(`a frame was attached: ${frame.url()}`));
  page.on('popup', (popup) => seen.push(`a popup opened: ${popup.url()}`));
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  let expected = null;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && expected !== null && frame.url() !== expected) seen.push(`the page navigated to ${frame.url()}`);
  });
  return { seen, expect: (url) => { expected = url; } };
}

// ---- Running -------------------------------------------------------------------------------

let vectors, server, cspServer, browser, documents;
before(async () => {
  vectors = await loadVectors();
  documents = await mkdtemp(join(tmpdir(), 'article-viewer-xss-'));
  const pages = join(REPO_ROOT, 'tests/e2e/pages');
  server = await serve(DIST, { '/xss/': documents, '/e2e/': pages });
  cspServer = await serve(DIST, { '/e2e/': pages }, { 'content-security-policy': STRICT_CSP });
  browser = await launch({
    extraArgs: [
      // Every host but the test server resolves to nothing at once, so that an http(s) URL from
      // a vector (allowed by the policy, and loaded by the browser) costs no time.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      // A renderer process per page, so that two pages use the two cores.
      '--process-per-tab',
    ],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await cspServer?.close();
  if (documents) await rm(documents, { recursive: true, force: true });
});

/** Fails with every finding as `vector | field: problems`, when there is any. */
function report(findings, what) {
  if (findings.length === 0) return;
  const lines = findings.slice(0, 40).map(({ vector, field, problems }) =>
    `- ${vector.name} | ${field}\n    vector: ${JSON.stringify(vector.payload).slice(0, 200)}\n    ${[...new Set(problems)].join('\n    ')}`,
  );
  assert.fail(`${findings.length} document(s) failed ${what}:\n${lines.join('\n')}${findings.length > 40 ? `\n… and ${findings.length - 40} more` : ''}`);
}

/** Runs `work(item, state)` over `items` in two pages at once (one per core). */
async function inTwoPages(items, setUp, work) {
  const half = Math.ceil(items.length / 2);
  await Promise.all(
    [items.slice(0, half), items.slice(half)].map(async (share) => {
      const { page } = await openPage(browser);
      const watcher = watch(page);
      await prepare(page);
      const state = { page, watcher, ...(await setUp(page, watcher)) };
      try {
        await work(share, state);
      } finally {
        await state.page.close();
      }
    }),
  );
}

/**
 * Renders every (vector, field) document through `mount` once and then `update`, on the API page
 * of `origin`, checking each in the page, in batches. Returns { jobs, rendered, findings, violations }.
 */
async function runApi(origin, fields, { allowViolation = () => false } = {}) {
  const jobs = [];
  for (let v = 0; v < vectors.length; v++) for (let index = 0; index < fields.length; index++) jobs.push([v, index]);
  const findings = [];
  const violations = [];
  let rendered = 0;
  let clicked = 0;

  const open = async (page, watcher) => {
    const address = `${origin}e2e/api.html`;
    watcher.expect(address);
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => window.articleViewer);
    await page.evaluate(({ base, light, fields, vectors }) => {
      window.__data = { bases: [base, light], fields, vectors };
      window.__viewer = window.articleViewer.mount(document.querySelector('#target'), base, { diagnostics: true });
      observeViewer(window.__viewer.element.shadowRoot, window.__xss);
      const count = () => document.querySelectorAll('*').length;
      window.__host = { expected: count(), count };
    }, { base: BASE, light: BASE_WITHOUT_VIDEO, fields: fields.map((field) => ({ ...field, base: baseFor(field) === BASE ? 0 : 1 })), vectors });
    return {};
  };

  await inTwoPages(jobs, open, async (share, state) => {
    let next = 0;
    while (next < share.length) {
      const batch = share.slice(next, next + 400);
      const result = await state.page.evaluate(async (batch) => {
        const { bases, fields, vectors } = window.__data;
        const viewer = window.__viewer;
        const root = viewer.element.shadowRoot;
        const record = window.__xss;
        const out = { done: 0, findings: [], crashed: null };
        for (const [v, index] of batch) {
          const chosen = [fields[index]];
          const base = bases[fields[index].base];
          const vector = vectors[v].payload;
          try {
            viewer.update(documentWith(base, chosen, vector));
          } catch (error) {
            out.findings.push({ v, index, problems: [`update threw: ${error}`] });
            out.crashed = out.done;
            break;
          }
          await null; // microtasks, the mutation observer's among them
          const problems = inspectViewer(root, expectationFor(base, chosen, vector), window.__host);
          problems.push(...record.dom.splice(0));
          problems.push(...clickStoryLinks(root, record));
          if (record.calls.length) problems.push(`script ran: ${record.calls.splice(0).join('; ')}`);
          if (problems.length) out.findings.push({ v, index, problems });
          out.done++;
        }
        // What happens later (an image's error handler, a timer) has had its chance.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await new Promise((resolve) => setTimeout(resolve, 20));
        out.late = [...record.calls.splice(0).map((call) => `script ran: ${call}`), ...record.dom.splice(0)];
        out.violations = record.violations.splice(0);
        out.clicked = record.clicked ?? 0;
        record.clicked = 0;
        return out;
      }, batch);
      rendered += result.done;
      clicked += result.clicked ?? 0;
      for (const { v, index, problems } of result.findings) findings.push({ vector: vectors[v], field: fields[index].name, problems });
      // Findings that came later belong to one of the batch's documents.
      const [[v0, f0]] = batch;
      const somewhere = (problems) => findings.push({ vector: vectors[v0], field: `${fields[f0].name}, or one of the ${batch.length - 1} documents after it`, problems });
      if (result.late?.length) somewhere(result.late);
      for (const violation of result.violations ?? []) {
        if (allowViolation(violation)) violations.push(violation);
        else somewhere([`CSP violation: ${JSON.stringify(violation)}`]);
      }
      if (state.watcher.seen.length) somewhere(state.watcher.seen.splice(0));
      if (result.crashed !== null) {
        // A panic aborts the module: go on in a fresh page, after the document that crashed it.
        next += result.crashed + 1;
        await state.page.close();
        ({ page: state.page } = await openPage(browser));
        state.watcher = watch(state.page);
        await prepare(state.page);
        await open(state.page, state.watcher);
      } else {
        next += batch.length;
      }
    }
  });
  return { jobs: jobs.length, rendered, clicked, findings, violations };
}

test('the checks see an injection when there is one (a self-test of this file)', async () => {
  const { page } = await openPage(browser);
  const watcher = watch(page);
  await prepare(page);
  await page.goto(`${server.url}e2e/api.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.articleViewer);
  const seen = await page.evaluate(async (base) => {
    const viewer = window.articleViewer.mount(document.querySelector('#target'), base, { diagnostics: true });
    const root = viewer.element.shadowRoot;
    observeViewer(root, window.__xss);
    const count = () => document.querySelectorAll('*').length;
    const host = { expected: count(), count };
    const clean = inspectViewer(root, expectationFor(base, [], 'x'), host);
    // What an HTML sink in the viewer would do with a few vectors.
    root.querySelector('.av-body p').innerHTML =
      '<img src=x onerror=alert(1)><a href=" JaVa&#x09;script:alert(2)">x</a><svg><a xlink:href="javascript:alert(3)"/></svg>';
    const image = document.createElement('img');
    image.setAttribute('srcset', 'data:image/png;base64,iVBORw0KGgo= 1x, data:text/html,<script>alert(4)</script> 2x');
    root.querySelector('.av-body').append(image);
    document.body.append(document.createElement('iframe'));
    await null;
    // A block gone that must stay, one gone that may go but without its diagnostic, one added.
    root.querySelector('.av-body > .av-divider').remove();
    root.querySelector('.av-body > .av-image').remove();
    const refusedSource = { name: 'body[2].src', kind: 'url', path: ['body', 2, 'src'] };
    const dirty = inspectViewer(root, expectationFor(base, [{ name: 'headline', path: ['headline'] }, refusedSource], 'Not the headline'), host);
    // A story link that hands the page no navigate event.
    const links = root.querySelectorAll('a.av-story-link').length;
    const silent = Object.assign(document.createElement('a'), { className: 'av-story-link', href: 'https://news.example/silent' });
    root.querySelector('.av-body').append(silent);
    const cleanLinks = links > 0 ? [] : ['no story link'];
    silent.remove();
    cleanLinks.push(...clickStoryLinks(root, window.__xss));
    root.querySelector('.av-body').append(silent);
    const silentLinks = clickStoryLinks(root, window.__xss);
    // Until the planted handler has run (its image's load fails), however busy the machine.
    for (const started = Date.now(); !window.__xss.calls.length && Date.now() - started < 10_000; ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { clean, dirty, cleanLinks, silentLinks, links, dom: window.__xss.dom.splice(0), calls: window.__xss.calls.splice(0) };
  }, BASE_WITHOUT_VIDEO);
  // What only the watchers outside the page see: a dialog and a popup from another realm (an
  // isolated world, where no recorder replaced alert and open; the init scripts reach every
  // frame of the page), and a navigation of the page.
  watcher.expect(page.url());
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'xss-self-test' });
  const popup = page.waitForEvent('popup');
  await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: "alert('from another realm'); open('about:blank#popup'); 1" });
  await popup;
  await cdp.detach();
  await page.evaluate(() => history.pushState(null, '', '#moved'));
  await page.waitForFunction(() => location.hash === '#moved');
  for (let waited = 0; !watcher.seen.some((problem) => problem.startsWith('the page navigated')) && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await page.close();
  assert.deepEqual(seen.clean, []);
  assert.deepEqual(seen.cleanLinks, []);
  assert.equal(seen.links, 2, 'the base article has two story links');
  assert.deepEqual(seen.silentLinks, ['3 story links clicked, 2 navigate events']);
  const expected = [
    /^an event-handler attribute: <img> onerror="alert\(1\)"$/,
    /^a script URL: <a> href=" JaVa\\tscript:alert\(2\)"$/,
    /^<svg> in namespace http:\/\/www.w3.org\/2000\/svg$/,
    /^a forbidden element <svg>$/,
    /^a script URL: <a> xlink:href="javascript:alert\(3\)"$/,
    /^a script URL: <img> srcset=.* \(the candidate "data:text\/html,<script>alert\(4\)<\/script>"\)$/,
    /^the headline is "Base headline", not "Not the headline"$/,
    /^body\[2\] \(image\) is left out without a diagnostic at its path \(\)$/,
    /^body\[9\] \(divider\) is not rendered: the body is text, heading, gallery, pullquote, quote, related, aside, embed, <img class="">$/,
    /^blocks the article does not have: <img class=""> \(the body is .*\)$/,
    /^the page outside the viewer has \d+ elements, not \d+$/,
  ];
  for (const pattern of expected) assert.ok(seen.dirty.some((problem) => pattern.test(problem)), `${pattern} in\n${seen.dirty.join('\n')}`);
  for (const pattern of expected.slice(0, 6)) assert.ok(seen.dom.some((problem) => pattern.test(problem)), `${pattern} seen by the observer in\n${seen.dom.join('\n')}`);
  assert.deepEqual(seen.calls, ['alert(1)']);
  for (const pattern of [/^a frame was attached/, /^a alert dialog: from another realm$/, /^a popup opened: about:blank#popup$/, /^the page navigated to .*#moved$/]) {
    assert.ok(watcher.seen.some((problem) => pattern.test(problem)), `${pattern} in\n${watcher.seen.join('\n')}`);
  }
});

test('the JS API shows every vector in every field as text or not at all (no CSP)', { timeout: 900_000 }, async (t) => {
  const started = Date.now();
  const { jobs, rendered, clicked, findings } = await runApi(server.url, FIELDS);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  t.diagnostic(`JS API, no CSP: ${vectors.length} vectors × ${FIELDS.length} fields = ${rendered} documents rendered and checked in ${seconds} s, ${clicked} story links clicked`);
  report(findings, 'in the JS API');
  assert.equal(rendered, jobs);
  assert.equal(vectors.length, 223 + 149 + 201);
  assert.equal(FIELDS.length, RAW_FIELDS.length + WRAPPED_FIELDS.length);
  assert.ok(rendered >= (223 + 149) * 45 && rendered === vectors.length * FIELDS.length, `${rendered} documents`);
  // Two story links in the base: all but the documents whose vector is in a story's url clicked both.
  assert.ok(clicked > 1.9 * rendered, `${clicked} story links clicked in ${rendered} documents`);
});

/**
 * Writes, once, per vector one document served at /xss/<v>.json: the vector as it is in every
 * field, and in every Markdown field also as each kind of link and image destination. Returns
 * the vectors' indexes.
 */
let written;
function writeDocuments() {
  written ??= (async () => {
    await writeFile(join(documents, 'base.json'), JSON.stringify(BASE));
    for (let v = 0; v < vectors.length; v++) {
      await writeFile(join(documents, `${v}.json`), JSON.stringify(documentWith(BASE, FIELDS, vectors[v].payload)));
    }
    return vectors.map((_, v) => v);
  })();
  return written;
}

test('the standalone app shows every vector, in every field at once, from ?src= (no CSP)', { timeout: 900_000 }, async (t) => {
  const started = Date.now();
  const docs = await writeDocuments();
  const findings = [];
  let rendered = 0;
  const setUp = async (page) => {
    // The app renders into #app, in the page's own DOM: watch that part of it from the start.
    await page.addInitScript(() => observeViewer(document, window.__xss, (element) => element.parentElement?.closest('#app') != null));
    // How many elements the app's own page has, outside #app, with the base article.
    await page.goto(`${server.url}?src=xss/base.json&diagnostics=1`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#app article h1'));
    const outsideApp = await page.evaluate(() => {
      const problems = window.__xss.dom.splice(0);
      if (problems.length) throw new Error(`the base article: ${problems.join('; ')}`);
      // The head's description of the article varies with it, and is checked on its own (checkHead).
      return document.querySelectorAll('*').length - document.querySelector('#app').querySelectorAll('*').length - document.querySelectorAll('[data-article-head]').length;
    });
    // checkHead passes the base article's head, and sees what does not belong in it.
    const control = await page.evaluate((expect) => {
      const clean = checkHead(expect);
      const refresh = document.createElement('meta');
      refresh.setAttribute('http-equiv', 'refresh');
      refresh.setAttribute('data-article-head', '');
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute('data-article-head', '');
      script.text = '{"headline": "</script>"}';
      document.head.append(refresh, script);
      const dirty = checkHead(expect);
      refresh.remove();
      script.remove();
      return { clean, dirty };
    }, expectationFor(BASE, [], 'x'));
    assert.deepEqual(control.clean, []);
    assert.deepEqual(control.dirty, ['<meta data-article-head http-equiv> in the head', '2 JSON-LD scripts in the head']);
    return { outsideApp };
  };
  await inTwoPages(docs, setUp, async (share, { page, watcher, outsideApp }) => {
    for (const v of share) {
      const address = `${server.url}?src=xss/${v}.json&diagnostics=1`;
      watcher.expect(address);
      await page.goto(address, { waitUntil: 'commit' });
      const problems = await page
        .evaluate(
          async ({ expect, outsideApp }) => {
            // Until the app shows the article or its error, then a little longer for what
            // happens later (an image's error handler, a timer).
            const shown = () => document.querySelector('#app article h1, #app .av-error');
            for (const started = Date.now(); !shown(); ) {
              if (Date.now() - started > 10_000) return ['did not render in 10 s'];
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
            await new Promise((resolve) => setTimeout(resolve, 25));
            const app = document.querySelector('#app');
            const outside = () => document.querySelectorAll('*').length - app.querySelectorAll('*').length - document.querySelectorAll('[data-article-head]').length;
            const problems = inspectViewer(app, expect, { expected: outsideApp, count: outside });
            problems.push(...checkHead(expect));
            problems.push(...window.__xss.dom);
            if (window.__xss.calls.length) problems.push(`script ran: ${window.__xss.calls.join('; ')}`);
            if (window.__xss.violations.length) problems.push(`CSP violations: ${JSON.stringify(window.__xss.violations)}`);
            return problems;
          },
          { expect: expectationFor(BASE, FIELDS, vectors[v].payload), outsideApp },
        )
        .catch((error) => [`did not render: ${error.message.split('\n')[0]}`]);
      problems.push(...watcher.seen.splice(0));
      if (page.frames().length !== 1) problems.push(`${page.frames().length} frames in the page`);
      if (problems.length) findings.push({ vector: vectors[v], field: `all ${FIELDS.length} fields at once`, problems });
      rendered++;
    }
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  t.diagnostic(
    `app, no CSP: ${vectors.length} vectors × 1 document (the vector in all ${RAW_FIELDS.length} fields, and as ` +
      `${WRAPPED_FIELDS.length} Markdown destinations) = ${rendered} page loads rendered and checked in ${seconds} s`,
  );
  report(findings, 'in the app');
  assert.equal(rendered, vectors.length);
});

test('the <article-viewer> element shows every vector, in every field at once, from src (no CSP)', { timeout: 900_000 }, async (t) => {
  const started = Date.now();
  const docs = await writeDocuments();
  const findings = [];
  let rendered = 0;
  const setUp = async (page, watcher) => {
    const address = `${server.url}e2e/api.html`;
    watcher.expect(address);
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => window.articleViewer);
    return {};
  };
  await inTwoPages(docs, setUp, async (share, { page, watcher }) => {
    for (const v of share) {
      const problems = await page.evaluate(
        async ({ v, expect }) => {
          const element = document.createElement('article-viewer');
          element.setAttribute('diagnostics', '');
          element.setAttribute('src', `/xss/${v}.json`);
          const settled = new Promise((resolve) => {
            element.addEventListener('article-viewer:load', resolve, { once: true });
            element.addEventListener('article-viewer:error', resolve, { once: true });
          });
          const count = () => document.querySelectorAll('*').length;
          const host = { expected: count() + 1, count };
          document.querySelector('#target').append(element);
          const root = element.shadowRoot;
          if (!root) return ['no open shadow root'];
          const observer = observeViewer(root, window.__xss);
          const late = new Promise((resolve) => setTimeout(() => resolve('late'), 10_000));
          if ((await Promise.race([settled, late])) === 'late') return ['did not render in 10 s'];
          // What happens later (an image's error handler, a timer) has its chance.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await new Promise((resolve) => setTimeout(resolve, 20));
          const problems = inspectViewer(root, expect, host);
          problems.push(...clickStoryLinks(root, window.__xss), ...window.__xss.dom.splice(0));
          if (window.__xss.calls.length) problems.push(`script ran: ${window.__xss.calls.splice(0).join('; ')}`);
          observer.disconnect();
          element.remove();
          return problems;
        },
        { v, expect: expectationFor(BASE, FIELDS, vectors[v].payload) },
      ).catch((error) => [`did not render: ${error.message.split('\n')[0]}`]);
      problems.push(...watcher.seen.splice(0));
      if (page.frames().length !== 1) problems.push(`${page.frames().length} frames in the page`);
      if (problems.length) findings.push({ vector: vectors[v], field: `all ${FIELDS.length} fields at once`, problems });
      rendered++;
    }
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  t.diagnostic(`element, no CSP: ${vectors.length} vectors × 1 document (every field at once) = ${rendered} elements rendered and checked in ${seconds} s`);
  report(findings, 'in the element');
  assert.equal(rendered, vectors.length);
});

test('under the strict CSP with Trusted Types, the JS API meets no violation but blocked external media', { timeout: 900_000 }, async (t) => {
  const started = Date.now();
  // The page's CSP may block an image or a video on another host, which the viewer's policy allows.
  const external = (violation) =>
    ['img-src', 'media-src'].includes(violation.directive) && /^https?:/.test(violation.blocked) && !violation.blocked.startsWith(cspServer.url);
  const { jobs, rendered, findings, violations } = await runApi(cspServer.url, CSP_FIELDS, { allowViolation: external });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const fromBase = violations.filter((violation) => violation.blocked === BASE.body[VIDEO].src).length;
  t.diagnostic(
    `JS API, strict CSP: ${vectors.length} vectors × ${CSP_FIELDS.length} fields = ${rendered} documents in ${seconds} s; ` +
      `no violation but ${fromBase} of the base article's external video and ${violations.length - fromBase} of external images or video from vectors`,
  );
  report(findings, 'under the strict CSP');
  assert.equal(rendered, jobs);
  assert.equal(CSP_FIELDS.length, 13);
  // The evidence that the policy and the listener were live: the base article's external video
  // was blocked by media-src, and seen, in the documents rendered.
  assert.ok(fromBase > 0, 'the strict CSP blocked and reported the base article\'s external video');
});

// FINDING of this file (url-tricks "data:image/png, then a second srcset candidate" and the two
// after it): a `srcset` entry's `src` that is a `data:image/png` URL with a space in it passed the
// URL policy (a data: URL keeps its spaces), and the view joins the entries as "{src} {width}w"
// with ", " (Image::srcset_attribute in core/src/blocks/image.rs). The space and ", " inside the
// src then started a second srcset candidate of the article's choosing, which the policy never
// saw: `javascript:`, `data:text/html` or, as here, `data:image/svg+xml`, which the browser then
// loaded, with no diagnostic. No script ran (an <img> never runs a javascript: URL or an SVG's
// script), but guarantee 2 of SECURITY.md ("only allowed URLs reach an attribute") did not hold.
// The fix: SrcsetEntryInput::resolve (core/src/blocks/image.rs) refuses a srcset URL with
// whitespace or a trailing comma, with a diagnostic; this test, and the three vectors in the tests
// above, fail without it.
test('a srcset src cannot add a srcset candidate of its own (a finding of this file)', async () => {
  const { page } = await openPage(browser);
  await prepare(page);
  await page.goto(`${server.url}e2e/api.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.articleViewer);
  const svg =
    'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20width=%2240%22%20height=%2240%22%3E%3C/svg%3E';
  const result = await page.evaluate(
    async ({ png, svg }) => {
      const article = {
        headline: 'A srcset src with a space',
        body: [{ type: 'image', src: png, alt: 'x', width: 40, height: 40, srcset: [{ src: `${png} 1w, ${svg}`, width: 2000 }] }],
      };
      const viewer = window.articleViewer.mount(document.querySelector('#target'), article);
      const image = viewer.element.shadowRoot.querySelector('.av-body img');
      await new Promise((resolve) => (image.complete ? resolve() : image.addEventListener('load', resolve, { once: true })));
      return { srcset: image.getAttribute('srcset'), currentSrc: image.currentSrc, problems: checkElement(image), diagnostics: viewer.diagnostics };
    },
    { png: PNG, svg },
  );
  await page.close();
  assert.notEqual(result.currentSrc, svg, `the browser loaded the SVG the policy refuses, from srcset="${result.srcset}"`);
  assert.deepEqual(result.problems, []);
});
