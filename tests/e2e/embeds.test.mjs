// Embeds with consent, end to end: an article with one embed per provider, in the <article-viewer>
// element, through `mount` and in the app. Every host that is not this test's server is routed
// here (nothing reaches the network) and every request to one is recorded, so the tests can say
// that no request left for a provider before the reader agreed, and that the provider's frame was
// requested once they did. A positive control first proves that a frame's request is seen.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP, violationsAfterControl } from './support.mjs';

const PAGES = join(REPO_ROOT, 'tests/e2e/pages');
const PLAYER = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const CHART = `${PLAYER} allow-downloads`;
const VIDEO = 'encrypted-media; fullscreen; picture-in-picture';

// What each embed of pages/embeds.json becomes once loaded, written here independently of the core.
const PROVIDERS = [
  { key: 'youtube', name: 'YouTube', page: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', title: 'A YouTube video', sandbox: PLAYER, allow: VIDEO },
  { key: 'vimeo', name: 'Vimeo', page: 'https://vimeo.com/76979871', src: 'https://player.vimeo.com/video/76979871?dnt=1', title: 'A Vimeo video', sandbox: PLAYER, allow: VIDEO },
  { key: 'x', name: 'X', page: 'https://x.com/jack/status/20', src: 'https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true', title: 'A post on X', sandbox: PLAYER, allow: 'fullscreen' },
  { key: 'instagram', name: 'Instagram', page: 'https://www.instagram.com/p/CEZCQC-osEP/', src: 'https://www.instagram.com/p/CEZCQC-osEP/embed/', title: 'An Instagram post', sandbox: PLAYER, allow: 'fullscreen' },
  { key: 'tiktok', name: 'TikTok', page: 'https://www.tiktok.com/@scout2015/video/6718335390845095173', src: 'https://www.tiktok.com/player/v1/6718335390845095173', title: 'A TikTok video', sandbox: PLAYER, allow: 'fullscreen' },
  { key: 'spotify', name: 'Spotify', page: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', src: 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC', title: 'A song on Spotify', sandbox: PLAYER, allow: VIDEO },
  { key: 'soundcloud', name: 'SoundCloud', page: 'https://soundcloud.com/frankzappa/it-must-be-a-camel', src: 'https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/frankzappa/it-must-be-a-camel&visual=true', title: 'A track on SoundCloud', sandbox: PLAYER, allow: 'autoplay' },
  { key: 'datawrapper', name: 'Datawrapper', page: 'https://datawrapper.dwcdn.net/MUWoW/3/', src: 'https://datawrapper.dwcdn.net/MUWoW/3/', title: 'A Datawrapper chart', sandbox: CHART, allow: '' },
  { key: 'flourish', name: 'Flourish', page: 'https://public.flourish.studio/visualisation/18552565/', src: 'https://flo.uri.sh/visualisation/18552565/embed', title: 'Content from Flourish', sandbox: CHART, allow: 'fullscreen' },
];

// The frame-src origins SECURITY.md tells a strict page to allow, one row per provider.
async function documentedFrameSources() {
  const security = await readFile(join(REPO_ROOT, 'SECURITY.md'), 'utf8');
  const rows = [...security.matchAll(/^\| (\w[\w/ ]*) \| `([a-z]+)` \| `(https:\/\/[a-z0-9.-]+)` \|$/gm)];
  return rows.map(([, name, key, origin]) => ({ name, key, origin }));
}

let server, cspServer, framedServer, browser;
const external = []; // every request to another host than the test servers', in order

before(async () => {
  const mounts = { '/e2e/': PAGES };
  server = await serve(undefined, mounts);
  cspServer = await serve(undefined, mounts, { 'content-security-policy': STRICT_CSP });
  const frameSrc = (await documentedFrameSources()).map((row) => row.origin).join(' ');
  framedServer = await serve(undefined, mounts, { 'content-security-policy': `${STRICT_CSP}; frame-src ${frameSrc}` });
  browser = await launch();
  // Routed on the whole context, so that a frame's own request is seen too.
  await browser.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      external.push(route.request().url());
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>A provider</title><p>Provider content</p>' });
    },
  );
});
after(async () => {
  await browser?.close();
  await Promise.all([server, cspServer, framedServer].map((s) => s?.close()));
});

