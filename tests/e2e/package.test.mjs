// The package (pkg/, made by scripts/package) works on its own: served as a folder beside a site's
// pages, from nothing but its own files, under the strict policy.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP, violationsAfterControl } from './support.mjs';

const PACKAGE = join(REPO_ROOT, 'pkg');
let server, browser;
before(async () => {
  server = await serve(
    join(REPO_ROOT, 'tests/e2e/site'),
    { '/article-viewer/': PACKAGE, '/site/': join(REPO_ROOT, 'tests/e2e/site'), '/stories/': join(REPO_ROOT, 'tests/fixtures') },
    { 'content-security-policy': STRICT_CSP },
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the package holds the module, its wasm, glue, types, styles and package.json', async () => {
  assert.deepEqual((await readdir(PACKAGE)).sort(), [
    'README.md',
    'article-viewer.js',
    'article-viewer_bg.wasm',
    'embed.d.ts',
    'embed.js',
    'package.json',
    'viewer.css',
  ]);
});

test('a site that copied the package renders by element and by API', async () => {
  const { page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  assert.equal(await page.locator('#by-src h1').textContent(), 'Every block type, rendered');
  assert.equal(await page.locator('#inline h1').textContent(), 'Inline in a copied package');
  assert.equal(await page.locator('#by-api h1').textContent(), 'Mounted by the API');
  const result = await page.evaluate(() => window.apiResult);
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(result.validated.map((diagnostic) => diagnostic.path), ['body[0].text']);
  // Styled: the adopted stylesheet applies inside the shadow root.
  const background = await page.locator('#by-src .av-viewer').evaluate((viewer) => getComputedStyle(viewer).backgroundColor);
  assert.equal(background, 'rgb(252, 251, 248)');
  assert.deepEqual(await violationsAfterControl(page, problems), []);
  // every-block.json's pictures and video are not in the fixtures: those requests fail, and no other.
  const missing = new Set(
    ['img/g1.png', 'img/g2.png', 'img/g3.png', 'img/ornament.png', 'img/photo-480.png', 'img/photo-960.png', 'media/poster.png', 'media/clip.webm']
      .map((file) => `${server.url}stories/${file}`),
  );
  const knownMissing = (problem) => {
    const match =
      /^(?:HTTP 404: (\S+)|request failed: (\S+) \(|console error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \((\S+)\))$/.exec(problem) ??
      /^request failed: (\S+) \(.*\)$/.exec(problem);
    return match !== null && missing.has(match[1] ?? match[2] ?? match[3]);
  };
  assert.ok(problems.some(knownMissing), `the missing pictures were requested: ${problems.join('\n')}`);
  assert.deepEqual(problems.filter((problem) => !knownMissing(problem)), []);
});
