// The standalone app's <head> describes the article shown: title, meta description, canonical
// link, Open Graph and Twitter card tags, and JSON-LD NewsArticle; after an in-place navigation
// and Back, it describes the article shown then. All of it under the strict CSP with Trusted
// Types and a `trusted-types` list naming only the JSON-LD's policy, with zero violations (proved
// live, and proved to see a JSON-LD text written without the policy); hostile values stay text.
// The element and `mount` leave the host page's head as it was.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP, violationsAfterControl } from './support.mjs';

/** The strict policy, allowing one Trusted Types policy: the app's, for its JSON-LD. */
const APP_CSP = `${STRICT_CSP}; trusted-types article-viewer-json-ld`;

const IDLIB = 'Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution';
const TOUR = 'A tour of format 1';

let server, refusing, browser;
before(async () => {
  const pages = { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') };
  server = await serve(undefined, pages, { 'content-security-policy': APP_CSP });
  // A page whose CSP allows no Trusted Types policy at all.
  refusing = await serve(undefined, pages, { 'content-security-policy': `${STRICT_CSP}; trusted-types 'none'` });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await refusing?.close();
});

/** Opens `url` recording CSP violations, dialogs and errors. */
async function open(url) {
  const { page, problems } = await openPage(browser);
  page.on('dialog', (dialog) => {
    problems.push(`a dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** What the head says, read back as a crawler would. */
const headOf = (page) =>
  page.evaluate(() => {
    const content = (selector) => [...document.head.querySelectorAll(selector)].map((meta) => meta.getAttribute('content'));
    const tags = {};
    for (const meta of document.head.querySelectorAll('meta[property], meta[name^="twitter:"]')) {
      const name = meta.getAttribute('property') ?? meta.getAttribute('name');
      tags[name] = [...(tags[name] ?? []), meta.getAttribute('content')];
    }
    const scripts = [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.text);
    return {
      // As written: document.title would read it with its white space collapsed.
      title: document.querySelector('head > title').text,
      description: content('meta[name="description"]'),
      canonical: [...document.head.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
      tags,
      jsonLdText: scripts,
      jsonLd: scripts.map((text) => JSON.parse(text)),
    };
  });

/** The head of the format tour, as the sample's values say it should be. */
function tourHead(origin) {
  const description =
    'Every field and every block of Article JSON, format 1, each used at least once, explained by a story that is itself written in format 1.';
  const url = 'https://example.org/article-viewer/samples/format-tour';
  const image = `${origin}samples/media/tour-lead-960.png`;
  const alt = 'A title card reading “A tour of format 1”, beside nested squares in teal, ochre, rust, sage and blue.';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: TOUR,
    description,
    datePublished: '2026-11-24T09:00:00Z',
    dateModified: '2026-11-24T14:30:00+02:00',
    author: [
      { '@type': 'Person', name: 'The article-viewer team', url: 'https://example.org/article-viewer/team' },
      { '@type': 'Person', name: 'A. N. Example', url: 'https://example.org/article-viewer/people/a-n-example' },
    ],
    publisher: {
      '@type': 'Organization',
      name: 'article-viewer samples',
      url: 'https://example.org/article-viewer/',
      logo: { '@type': 'ImageObject', url: `${origin}samples/media/logo.png` },
    },
    image,
    inLanguage: 'en',
    mainEntityOfPage: url,
  };
  return {
    title: TOUR,
    description: [description],
    canonical: [url],
    tags: {
      'og:title': [TOUR],
      'twitter:title': [TOUR],
      'og:description': [description],
      'twitter:description': [description],
      'og:image': [image],
      'twitter:image': [image],
      'og:image:alt': [alt],
      'twitter:image:alt': [alt],
      'og:type': ['article'],
      'og:url': [url],
      'og:site_name': ['article-viewer samples'],
      'article:published_time': ['2026-11-24T09:00:00Z'],
      'article:modified_time': ['2026-11-24T14:30:00+02:00'],
      'twitter:card': ['summary_large_image'],
    },
    jsonLdText: [JSON.stringify(jsonLd)],
    jsonLd: [jsonLd],
  };
}

/** The sample's head: it has no web address, byline, dates or publisher's address. */
function idlibHead(origin) {
  const description =
    'As the Assad regime seeks to reassert its grip over Syria, a humanitarian crisis threatens to leave thousands dead and millions displaced during winter.';
  const image = `${origin}samples/media/idlib-lead.png`;
  const alt = 'Placeholder for the original photograph: convoys of Syrians fleeing Russian and Assad regime bombardment.';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: IDLIB,
    description,
    publisher: { '@type': 'Organization', name: 'TRT World' },
    image,
    inLanguage: 'en',
  };
  return {
    title: IDLIB,
    description: [description],
    canonical: [],
    tags: {
      'og:title': [IDLIB],
      'twitter:title': [IDLIB],
      'og:description': [description],
      'twitter:description': [description],
      'og:image': [image],
      'twitter:image': [image],
      'og:image:alt': [alt],
      'twitter:image:alt': [alt],
      'og:type': ['article'],
      'og:site_name': ['TRT World'],
      'twitter:card': ['summary_large_image'],
    },
    jsonLdText: [JSON.stringify(jsonLd)],
    jsonLd: [jsonLd],
  };
}

test('the head describes the article, and follows it through an in-place navigation, Back and Forward', async () => {
  const { page, problems } = await open(server.url);
  await page.locator('article h1', { hasText: IDLIB }).waitFor();
  assert.deepEqual(await headOf(page), idlibHead(server.url));

  await page.locator('.av-related a', { hasText: TOUR }).click();
  await page.locator('article h1', { hasText: TOUR }).waitFor();
  await page.waitForFunction((title) => document.title === title, TOUR);
  assert.deepEqual(await headOf(page), tourHead(server.url));

  await page.goBack();
  await page.locator('article h1', { hasText: IDLIB }).waitFor();
  await page.waitForFunction((title) => document.title === title, IDLIB);
  assert.deepEqual(await headOf(page), idlibHead(server.url), 'nothing of the tour is left');
  await page.goForward();
  await page.locator('article h1', { hasText: TOUR }).waitFor();
  await page.waitForFunction((title) => document.title === title, TOUR);
  assert.deepEqual(await headOf(page), tourHead(server.url));

  // The CSP would have reported a JSON-LD text written without the policy: the listener sees one.
  const seen = await page.evaluate(async () => {
    const before = window.violations.length;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.append('{"av-json-ld-control": 1}');
    document.head.append(script);
    script.remove();
    for (let waited = 0; window.violations.length === before && waited < 5000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return window.violations.splice(before);
  });
  assert.equal(seen.length, 1, JSON.stringify(seen));
  assert.match(seen[0], /^require-trusted-types-for: trusted-types-sink HTMLScriptElement text\|\{"av-json-ld-control": 1\}/);
  for (let waited = 0; !problems.some((problem) => problem.includes('TrustedScript')) && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const controlErrors = problems.filter((problem) => problem.includes("requires 'TrustedScript' assignment"));
  assert.ok(controlErrors.length >= 1, problems.join('\n'));
  problems.splice(0, problems.length, ...problems.filter((problem) => !controlErrors.includes(problem)));

  assert.deepEqual(await violationsAfterControl(page, problems), []);
  assert.deepEqual(problems, []);
});

test('a document that cannot be shown leaves the page its own title, and no description of the last article', async () => {
  const { page, problems } = await open(`${server.url}?src=no-such-article.json`);
  await page.locator('.av-error').waitFor();
  const head = await headOf(page);
  assert.deepEqual(head, { title: 'article-viewer', description: [], canonical: [], tags: {}, jsonLdText: [], jsonLd: [] });
  assert.deepEqual(await violationsAfterControl(page, problems), []);
});

test('only web addresses: an article whose url is mailto: and whose pictures are data: has no canonical link or image', async () => {
  const { page, problems } = await open(`${server.url}e2e/host.html`);
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const article = {
    headline: 'Addresses',
    url: 'mailto:desk@news.example',
    lead: { type: 'image', src: png, alt: 'A dot', width: 1, height: 1 },
    source: { name: 'Desk', url: 'mailto:desk@news.example', logo: { src: png, alt: '' } },
    body: [],
  };
  await page.route('**/addresses.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(article) }));
  await page.goto(`${server.url}?src=addresses.json`, { waitUntil: 'networkidle' });
  await page.locator('article h1').waitFor();
  await page.locator('.av-lead img').waitFor();
  const head = await headOf(page);
  assert.deepEqual(head.canonical, []);
  assert.deepEqual([head.tags['og:url'], head.tags['og:image'], head.tags['twitter:image']], [undefined, undefined, undefined]);
  assert.deepEqual(head.tags['twitter:card'], ['summary']);
  assert.deepEqual(head.jsonLd, [{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Addresses', publisher: { '@type': 'Organization', name: 'Desk' }, inLanguage: 'en' }]);
  assert.deepEqual(await violationsAfterControl(page, problems), []);
  assert.deepEqual(problems, []);
});

test('hostile values in every field the head shows stay text, under the strict CSP', async () => {
  const corpus = JSON.parse(await readFile(join(REPO_ROOT, 'tests/corpora/xss/dompurify-payloads.json'), 'utf8'));
  const vectors = [
    '</script><script>alert(1)</script>',
    '<!--<script>alert(1)//-->',
    '"><img src=x onerror=alert(1)>',
    "'\"\\u2028\u2028\u2029</SCRIPT >",
    ...corpus.items.map((item) => item.payload).filter((payload) => /<\/script/i.test(payload)).slice(0, 12),
  ];
  const { page, problems } = await open(`${server.url}e2e/host.html`);
  let checked = 0;
  for (const vector of vectors) {
    const article = {
      headline: `Headline ${vector}`,
      standfirst: `Standfirst ${vector}`,
      url: vector,
      byline: [{ name: `Writer ${vector}`, url: vector }],
      source: { name: `Source ${vector}`, url: vector },
      lead: { type: 'image', src: '../samples/media/logo.png', alt: `Alt ${vector}` },
      published: vector,
      body: [{ type: 'text', text: vector }],
    };
    await page.route('**/hostile.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(article) }));
    await page.goto(`${server.url}?src=hostile.json`, { waitUntil: 'networkidle' });
    await page.locator('article h1').waitFor();
    const head = await headOf(page);
    const where = JSON.stringify(vector);
    const headline = `Headline ${vector}`.trim();
    assert.equal(head.title, headline, where);
    assert.equal(head.jsonLd.length, 1, where);
    assert.equal(head.jsonLd[0].headline, headline, where);
    assert.equal(head.jsonLd[0].author[0].name, `Writer ${vector}`, where);
    assert.equal(head.jsonLd[0].publisher.name, `Source ${vector}`, where);
    assert.doesNotMatch(head.jsonLdText[0], /</, `${where}: a "<" in the JSON-LD text`);
    assert.deepEqual(head.tags['og:title'], [headline], where);
    assert.deepEqual(head.tags['og:image:alt'], [`Alt ${vector}`], where);
    // Only the elements and attributes the app writes; every address a web address.
    const added = await page.evaluate(() =>
      [...document.head.querySelectorAll('[data-article-head]')].map((element) => [
        element.localName,
        element.getAttributeNames().sort().join(' '),
        element.getAttribute('href') ?? '',
      ]),
    );
    for (const [name, attributes, href] of added) {
      assert.ok(
        (name === 'meta' && /^(content data-article-head (name|property))$/.test(attributes)) ||
          (name === 'link' && attributes === 'data-article-head href rel' && /^https?:/.test(href)) ||
          (name === 'script' && attributes === 'data-article-head type'),
        `${where}: <${name} ${attributes}>`,
      );
    }
    assert.equal(await page.evaluate(() => document.querySelectorAll('script').length), 2, `${where}: the app's module and the JSON-LD`);
    assert.deepEqual(await violationsAfterControl(page, problems), [], where);
    assert.deepEqual(problems, [], where);
    await page.unroute('**/hostile.json');
    checked++;
  }
  assert.equal(checked, vectors.length);
  assert.equal(checked, 16);
});

test('a page whose CSP refuses the policy gets every tag but the JSON-LD, and one report of the refusal', async () => {
  const { page, problems } = await open(refusing.url + '?src=samples/format-tour.json');
  await page.locator('article h1', { hasText: TOUR }).waitFor();
  const { jsonLd, jsonLdText, ...rest } = tourHead(refusing.url);
  const head = await headOf(page);
  assert.deepEqual(head, { ...rest, jsonLd: [], jsonLdText: [] });
  const refusal = (violation) => violation.startsWith('trusted-types: ') && violation.includes('article-viewer-json-ld');
  const violations = await page.evaluate(() => window.violations);
  assert.equal(violations.filter(refusal).length, 1, JSON.stringify(violations));
  problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes('article-viewer-json-ld')));
  const others = (await violationsAfterControl(page, problems)).filter((violation) => !refusal(violation));
  assert.deepEqual(others, []);
  assert.deepEqual(problems, []);
});

