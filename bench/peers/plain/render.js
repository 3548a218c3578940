// The article model as DOM, built with createElement, in the viewer's elements and classes
// (src/view/), so the viewer's stylesheet applies as it does to the viewer's own output.
import { OPENING_BLOCKS } from '../shared/article.js';
import { WORDS, nameSeparators } from '../shared/words.js';

/** h('p', {class: 'x'}, child, …): undefined attributes and children are left out; {html} is sanitised HTML. */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === false) continue;
    if (name === 'html') element.innerHTML = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) element.append(child);
  }
  return element;
}

const time = (date) => h('time', { datetime: date.iso }, date.text);

export function renderArticle(a) {
  return h('div', { class: 'av-viewer' },
    h('article', { class: 'av-article', part: 'article', lang: a.lang, dir: a.dir, 'data-article-id': a.id },
      header(a),
      a.lead && h('div', { class: 'av-lead', part: 'lead' },
        a.lead.type === 'image' ? imageFigure(a.lead.image, true) : videoFigure(a.lead.video)),
      markOpening(h('div', { class: 'av-body', part: 'body' }, a.body.map(block))),
      h('footer', { class: 'av-footer', part: 'footer' }, tags(a.tags), related(a.related))));
}

/** The body with its opening blocks marked as the viewer marks them (see OPENING_BLOCKS). */
function markOpening(body) {
  for (const opening of [...body.children].slice(0, OPENING_BLOCKS)) opening.setAttribute('data-opening', '');
  return body;
}

function header(a) {
  const separators = nameSeparators(a.byline.length);
  return h('header', { class: 'av-header', part: 'header' },
    a.kicker && h('p', { class: 'av-kicker', part: 'kicker' }, a.kicker),
    h('h1', { class: 'av-headline', part: 'headline', tabindex: -1 }, a.headline),
    a.standfirst !== undefined && h('p', { class: 'av-standfirst', part: 'standfirst', html: a.standfirst }),
    h('div', { class: 'av-meta', part: 'meta' },
      a.byline.length > 0 && h('p', { class: 'av-byline' },
        a.byline.filter((p) => p.image).map((p) =>
          h('img', { class: 'av-portrait', src: p.image, alt: '', width: 48, height: 48, decoding: 'async' })),
        `${WORDS.by} `,
        a.byline.map((p, i) => [i > 0 && separators[i - 1], person(p)])),
      a.source && source(a.source),
      h('p', { class: 'av-when' },
        a.dateline && h('span', { class: 'av-dateline' }, a.dateline),
        a.published && h('span', { class: 'av-published' }, time(a.published)),
        a.updated && h('span', { class: 'av-updated' }, `${WORDS.updated} `, time(a.updated)),
        h('span', { class: 'av-reading-time' }, WORDS.readingTime(a.readingMinutes)))));
}

function person(p) {
  return h('span', { class: 'av-person' },
    h('span', { class: 'av-name' }, p.url ? h('a', { rel: 'author', href: p.url }, p.name) : p.name),
    p.role && [WORDS.listSeparator, h('span', { class: 'av-role' }, p.role)]);
}

function source(s) {
  const name = [
    s.logo && h('img', { class: 'av-source-logo', src: s.logo.src, alt: '', width: s.logo.width, height: s.logo.height, decoding: 'async' }),
    h('span', { class: 'av-source-name' }, s.name),
  ];
  return h('p', { class: 'av-source' }, s.url ? h('a', { href: s.url }, name) : name);
}

function imageElement(image, eager) {
  const img = h('img', {
    src: image.src, alt: image.alt, width: image.width, height: image.height,
    sizes: image.sizes, srcset: image.srcset,
    loading: eager ? undefined : 'lazy', fetchpriority: eager ? 'high' : undefined, decoding: 'async',
  });
  return image.link ? h('a', { href: image.link }, img) : img;
}

function figcaption(caption, credit, prefix) {
  if (caption === undefined && credit === undefined) return undefined;
  return h('figcaption', {},
    caption !== undefined && h('span', { class: 'av-caption', html: caption }),
    caption !== undefined && credit !== undefined && ' ',
    credit !== undefined && h('span', { class: 'av-credit' }, `${prefix} ${credit}`));
}

