// Lighthouse 12 (pinned in package.json; 13 needs Node 22) on the standalone app as a host serves
// it: brotli-compressed by bench/server.mjs, in Debian's Chromium with the tests' flags. Its
// accessibility, best-practices and SEO scores are deterministic enough to assert; performance
// varies with the machine and stays in the benchmark (scripts/bench).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ARGS } from '../../bench/chromium.mjs';
import { serve } from '../../bench/server.mjs';
import { DIST } from './support.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

let server, chrome;
before(async () => {
  server = await serve({ '/': DIST });
  chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...ARGS] });
});
after(async () => {
  await chrome?.kill();
  await server?.close();
});

test('the app scores 100 for accessibility, best practices and SEO', async () => {
  const { lhr } = await lighthouse(`${server.url}?src=samples/idlib.json`, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' });
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric')
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}: ${audit.title}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
  assert.deepEqual({ scores, failing }, { scores: { accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] });
});