test("the element and mount leave the host page's head as it was", async () => {
  for (const path of ['demo/', 'e2e/three.html']) {
    const { page } = await open(server.url + path);
    await page.locator('article h1').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('article-viewer').length > 0);
    const head = await page.evaluate(() => document.head.outerHTML);
    const served = await (await fetch(server.url + path)).text();
    const servedHead = served.slice(served.indexOf('<head>'), served.indexOf('</head>') + 7);
    // What the browser parsed from the file, serialised: the same elements, nothing added.
    const count = (html) => (html.match(/<[a-z]/g) ?? []).length;
    assert.equal(count(head), count(servedHead), `${path}: ${head}`);
    assert.doesNotMatch(head, /data-article-head|ld\+json|og:|canonical/, path);
  }
  // mount, with an article and then another.
  const { page: api } = await open(`${server.url}e2e/api.html`);
  await api.waitForFunction(() => window.articleViewer);
  const before = await api.evaluate(() => document.head.outerHTML);
  await api.evaluate(() => {
    const viewer = window.articleViewer.mount(document.querySelector('#target'), '../samples/format-tour.json');
    viewer.element.addEventListener('article-viewer:load', () => viewer.update({ headline: 'Another', body: [] }), { once: true });
  });
  await api.locator('article h1', { hasText: 'Another' }).waitFor();
  assert.equal(await api.evaluate(() => document.head.outerHTML), before);
  assert.equal(await api.title(), 'The JS API');
  // The same check sees what the app adds.
  const { page } = await open(server.url);
  await page.locator('article h1').waitFor();
  await page.waitForFunction(() => document.querySelector('script[type="application/ld+json"]'));
  assert.match(await page.evaluate(() => document.head.outerHTML), /data-article-head/);
});
