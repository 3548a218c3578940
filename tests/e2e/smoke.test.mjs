// The release build opens its built-in sample cleanly in a real browser.
// Run with `node --test tests/e2e/` after `trunk build --release` (scripts/test does both).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './support.mjs';

const HEADLINE = 'Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the sample article renders with its headline and without errors', async () => {
  const { page, problems } = await openPage(browser);
  // networkidle: the module, and anything the app fetches, has loaded before we judge.
  await page.goto(server.url, { waitUntil: 'networkidle' });
  const headline = await page
    .locator('article h1')
    .first()
    .textContent({ timeout: 15_000 })
    .catch(() => null);

  // Errors first: when the app breaks, they say why the headline is missing.
  assert.deepEqual(problems, []);
  assert.equal(headline?.trim(), HEADLINE, 'the sample headline in an <h1> inside <article>');
});
