// The lead image is asked for as soon as the article has arrived, before the article is built, so
// that on a phone it is painted with the headline rather than a round trip after it; and the
// element then takes that request over instead of asking again. The CPU is slowed down six times,
// as on a phone, so that building the article takes long enough to tell "before" from "after".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, openPage, servedAndLaunched } from './support.mjs';

const setup = servedAndLaunched();

/**
 * Opens the app on `article` (served beside the samples, so their media resolve) and returns, in ms since navigation, when
 * the headline entered the document and when each image whose address holds `part` was requested.
 */
async function requestsAndBuild(article, part) {
  const { page, problems } = await openPage(setup.browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.route('**/samples/lead-test.json', (route) => route.fulfill({ json: article }));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.av-headline')) {
        window.builtAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${setup.server.url}?src=samples/lead-test.json`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.builtAt !== undefined);
  const timings = await page.evaluate(
    (part) => ({
      builtAt: window.builtAt,
      requestedAt: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(part))
        .map((entry) => entry.startTime),
    }),
    part,
  );
  await page.close();
  assert.deepEqual(problems, []);
  return timings;
}

const tour = async () => JSON.parse(await readFile(join(DIST, 'samples/format-tour.json'), 'utf8'));

test('the lead image is requested before the article is built, once', async () => {
  const { builtAt, requestedAt } = await requestsAndBuild(await tour(), 'tour-lead-');
  // One request: the element took over the early one, its srcset candidate the same.
  assert.equal(requestedAt.length, 1, JSON.stringify(requestedAt));
  assert.ok(requestedAt[0] < builtAt - 15, `requested at ${requestedAt[0]} ms, headline in at ${builtAt} ms`);
});

test('an image the render asks for is requested with the headline (the measure sees a late request)', async () => {
  // A lead video's poster is requested by the video element as it is built, as the lead image was.
  const article = await tour();
  const video = article.body.find((block) => block.type === 'video');
  article.lead = video;
  const { builtAt, requestedAt } = await requestsAndBuild(article, 'video-poster');
  assert.equal(requestedAt.length, 1, JSON.stringify(requestedAt));
  assert.ok(requestedAt[0] > builtAt - 15, `requested at ${requestedAt[0]} ms, headline in at ${builtAt} ms`);
});