/** Waits until a request to `url` has been recorded (up to 10 s). */
async function requested(url) {
  for (const deadline = Date.now() + 10_000; !external.includes(url); ) {
    if (Date.now() > deadline) throw new Error(`no request for ${url}; seen: ${JSON.stringify(external)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens pages/embeds.html on `origin` and adds an <article-viewer> of embeds.json with `attributes`. */
async function openViewer(origin, attributes = {}) {
  const { page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(`${origin}e2e/embeds.html`, { waitUntil: 'load' });
  await page.evaluate(async (attributes) => {
    await customElements.whenDefined('article-viewer');
    const element = document.createElement('article-viewer');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('src', 'embeds.json');
    const loaded = new Promise((resolve) => element.addEventListener('article-viewer:load', resolve, { once: true }));
    document.querySelector('#target').append(element);
    await loaded;
  }, attributes);
  return { page, problems };
}

/** Scrolls the whole article past, so that any lazy frame near the screen would be requested, then lets the network settle. */
async function readToTheEnd(page) {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.waitForLoadState('networkidle');
}

/** The `index`th embed figure of the viewer. */
const embed = (page, index) => page.locator('article-viewer .av-body > figure.av-embed').nth(index);

const frameAttributes = (frame) =>
  frame.evaluate((element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])));

test('SECURITY.md names one frame-src origin per provider, the origin of its frames', async () => {
  const rows = await documentedFrameSources();
  assert.deepEqual(
    rows.map((row) => [row.name, row.key, row.origin]),
    PROVIDERS.map((provider) => [provider.name, provider.key, new URL(provider.src).origin]),
  );
});

test('no request leaves for a provider before the reader agrees; loading builds its frame and requests it', async () => {
  external.length = 0;
  const { page, problems } = await openViewer(server.url);
  assert.equal(await page.locator('article-viewer .av-embed-consent').count(), 9);
  assert.equal(await page.locator('article-viewer a.av-embed-card').count(), 1);
  await readToTheEnd(page);
  assert.equal(await page.locator('article-viewer iframe').count(), 0);
  assert.deepEqual(external, [], 'no request to any other host, the providers\' included');

  // The positive control: a frame of a provider, made by the page itself, is seen.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const control = document.createElement('iframe');
        control.addEventListener('load', resolve, { once: true });
        control.src = 'https://www.youtube-nocookie.com/control';
        document.body.append(control);
      }),
  );
  assert.deepEqual(external, ['https://www.youtube-nocookie.com/control']);
  external.length = 0;

  for (const [index, provider] of PROVIDERS.entries()) {
    const figure = embed(page, index);
    await figure.scrollIntoViewIfNeeded();
    assert.equal(await figure.locator('.av-embed-provider').textContent(), provider.name);
    assert.equal(await figure.locator('a.av-embed-open').getAttribute('href'), provider.page);
    const before = await figure.locator('.av-embed-frame').boundingBox();
    await figure.getByRole('button', { name: `Load content from ${provider.name}` }).click();
    const frame = figure.locator('.av-embed-frame > iframe');
    assert.deepEqual(await frameAttributes(frame), {
      src: provider.src,
      title: provider.title,
      loading: 'lazy',
      referrerpolicy: 'strict-origin-when-cross-origin',
      sandbox: provider.sandbox,
      allow: provider.allow,
    });
    await requested(provider.src);
    const loaded = external.filter((url) => PROVIDERS.some((p) => p.src === url));
    assert.deepEqual(loaded, PROVIDERS.slice(0, index + 1).map((p) => p.src), 'only the providers the reader loaded, in turn');
    // The box kept its size, and the frame fills it.
    assert.deepEqual(await figure.locator('.av-embed-frame').boundingBox(), before);
    const box = await frame.boundingBox();
    assert.ok(Math.abs(box.width - before.width) < 1 && Math.abs(box.height - before.height) < 1, JSON.stringify([box, before]));
    // Reading goes on in the frame the reader asked for.
    assert.equal(await page.evaluate(() => document.querySelector('article-viewer').shadowRoot.activeElement?.localName), 'iframe');
  }

  const consents = await page.evaluate(() => window.viewerEvents.filter(([, type]) => type === 'consent'));
  assert.deepEqual(
    consents,
    PROVIDERS.map((provider) => ['', 'consent', { provider: provider.key, url: provider.page }]),
    'one article-viewer:consent per provider, bubbling to the document',
  );
  assert.equal(await page.locator('article-viewer .av-embed-card').getAttribute('href'), 'https://www.example.com/interactive/flood-map');
  assert.deepEqual(problems, []);
});

test('consent="youtube" loads YouTube at once and nothing else; the page can approve more later', async () => {
  external.length = 0;
  const { page, problems } = await openViewer(server.url, { consent: 'youtube' });
  assert.deepEqual(await frameAttributes(embed(page, 0).locator('iframe')), {
    src: PROVIDERS[0].src,
    title: PROVIDERS[0].title,
    loading: 'lazy',
    referrerpolicy: 'strict-origin-when-cross-origin',
    sandbox: PLAYER,
    allow: VIDEO,
  });
  await requested(PROVIDERS[0].src);
  await readToTheEnd(page);
  assert.equal(await page.locator('article-viewer iframe').count(), 1);
  assert.deepEqual(external, [PROVIDERS[0].src], 'only YouTube, which the page approved');
  assert.equal(await page.locator('article-viewer button.av-embed-load').count(), 8);

  await page.evaluate(() => document.querySelector('article-viewer').setAttribute('consent', 'youtube vimeo'));
  await embed(page, 1).locator('iframe').waitFor();
  // A lazy frame: requested when it comes near the screen.
  await embed(page, 1).scrollIntoViewIfNeeded();
  await requested(PROVIDERS[1].src);
  const consents = await page.evaluate(() => window.viewerEvents.filter(([, type]) => type === 'consent'));
  assert.deepEqual(consents, [], "the page's own approvals are not reported back to it");
  assert.deepEqual(problems, []);
});

test("mount's consent option approves providers ahead, as a list or a string", async () => {
  external.length = 0;
  const { page, problems } = await openPage(browser);
  await page.goto(`${server.url}e2e/api.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.articleViewer);
  const sources = await page.evaluate(async () => {
    const frames = [];
    for (const consent of [['spotify', 'flourish'], 'SoundCloud, datawrapper']) {
      const viewer = window.articleViewer.mount(document.querySelector('#target'), 'embeds.json', { consent });
      await new Promise((resolve) => viewer.element.addEventListener('article-viewer:load', resolve, { once: true }));
      frames.push([...viewer.element.shadowRoot.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src')));
      viewer.destroy();
    }
    return frames;
  });
  assert.deepEqual(sources, [
    [PROVIDERS[5].src, PROVIDERS[8].src],
    [PROVIDERS[6].src, PROVIDERS[7].src],
  ]);
  assert.deepEqual(problems, []);
});

test('the app shows the placeholders and requests nothing until a Load', async () => {
  external.length = 0;
  const { page, problems } = await openPage(browser);
  await page.goto(`${server.url}?src=e2e/embeds.json`, { waitUntil: 'networkidle' });
  assert.equal(await page.locator('#app .av-embed-consent').count(), 9);
  await readToTheEnd(page);
  assert.deepEqual(external, []);
  const chart = page.locator('#app figure.av-embed').nth(7);
  await chart.getByRole('button', { name: 'Load content from Datawrapper' }).click();
  assert.equal(await chart.locator('iframe').getAttribute('src'), PROVIDERS[7].src);
  await requested(PROVIDERS[7].src);
  assert.deepEqual(external, [PROVIDERS[7].src]);
  assert.deepEqual(problems, []);
});

test('under the strict CSP, embeds waiting for consent cause no violation; a frame needs frame-src', async () => {
  external.length = 0;
  const { page, problems } = await openViewer(cspServer.url);
  await readToTheEnd(page);
  assert.equal(await page.locator('article-viewer .av-embed-consent').count(), 9);
  assert.deepEqual(await violationsAfterControl(page, problems), []);
  assert.deepEqual(external, []);

  // Without frame-src (default-src 'self' stands for it), the browser refuses the provider's frame.
  await embed(page, 0).getByRole('button', { name: 'Load content from YouTube' }).click();
  await page.waitForFunction(() => window.violations.some((violation) => violation.startsWith('frame-src')));
  const violations = await page.evaluate(() => window.violations.filter((violation) => !violation.includes('av-control')));
  assert.deepEqual(violations, [`frame-src: ${new URL(PROVIDERS[0].src).origin} `]);
  assert.deepEqual(external, [], 'refused before any request');
});

test("with SECURITY.md's frame-src added to the strict CSP, every provider's frame loads with zero violations", async () => {
  external.length = 0;
  const { page, problems } = await openViewer(framedServer.url);
  for (const [index, provider] of PROVIDERS.entries()) {
    await embed(page, index).getByRole('button', { name: `Load content from ${provider.name}` }).click();
    await requested(provider.src);
  }
  assert.equal(await page.locator('article-viewer iframe').count(), 9);
  assert.deepEqual(await violationsAfterControl(page, problems), []);
  assert.deepEqual(problems, []);
});
