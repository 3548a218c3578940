// Lighthouse 12 (pinned in package.json; 13 needs Node 22) on the standalone app as a host serves
// it: brotli-compressed by bench/server.mjs, in Debian's Chromium with the tests' flags. Its
// accessibility, best-practices and SEO scores are deterministic enough to assert; performance
// varies with the machine and stays in the benchmark (scripts/bench).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ARGS } from '../../bench/chromium.mjs';
import { serve } from '../../bench/server.mjs';
import { DIST, REPO_ROOT } from './support.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

let server, chrome;
before(async () => {
  server = await serve({ '/': DIST, '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') });
  chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...ARGS] });
});
after(async () => {
  await chrome?.kill();
  await server?.close();
});

/** Lighthouse's scores for `path`, per category, and the audits that did not pass. */
async function audit(path) {
  const { lhr } = await lighthouse(server.url + path, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' });
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric')
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => audit.id);
  return { scores: CATEGORIES.map((id) => Math.round(lhr.categories[id].score * 100)), failing };
}

test('Lighthouse reports what a page lacks (a page without a description)', async () => {
  const { scores, failing } = await audit('e2e/host.html');
  assert.ok(scores[2] < 100, `SEO ${scores[2]}`);
  assert.ok(failing.includes('meta-description'), failing.join(' '));
});

test('the app scores 100 for accessibility, best practices and SEO, on both samples', async () => {
  const results = {};
  for (const sample of ['idlib.json', 'format-tour.json']) results[sample] = await audit(`?src=samples/${sample}`);
  const perfect = { scores: [100, 100, 100], failing: [] };
  assert.deepEqual(results, { 'idlib.json': perfect, 'format-tour.json': perfect });
});
