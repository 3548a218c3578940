// What a reader sees when something fails: media that does not load, an article that cannot be
// fetched (missing, unreachable, not JSON, too slow), a related story that fails; and limits the
// page sets.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BLOCKS, openPage, REPO_ROOT, servedAndLaunched } from './support.mjs';

const VALID = JSON.stringify({ headline: 'Arrived at last', body: [{ type: 'text', text: 'Hello.' }] });

const setup = servedAndLaunched({
  mounts: { '/fixtures/': join(REPO_ROOT, 'tests/fixtures'), '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') },
});

/** Answers requests for `pattern` with each of `answers` in turn, the last one from then on. */
async function answer(page, pattern, answers) {
  let count = 0;
  await page.route(pattern, async (route) => {
    const next = answers[Math.min(count++, answers.length - 1)];
    await next(route);
  });
}
const fail = (status) => (route) => route.fulfill({ status, body: 'no' });
const ok = (body) => (route) => route.fulfill({ status: 200, contentType: 'application/json', body });
const unreachable = (route) => route.abort('connectionrefused');
const slowly = (body) => async (route) => {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await route.fulfill({ status: 200, contentType: 'application/json', body }).catch(() => {});
};

test('an image or video that fails keeps its caption and shows a labelled stand-in', async () => {
  const { page } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}?src=fixtures/broken-media.json`, { waitUntil: 'networkidle' });
  const lead = page.locator('.av-lead .av-media-fallback');
  await lead.waitFor();
  assert.equal(await lead.getAttribute('role'), 'img');
  assert.equal(await lead.getAttribute('aria-label'), 'Image unavailable: The missing lead');
  assert.ok(await lead.isVisible());
  assert.match(await page.locator('.av-lead figcaption').textContent(), /The lead's caption/);

  const photo = page.locator('.av-body > figure.av-image').first();
  await photo.locator('.av-media-fallback').waitFor();
  assert.equal(await photo.locator('img').count(), 0, 'the broken image is gone');
  assert.equal(await photo.locator('figcaption').textContent(), "The photo's caption");

  const decorative = page.locator('.av-body > figure.av-image').nth(1).locator('.av-media-fallback');
  await decorative.waitFor();
  assert.equal(await decorative.getAttribute('aria-hidden'), 'true', 'a decorative image stays silent');

  const video = page.locator('figure.av-video');
  await video.locator('.av-media-fallback').waitFor();
  assert.equal(await video.locator('.av-media-fallback').getAttribute('aria-label'), 'Video unavailable');
  assert.match(await video.locator('figcaption').textContent(), /The clip's caption/);

  const thumbnail = page.locator('.av-related img');
  // Lazy: it loads (and fails) only once near the screen, wherever the page's height puts it.
  await thumbnail.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('.av-related img')?.hidden === true);
  assert.equal(await thumbnail.isVisible(), false, 'a broken thumbnail is hidden, not shown broken');
});

for (const [what, failure, reason] of [
  ['missing (404)', fail(404), /answered 404/],
  ['unreachable', unreachable, /could not be fetched/],
  ['not JSON', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }), /not valid JSON/i],
]) {
  test(`an article that is ${what} shows the reason, and Try again fetches it again`, async () => {
    const { page } = await openPage(setup.browser);
    await answer(page, '**/flaky/article.json', [failure, ok(VALID)]);
    await page.goto(`${setup.server.url}?src=flaky/article.json`);
    const alert = page.locator('.av-error[role=alert]');
    await alert.waitFor();
    assert.match(await alert.locator('.av-error-reason').textContent(), reason);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('article h1', { hasText: 'Arrived at last' }).waitFor();
  });
}

test('an article too slow to arrive is given up on, with the reason and a retry', async () => {
  const { page } = await openPage(setup.browser);
  await answer(page, '**/flaky/slow.json', [slowly(VALID), ok(VALID)]);
  await page.goto(`${setup.server.url}e2e/failure.html`);
  const alert = page.locator('#slow .av-error[role=alert]');
  await alert.waitFor({ timeout: 5000 });
  assert.match(await alert.locator('.av-error-reason').textContent(), /longer than 1 s/);
  const [, type, detail] = (await page.evaluate(() => window.viewerEvents)).find(([id]) => id === 'slow');
  assert.equal(type, 'error');
  assert.match(detail.message, /longer than 1 s/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#slow h1', { hasText: 'Arrived at last' }).waitFor();
});

test('a related story whose document fails shows the error, and Back returns', async () => {
  const { page } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}?src=fixtures/broken-media.json`, { waitUntil: 'networkidle' });
  await page.locator('.av-related a').click();
  await page.locator('.av-error[role=alert]').waitFor();
  assert.match(await page.locator('.av-error-source').textContent(), /fixtures\/missing-story\.json$/);
  assert.match(page.url(), /missing-story\.json/);
  await page.goBack();
  await page.locator('article h1', { hasText: 'Media that does not load' }).waitFor();
});

test('the page sets its own limits, and the message names the one hit', async () => {
  const { page } = await openPage(setup.browser);
  await page.goto(`${setup.server.url}e2e/failure.html`, { waitUntil: 'networkidle' });
  await page.locator('#few-blocks h1').waitFor();
  assert.equal(await page.locator(`#few-blocks ${BLOCKS}`).count(), 2);
  const diagnostics = await page.evaluate(() => document.querySelector('#few-blocks').diagnostics);
  assert.ok(diagnostics.some((d) => d.path === 'body' && d.message.includes('(maxBlocks)')), JSON.stringify(diagnostics));

  const reason = await page.evaluate(async () => {
    const { mount } = await import('../embed.js');
    const viewer = mount(document.body, { headline: 'x'.repeat(200), body: [] }, { limits: { maxDocumentBytes: 100 } });
    return viewer.element.shadowRoot.querySelector('.av-error-reason')?.textContent;
  });
  assert.match(reason, /over the size limit of 100 bytes \(maxDocumentBytes\)/);
});
