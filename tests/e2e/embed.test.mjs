// Embedding: the <article-viewer> element and the JS API in pages served under a strict CSP with
// Trusted Types, as a newsroom's page would serve them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP, violationsAfterControl, servedAndLaunched } from './support.mjs';

const IDLIB = 'Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution';
const TOUR = 'A tour of format 1';

const setup = servedAndLaunched({
  mounts: { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages'), '/fixtures/': join(REPO_ROOT, 'tests/fixtures') },
  headers: { 'content-security-policy': STRICT_CSP },
});

/** Opens `path` recording CSP and Trusted Types violations as well as errors. */
async function open(path) {
  const { page, problems } = await openPage(setup.browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(setup.server.url + path, { waitUntil: 'networkidle' });
  return { page, problems, violations: () => violationsAfterControl(page, problems) };
}

const text = (page, selector) => page.locator(selector).first().textContent({ timeout: 10_000 });
const events = (page) => page.evaluate(() => window.viewerEvents);
const style = (page, selector, property) =>
  page.locator(selector).first().evaluate((element, property) => getComputedStyle(element)[property], property);

test('the demo renders one viewer from src and one from inline JSON, with zero violations', async () => {
  const { page, problems, violations } = await open('demo/');
  assert.equal(await text(page, '#by-src h1'), IDLIB);
  assert.equal(await text(page, '#inline h1'), 'A story written into the page itself');
  assert.equal(await page.locator('#by-src .av-body p').count(), 15);
  assert.equal(await text(page, '#inline .av-diagnostics code'), 'body[1].level');
  const logged = await page.locator('#event-log li').allTextContents();
  assert.equal(logged.filter((line) => line.includes(': load: ')).length, 2, logged.join('\n'));
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test("the page's CSS does not reach inside, and the viewer's does not leak out", async () => {
  const { page } = await open('demo/');
  await text(page, '#by-src h1');
  // Inside: none of the page's red paragraphs, cursive capitals, green links or image borders.
  assert.equal(await style(page, '#by-src .av-body p', 'color'), 'rgb(27, 26, 24)');
  assert.match(await style(page, '#by-src .av-body p', 'fontFamily'), /^Charter/);
  assert.equal(await style(page, '#by-src .av-body p', 'textTransform'), 'none');
  assert.equal(await style(page, '#by-src .av-body p', 'letterSpacing'), 'normal');
  assert.ok(parseFloat(await style(page, '#by-src .av-body p', 'fontSize')) >= 17, "the page's 12px root does not shrink it");
  assert.equal(await style(page, '#by-src .av-lead img', 'borderTopWidth'), '0px');
  assert.equal(await style(page, '#by-src .av-lead img', 'filter'), 'none');
  assert.notEqual(await style(page, '#by-src .av-related a', 'color'), 'rgb(60, 180, 60)');
  // Every element and property the page's stylesheet would change, compared with the viewer's
  // own value: the same viewer's, read again with the page's stylesheet switched off, and the
  // viewer kept as wide as it was (its type scales with its width, through container units).
  const INSIDE = ['article', 'header', 'h1', '.av-standfirst', '.av-body p', 'a', '.av-lead img', 'figure', '.av-related a'];
  const PROPERTIES = [
    'color', 'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'textTransform', 'borderTopWidth',
    'borderTopStyle', 'borderTopColor', 'filter', 'marginTop', 'paddingTop', 'boxSizing', 'outlineStyle',
  ];
  const read = () =>
    page.evaluate(({ INSIDE, PROPERTIES }) => {
      const root = document.querySelector('#by-src').shadowRoot;
      return Object.fromEntries(
        INSIDE.map((selector) => {
          const element = root.querySelector(selector);
          if (!element) return [selector, null];
          const computed = getComputedStyle(element);
          return [selector, Object.fromEntries(PROPERTIES.map((property) => [property, computed[property]]))];
        }),
      );
    }, { INSIDE, PROPERTIES });
  const withPageStyles = await read();
  const switchPageStyles = (on) =>
    page.evaluate((on) => {
      const host = document.querySelector('#by-src');
      host.style.width = on ? '' : `${host.getBoundingClientRect().width}px`;
      for (const sheet of document.styleSheets) sheet.disabled = !on;
      return [...document.styleSheets].filter((sheet) => !sheet.disabled).length;
    }, on);
  assert.equal(await switchPageStyles(false), 0);
  const own = await read();
  assert.equal(await switchPageStyles(true), 1);
  for (const selector of INSIDE) assert.ok(own[selector], `${selector} is in the viewer`);
  assert.deepEqual(withPageStyles, own, "the page's stylesheet changed a style inside the viewer");
  // The control: the same comparison sees the page's stylesheet where it does apply.
  assert.notEqual(await style(page, 'p.note', 'color'), await page.evaluate(() => {
    for (const sheet of document.styleSheets) sheet.disabled = true;
    const color = getComputedStyle(document.querySelector('p.note')).color;
    for (const sheet of document.styleSheets) sheet.disabled = false;
    return color;
  }));
  // Outside: the page keeps its own styles, and no viewer element or stylesheet is in its DOM.
  assert.equal(await style(page, 'p.note', 'color'), 'rgb(204, 0, 0)');
  assert.match(await style(page, 'p.note', 'fontFamily'), /Comic/);
  assert.equal(await style(page, 'p.note', 'textTransform'), 'uppercase');
  assert.match(await style(page, 'main h2', 'fontFamily'), /Impact/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.av-viewer').length), 0);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.deepEqual(await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href.split('/').pop())), ['news-site.css']);
});

test('a theme and ::part() names let the page style the viewer on purpose', async () => {
  const { page } = await open('e2e/three.html');
  await text(page, '#second h1');
  assert.equal(await page.locator('#second .av-viewer').getAttribute('data-theme'), 'dark');
  assert.equal(await style(page, '#second .av-viewer', 'colorScheme'), 'dark');
  assert.equal(await style(page, '#third .av-viewer', 'colorScheme'), 'light');
  await page.evaluate(() => document.querySelector('#second').setAttribute('theme', 'light'));
  assert.equal(await style(page, '#second .av-viewer', 'colorScheme'), 'light');
  await page.evaluate(() => document.querySelector('#second').removeAttribute('theme'));
  assert.equal(await page.locator('#second .av-viewer').getAttribute('data-theme'), null);

  const parts = await page.evaluate(() =>
    [...document.querySelector('#first').shadowRoot.querySelectorAll('[part]')].map((element) => element.getAttribute('part')),
  );
  for (const part of ['article', 'header', 'headline', 'standfirst', 'lead', 'body', 'footer', 'related']) {
    assert.ok(parts.includes(part), `part ${part} in ${parts}`);
  }
  assert.equal(await style(page, '#first h1', 'color'), 'rgb(0, 128, 128)', 'styled through ::part(headline)');
  assert.equal(await style(page, '#second .av-kicker', 'color'), 'rgb(255, 176, 64)', 'themed through --av-color-accent');
  assert.notEqual(await style(page, '#third h1', 'color'), 'rgb(0, 128, 128)');
});

test('every event fires with its detail', async () => {
  const { page } = await open('e2e/three.html');
  await text(page, '#third h1');
  await page.waitForFunction(() => window.viewerEvents.length === 3);
  const loads = Object.fromEntries((await events(page)).map(([id, type, detail]) => [id, [type, detail]]));
  assert.deepEqual(loads.first, ['load', { headline: IDLIB, id: null, diagnostics: [] }]);
  assert.equal(loads.second[1].headline, TOUR);
  assert.deepEqual(loads.third, [
    'load',
    {
      headline: 'The third viewer',
      id: 'third',
      diagnostics: [{ severity: 'error', path: 'body[1].level', message: 'heading level 7 is not 2, 3 or 4' }],
    },
  ]);
  assert.deepEqual(await page.evaluate(() => document.querySelector('#third').diagnostics), loads.third[1].diagnostics);

  await page.evaluate(() => document.querySelector('#first').setAttribute('src', '../samples/missing.json'));
  await page.locator('#first .av-error').waitFor();
  const [id, type, detail] = (await events(page)).at(-1);
  assert.deepEqual([id, type], ['first', 'error']);
  assert.match(detail.message, /404/);
  assert.equal(detail.url, `${setup.server.url}samples/missing.json`);
  assert.equal(detail.place, null);
});

test('navigate can be cancelled; otherwise a story with src opens in place', async () => {
  const { page } = await open('e2e/three.html');
  await text(page, '#third h1');
  const address = page.url();

  await page.evaluate(() => { window.cancelNavigation = true; });
  await page.locator('#third .av-related a', { hasText: 'Opens in place' }).click();
  const [id, type, detail] = (await events(page)).at(-1);
  assert.deepEqual([id, type, detail.headline, detail.src], ['third', 'navigate', 'Opens in place', `${setup.server.url}samples/idlib.json`]);
  assert.equal(detail.url, 'https://example.org/in-place');
  assert.equal(await text(page, '#third h1'), 'The third viewer', 'cancelled: the viewer stays');
  assert.equal(page.url(), address, 'and the page stays');

  await page.evaluate(() => { window.cancelNavigation = false; });
  await page.locator('#third .av-related a', { hasText: 'Opens in place' }).click();
  await page.locator('#third h1', { hasText: IDLIB }).waitFor();
  assert.equal(page.url(), address, 'in place: the page does not navigate');
  assert.equal((await events(page)).at(-1)[1], 'load');
});

test('three viewers on one page are independent', async () => {
  const { page, problems, violations } = await open('e2e/three.html');
  await text(page, '#third h1');
  await page.evaluate(() => document.querySelector('#second').setAttribute('src', '../samples/idlib.json'));
  await page.locator('#second h1', { hasText: IDLIB }).waitFor();
  assert.equal(await text(page, '#first h1'), IDLIB);
  assert.equal(await text(page, '#third h1'), 'The third viewer');
  assert.equal(await page.locator('#second .av-viewer').getAttribute('data-theme'), 'dark', 'its theme is its own');

  // Diagnostics are per viewer: #first is given an article with problems while #third shows
  // its own, and shows them only once its own attribute asks.
  await page.evaluate(() => document.querySelector('#third').setAttribute('diagnostics', ''));
  assert.equal(await text(page, '#third .av-diagnostics code'), 'body[1].level');
  await page.evaluate(() => document.querySelector('#first').setAttribute('src', '../fixtures/with-problems.json'));
  await page.locator('#first h1', { hasText: 'An article with problems' }).waitFor();
  assert.deepEqual(await page.evaluate(() => document.querySelector('#first').diagnostics.map((d) => d.path)), ['body[1].src', 'body[2].level']);
  assert.equal(await page.locator('#first .av-diagnostics').count(), 0, '#first has not asked, though #third has');
  await page.evaluate(() => document.querySelector('#first').setAttribute('diagnostics', ''));
  assert.equal(await text(page, '#first .av-diagnostics code'), 'body[1].src');
  await page.evaluate(() => document.querySelector('#third').removeAttribute('diagnostics'));
  assert.equal(await page.locator('#third .av-diagnostics').count(), 0, "#third's attribute removed");
  assert.equal(await page.locator('#first .av-diagnostics').count(), 1, '#first keeps its own');
  assert.equal(await page.locator('#second .av-diagnostics').count(), 0);

  // A footnote link stays inside its viewer: the page's address does not change.
  const address = page.url();
  await page.locator('#third sup a').click();
  assert.equal(page.url(), address);

  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test('removing an element unmounts it, and putting it back renders it again', async () => {
  const { page } = await open('e2e/three.html');
  await text(page, '#third h1');
  const rendered = await page.evaluate(() => {
    const element = document.querySelector('#first');
    element.remove();
    const left = element.shadowRoot.querySelectorAll('*').length;
    document.body.append(element);
    return left;
  });
  assert.equal(rendered, 1, 'only the empty container is left in the shadow root');
  await page.locator('#first h1', { hasText: IDLIB }).waitFor();
  assert.equal(await page.locator('#first article').count(), 1);
});

test('the JS API: mount, update, destroy and validate', async () => {
  const { page, problems, violations } = await open('e2e/api.html');
  await page.waitForFunction(() => window.articleViewer);
  const result = await page.evaluate(async () => {
    const target = document.querySelector('#target');
    const article = { headline: 'Mounted from JS', body: [{ type: 'text', text: 'Hello.' }, { type: 'divider', extra: 1 }, { type: 'nope' }] };
    const viewer = window.articleViewer.mount(target, article, { theme: 'dark', diagnostics: true });
    const root = viewer.element.shadowRoot;
    const first = {
      headline: root.querySelector('h1')?.textContent,
      theme: root.querySelector('.av-viewer').dataset.theme,
      shown: root.querySelectorAll('.av-diagnostics li').length,
      diagnostics: viewer.diagnostics,
      insideTarget: viewer.element.parentElement === target,
      pageParagraph: target.querySelector(':scope > p')?.textContent,
    };
    viewer.update(JSON.stringify({ headline: 'Updated from JSON text', body: [] , lead: { type: 'image', src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', alt: '' } }));
    const second = root.querySelector('h1')?.textContent;
    viewer.update('../samples/idlib.json');
    await new Promise((resolve) => target.addEventListener('article-viewer:load', resolve, { once: true }));
    const third = root.querySelector('h1')?.textContent;
    viewer.destroy();
    return {
      first,
      second,
      third,
      afterDestroy: [target.children.length, target.querySelector('.article-viewer')],
      valid: await window.articleViewer.validate(article),
      invalidText: await window.articleViewer.validate('{"headline": "x", "body": [}'),
      byUrl: await window.articleViewer.validate('../samples/format-tour.json'),
      missing: await window.articleViewer.validate(new URL('../samples/missing.json', location.href)),
    };
  });
  assert.deepEqual(result.first, {
    headline: 'Mounted from JS',
    theme: 'dark',
    shown: 1,
    diagnostics: [{ severity: 'error', path: 'body[2].type', message: 'unknown block type `nope`' }],
    insideTarget: true,
    pageParagraph: "The page's own paragraph.",
  });
  assert.equal(result.second, 'Updated from JSON text');
  assert.equal(result.third, IDLIB);
  assert.deepEqual(result.afterDestroy, [1, null], 'only the page paragraph is left');
  assert.deepEqual(result.valid, result.first.diagnostics);
  assert.equal(result.invalidText.length, 1);
  assert.match(result.invalidText[0].message, /line 1, column 28/);
  assert.deepEqual(result.byUrl, []);
  assert.match(result.missing[0].message, /404/);
  assert.deepEqual(await violations(), []);
  assert.ok(problems.every((problem) => problem.includes('missing.json')), problems.join('\n'));
});

test("a viewer made by mount stays when the page drops the handle and it is garbage-collected", async () => {
  const collecting = await launch({ extraArgs: ['--js-flags=--expose-gc'] });
  try {
    const { page } = await openPage(collecting);
    await page.goto(`${setup.server.url}e2e/api.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => window.articleViewer);
    await page.evaluate(() => {
      window.articleViewer.mount(document.querySelector('#target'), { headline: 'Kept', body: [{ type: 'divider' }] });
    });
    // Five collections, each waited for until its finalizers have run: a sentinel object
    // registered for finalization is reported collected (what a dropped handle's cleanup
    // would do runs in the same way).
    const collections = await page.evaluate(async () => {
      window.sentinels = new FinalizationRegistry((round) => window.collected(round));
      let seen = 0;
      for (let round = 0; round < 5; round++) {
        const collected = new Promise((resolve) => { window.collected = resolve; });
        (() => window.sentinels.register({}, round))();
        window.gc();
        if ((await Promise.race([collected, new Promise((resolve) => setTimeout(() => resolve('none'), 10_000))])) === round) seen++;
      }
      return seen;
    });
    assert.equal(collections, 5, 'each collection was seen to finish');
    assert.equal(await text(page, '#target h1'), 'Kept');
  } finally {
    await collecting.close();
  }
});

test('the standalone app works under the same policy', async () => {
  const { page, problems, violations } = await open('');
  assert.equal(await text(page, 'article h1'), IDLIB);
  await page.locator('.av-related a').first().click();
  await page.locator('article h1', { hasText: TOUR }).waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test("the demo's consent box: a reader who loads the video ticks it, for both viewers; unticked, the video waits again", async () => {
  const { page } = await open('demo/');
  await text(page, '#inline h1');
  // Nothing leaves for YouTube in a test: its frame gets an empty local answer.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204 }));
  const frames = () => page.locator('#inline iframe').count();
  const consent = () => page.evaluate(() => [...document.querySelectorAll('article-viewer')].map((viewer) => viewer.getAttribute('consent')));
  assert.equal(await frames(), 0);
  assert.equal(await page.locator('#allow-youtube').isChecked(), false);
  await page.locator('#inline').getByRole('button', { name: /YouTube/ }).click();
  await page.locator('#allow-youtube:checked').waitFor();
  assert.deepEqual(await consent(), ['youtube', 'youtube']);
  assert.equal(await frames(), 1);
  assert.ok((await page.locator('#event-log li').allTextContents()).some((line) => line.endsWith('consent: the reader allowed youtube')));
  await page.locator('#allow-youtube').uncheck();
  await page.waitForFunction(() => document.querySelector('#inline').shadowRoot.querySelector('iframe') === null);
  assert.deepEqual(await consent(), ['', '']);
});
