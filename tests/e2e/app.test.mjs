// The standalone app, as a reader uses it: opening an article by address, following a related
// story in place with Back and Forward, the diagnostics view, and a document that is missing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BLOCKS, openPage, REPO_ROOT, servedAndLaunched } from './support.mjs';

const IDLIB = 'Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution';
const TOUR = 'A tour of format 1';

const setup = servedAndLaunched({ mounts: { '/fixtures/': join(REPO_ROOT, 'tests/fixtures') } });

const headline = (page) => page.locator('article h1').textContent({ timeout: 15_000 });

test('a related story opens in place, with its own address, and Back and Forward work', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(setup.server.url, { waitUntil: 'networkidle' });
  assert.equal(await headline(page), IDLIB);

  await page.locator('.av-related a', { hasText: TOUR }).click();
  await page.locator('article h1', { hasText: TOUR }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('src'), `${setup.server.url}samples/format-tour.json`);
  assert.equal(await page.title(), TOUR);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), TOUR, 'focus moves to the new headline');

  await page.goBack();
  await page.locator('article h1', { hasText: IDLIB }).waitFor();
  await page.goForward();
  await page.locator('article h1', { hasText: TOUR }).waitFor();
  assert.deepEqual(problems, []);
});

test('?src opens any article, relative to the page', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}?src=samples/format-tour.json`, { waitUntil: 'networkidle' });
  assert.equal(await headline(page), TOUR);
  assert.equal(await page.locator(BLOCKS).count() > 40, true);
  // Every image of the tour loaded: none is broken.
  const broken = await page.$$eval('article img', (images) =>
    images.filter((image) => image.complete && image.naturalWidth === 0).map((image) => image.src),
  );
  assert.deepEqual(broken, []);
  assert.deepEqual(problems, []);
});

test('?diagnostics=1 shows what is wrong with the document, above the article', async () => {
  const { page } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}?src=fixtures/with-problems.json&diagnostics=1`, { waitUntil: 'networkidle' });
  assert.equal(await headline(page), 'An article with problems');
  const paths = await page.locator('.av-diagnostics li code').allTextContents();
  assert.deepEqual(paths, ['body[1].src', 'body[2].level']);
  // The image without a source is left out; the heading stays, without its invalid level.
  assert.equal(await page.locator(BLOCKS).count(), 2);

  await page.goto(`${setup.server.url}?src=fixtures/with-problems.json`, { waitUntil: 'networkidle' });
  await headline(page);
  assert.equal(await page.locator('.av-diagnostics').count(), 0, 'hidden unless asked for');
});

test('a document that cannot be fetched shows why, with its address', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}?src=no-such-article.json`, { waitUntil: 'networkidle' });
  const alert = page.locator('.av-error[role=alert]');
  await alert.waitFor();
  assert.match(await alert.locator('.av-error-reason').textContent(), /404/);
  assert.equal(await alert.locator('.av-error-source').textContent(), `${setup.server.url}no-such-article.json`);
  assert.ok(problems.every((problem) => problem.includes('no-such-article.json')), problems.join('\n'));
});

test('a link inside the article moves to its target without reloading the article', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}?src=samples/format-tour.json`, { waitUntil: 'networkidle' });
  await headline(page);
  // A reload would replace the article (its mark gone) and fetch a document (counted here).
  await page.evaluate(() => {
    document.querySelector('article').dataset.sameArticle = 'yes';
    window.documentFetches = [];
    const fetch = window.fetch;
    window.fetch = function (resource, ...rest) {
      window.documentFetches.push(String(resource instanceof Request ? resource.url : resource));
      return fetch.call(this, resource, ...rest);
    };
  });
  // Resolves once the page has handled the next popstate: the app's listener, registered at its
  // start, has run before this one, and its fetch would have started in the microtasks after it.
  const nextPopstateHandled = () =>
    page.evaluate(() => {
      window.popstateHandled = new Promise((resolve) => addEventListener('popstate', () => setTimeout(() => resolve(location.hash), 0), { once: true }));
    });
  const unchanged = () =>
    page.evaluate(() => ({ same: document.querySelector('article')?.dataset.sameArticle, fetches: window.documentFetches.length }));

  // The article's `#blocks`, scoped to the viewer: `#av1-a-blocks`.
  const toBlocks = page.locator('.av-text a[href$="-a-blocks"]').first();
  const blocksHash = await toBlocks.getAttribute('href');
  assert.match(blocksHash, /^#av\d+-a-blocks$/);
  assert.equal(await page.locator(`[id="${blocksHash.slice(1)}"]`).count(), 1, 'the link reaches its heading');
  await toBlocks.click();
  await page.waitForFunction((hash) => location.hash === hash, blocksHash);
  await page.locator('sup.av-footnote-ref a').first().click();
  await page.waitForFunction((hash) => location.hash.startsWith('#') && location.hash !== hash, blocksHash);
  await nextPopstateHandled();
  await page.goBack();
  assert.equal(await page.evaluate(() => window.popstateHandled), blocksHash);
  assert.deepEqual(await unchanged(), { same: 'yes', fetches: 0 });
  assert.equal(await page.evaluate(() => location.hash), blocksHash);

  // The control: a history entry of another article is loaded, which both checks see.
  await nextPopstateHandled();
  await page.evaluate(() => {
    history.pushState(null, '', '?src=samples/idlib.json');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.evaluate(() => window.popstateHandled);
  assert.deepEqual(await unchanged(), { same: undefined, fetches: 1 });
  await page.locator('article h1', { hasText: IDLIB }).waitFor();
  assert.deepEqual(problems, []);
});
