// Format 1 JSON to a plain model both peers render: what the viewer's core does (check, resolve
// URLs, Markdown to safe HTML, dates, reading time), in JavaScript. Invalid blocks and items are
// left out, invalid optional fields dropped; the peers keep no diagnostics.
import { blockHtml, inlineHtml, withBase, wordsIn } from './markdown.js';
import { checkUrl } from './urls.js';

// The body's opening blocks, which the stylesheet lays out at once instead of leaving them to
// content-visibility: auto; the viewer marks as many (OPENING_BLOCKS in src/viewer.rs).
export const OPENING_BLOCKS = 8;

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug']);
const LAYOUTS = new Set(['inline', 'wide', 'full']);
// The widths the stylesheet gives each layout, as the viewer writes them in `sizes`.
const SIZES = {
  inline: '(min-width: 46rem) 42rem, 100vw',
  wide: '(min-width: 66rem) 62rem, 100vw',
  full: '100vw',
};

const str = (value) => (typeof value === 'string' ? value : undefined);
const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const size = (value) => (Number.isInteger(value) && value > 0 ? value : undefined);
const list = (value) => (Array.isArray(value) ? value : []);
const object = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Builds the model of `json` (parsed), fetched from `base`; throws when it cannot be shown. */
export function prepare(json, base) {
  if (!object(json)) throw new Error('The document is not a JSON object.');
  if (!text(json.headline)) throw new Error('The article has no headline.');
  if (!Array.isArray(json.body)) throw new Error('The article has no body.');
  return withBase(base, () => new Preparer(json, base).article());
}

class Preparer {
  constructor(json, base) {
    this.json = json;
    this.base = base;
    this.lang = text(json.lang) ?? 'en';
    this.words = 0;
  }

  article() {
    const { json } = this;
    const primary = this.lang.split('-')[0].toLowerCase();
    const dir = json.dir === 'ltr' || json.dir === 'rtl' ? json.dir : RTL.has(primary) ? 'rtl' : 'ltr';
    const published = this.date(json.published, 'long');
    let updated = this.date(json.updated, 'long');
    if (updated && published && Date.parse(updated.iso) <= Date.parse(published.iso)) updated = undefined;
    const body = list(json.body).map((block) => this.block(block)).filter(Boolean);
    return {
      lang: this.lang,
      dir,
      id: str(json.id),
      kicker: text(json.kicker),
      headline: json.headline,
      standfirst: this.inline(json.standfirst),
      byline: list(json.byline).map((person) => this.person(person)).filter(Boolean),
      source: this.source(json.source),
      dateline: text(json.dateline),
      published,
      updated,
      readingMinutes: Math.max(1, Math.ceil(this.words / 200)),
      lead: this.lead(json.lead),
      body,
      tags: list(json.tags).map((tag) => this.tag(tag)).filter(Boolean),
      related: list(json.related).map((link) => this.storyLink(link)).filter(Boolean),
    };
  }

  url(value, use) {
    return value === undefined ? undefined : (checkUrl(value, use, this.base) ?? undefined);
  }

  inline(value) {
    return typeof value === 'string' ? inlineHtml(value) : undefined;
  }

  markdown(value) {
    const html = blockHtml(value);
    this.words += wordsIn(html);
    return html;
  }