function imageFigure(image, eager = false) {
  return h('figure', { class: `av-figure av-image av-layout-${image.layout}` },
    imageElement(image, eager), figcaption(image.caption, image.credit, WORDS.imageCredit));
}

function videoFigure(video) {
  return h('figure', { class: 'av-figure av-video av-layout-wide' },
    h('video', { src: video.src, poster: video.poster, width: video.width, height: video.height, controls: true, preload: 'metadata', playsinline: true },
      WORDS.videoUnsupported),
    figcaption(video.caption, video.credit, WORDS.videoCredit));
}

function storyCard(link, inList) {
  const anchor = h('a', { class: 'av-story-link', href: link.url }, link.headline);
  return h('div', { class: 'av-story' },
    link.image && h('img', { class: 'av-story-image', src: link.image.src, alt: '', width: link.image.width, height: link.image.height, loading: 'lazy', decoding: 'async' }),
    h('div', { class: 'av-story-text' },
      link.kicker && h('p', { class: 'av-story-kicker' }, link.kicker),
      h(inList ? 'h3' : 'p', { class: 'av-story-headline' }, anchor),
      link.standfirst !== undefined && h('p', { class: 'av-story-standfirst', html: link.standfirst }),
      link.published && h('p', { class: 'av-story-date' }, time(link.published))));
}

function block(b, index) {
  switch (b.type) {
    case 'text':
      return h('div', { class: 'av-text', html: b.html });
    case 'heading':
      return h(`h${b.level}`, { class: 'av-heading', id: b.id }, b.text);
    case 'image':
      return imageFigure(b.image);
    case 'gallery':
      return h('figure', { class: 'av-figure av-gallery av-layout-wide', role: 'group', 'aria-label': WORDS.gallery },
        h('ul', { class: 'av-gallery-items' }, b.images.map((image) =>
          h('li', {}, h('figure', { class: 'av-figure' }, imageElement(image, false), figcaption(image.caption, image.credit, WORDS.imageCredit))))),
        figcaption(b.caption, undefined, ''));
    case 'pullquote':
      return h('aside', { class: 'av-pullquote', 'aria-label': WORDS.pullQuote },
        h('figure', {}, h('blockquote', {}, h('p', { html: b.html })), b.attribution && h('figcaption', {}, b.attribution)));
    case 'quote':
      return h('figure', { class: 'av-quote' },
        h('blockquote', { cite: b.cite, html: b.html }),
        b.attribution && h('figcaption', {}, b.cite ? h('a', { href: b.cite }, b.attribution) : b.attribution));
    case 'related':
      return h('aside', { class: 'av-related-block', 'aria-label': WORDS.relatedStory }, storyCard(b.link, false));
    case 'aside':
      return h('aside', { class: 'av-aside', 'aria-labelledby': b.title && `av1-b${index}-title` },
        b.title && h('h2', { class: 'av-aside-title', id: `av1-b${index}-title` }, b.title),
        h('div', { html: b.html }));
    case 'video':
      return videoFigure(b.video);
    case 'divider':
      return h('hr', { class: 'av-divider' });
    case 'embed':
      return h('figure', { class: 'av-figure av-embed', 'aria-label': WORDS.embed },
        h('p', { class: 'av-story-headline' }, h('a', { href: b.url }, b.title ?? b.host)),
        h('p', { class: 'av-story-kicker' }, b.host),
        figcaption(b.caption, b.credit, ''));
    default:
      return undefined;
  }
}

function tags(list) {
  if (!list.length) return undefined;
  return h('nav', { class: 'av-tags', part: 'tags', 'aria-label': WORDS.tags },
    h('ul', {}, list.map((tag) => h('li', {}, tag.url ? h('a', { rel: 'tag', href: tag.url }, tag.name) : tag.name))));
}

function related(list) {
  if (!list.length) return undefined;
  return h('nav', { class: 'av-related', part: 'related', 'aria-labelledby': 'av1-related-heading' },
    h('h2', { id: 'av1-related-heading' }, WORDS.relatedStories),
    h('ul', { class: 'av-related-list' }, list.map((link) => h('li', {}, storyCard(link, true)))));
}