  // Formatted for the article's language by Intl, as the viewer does; `style` 'long' or 'short'.
  date(value, style) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
    const options = style === 'long' ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' };
    let shown = value;
    try {
      shown = formatter(this.lang, style, options).format(new Date(value));
    } catch {
      // A language Intl does not know: the timestamp as written.
    }
    return { iso: value, text: shown };
  }

  image(input) {
    if (!object(input) || typeof input.alt !== 'string') return undefined;
    const src = this.url(input.src, 'image');
    if (!src) return undefined;
    const layout = LAYOUTS.has(input.layout) ? input.layout : 'inline';
    const candidates = list(input.srcset)
      .map((c) => object(c) && size(c.width) && this.url(c.src, 'image') && `${this.url(c.src, 'image')} ${c.width}w`)
      .filter((c) => c && !/[\s,]/.test(c.split(' ')[0]));
    return {
      src,
      alt: input.alt,
      width: size(input.width),
      height: size(input.height),
      srcset: candidates.length ? candidates.join(', ') : undefined,
      sizes: candidates.length ? SIZES[layout] : undefined,
      link: this.url(input.link, 'link'),
      layout,
      caption: this.inline(input.caption),
      credit: text(input.credit),
    };
  }

  video(input) {
    if (!object(input)) return undefined;
    const src = this.url(input.src, 'media');
    if (!src) return undefined;
    return {
      src,
      poster: this.url(input.poster, 'image'),
      width: size(input.width),
      height: size(input.height),
      caption: this.inline(input.caption),
      credit: text(input.credit),
    };
  }

  lead(input) {
    if (!object(input)) return undefined;
    if (input.type === 'video') {
      const video = this.video(input);
      return video && { type: 'video', video };
    }
    const image = this.image(input);
    return image && { type: 'image', image };
  }

  person(input) {
    if (!object(input) || !text(input.name)) return undefined;
    const image = object(input.image) ? this.url(input.image.src, 'image') : undefined;
    return { name: input.name, role: text(input.role), url: this.url(input.url, 'link'), image };
  }

  source(input) {
    if (!object(input) || !text(input.name)) return undefined;
    return { name: input.name, url: this.url(input.url, 'link'), logo: this.image(input.logo) };
  }

  tag(input) {
    if (typeof input === 'string') return text(input) && { name: input };
    if (!object(input) || !text(input.name)) return undefined;
    return { name: input.name, url: this.url(input.url, 'link') };
  }

  storyLink(input) {
    if (!object(input) || !text(input.headline)) return undefined;
    const url = this.url(input.url, 'link');
    if (!url) return undefined;
    return {
      headline: input.headline,
      url,
      src: this.url(input.src, 'link'),
      kicker: text(input.kicker),
      standfirst: this.inline(input.standfirst),
      image: object(input.image) ? this.image({ alt: '', ...input.image }) : undefined,
      published: this.date(input.published, 'short'),
    };
  }

  block(input) {
    if (!object(input)) return undefined;
    switch (input.type) {
      case 'text':
        return typeof input.text === 'string' ? { type: 'text', html: this.markdown(input.text) } : undefined;
      case 'heading': {
        if (!text(input.text)) return undefined;
        this.words += input.text.split(/\s+/).filter(Boolean).length;
        const level = [2, 3, 4].includes(input.level) ? input.level : 2;
        return { type: 'heading', text: input.text, level, id: str(input.id) };
      }
      case 'image': {
        const image = this.image(input);
        return image && { type: 'image', image };
      }
      case 'gallery': {
        const images = list(input.images).map((image) => this.image(image)).filter(Boolean);
        return images.length ? { type: 'gallery', images, caption: this.inline(input.caption) } : undefined;
      }
      case 'pullquote':
        return typeof input.text === 'string'
          ? { type: 'pullquote', html: inlineHtml(input.text), attribution: text(input.attribution) }
          : undefined;
      case 'quote':
        return typeof input.text === 'string'
          ? { type: 'quote', html: this.markdown(input.text), attribution: text(input.attribution), cite: this.url(input.cite, 'link') }
          : undefined;
      case 'related': {
        const link = this.storyLink(input);
        return link && { type: 'related', link };
      }
      case 'aside':
        return typeof input.text === 'string'
          ? { type: 'aside', title: text(input.title), html: this.markdown(input.text) }
          : undefined;
      case 'video': {
        const video = this.video(input);
        return video && { type: 'video', video };
      }
      case 'divider':
        return { type: 'divider' };
      case 'embed': {
        // A link card: nothing from the provider loads, as in the viewer until the reader agrees.
        const url = this.url(input.url, 'link');
        if (!url || url.startsWith('#') || url.startsWith('mailto:')) return undefined;
        return { type: 'embed', url, host: new URL(url).hostname, title: text(input.title), caption: this.inline(input.caption), credit: text(input.credit) };
      }
      default:
        return undefined;
    }
  }
}

const formatters = new Map();
function formatter(lang, style, options) {
  const key = `${lang} ${style}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(lang, options));
  return formatters.get(key);
}
