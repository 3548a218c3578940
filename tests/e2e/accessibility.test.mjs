// Accessibility, checked by axe-core (WCAG 2.0–2.2 A and AA, and axe's best practices) in
// Chromium: every page a reader meets (both samples, a right-to-left article, every block type,
// the error view, the diagnostics, the embedding demo and a page of three viewers), each in light
// and dark, at 360 and 1280 px wide, shadow roots included. Zero violations everywhere.
//
// axe.min.js (pinned in package.json) is added to each page as a script tag. The pages are
// served as the CSP tests serve them, under the strict CSP (embed.test.mjs proves they render
// there with zero violations); this file's browser context bypasses the CSP, because the policy
// refuses an inline script, and axe's own DOM writes would meet Trusted Types, whose refusals
// would be axe's failures, not the viewer's. Nothing the CSP does changes what axe audits.
//
// A first test proves the harness sees a violation, inside a viewer's shadow root; every audit
// also proves it reached into the page (rules passed on nodes of each viewer's shadow root); and
// the number of page and mode combinations audited is asserted.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP } from './support.mjs';

const AXE = await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const MODES = ['light', 'dark'].flatMap((scheme) => [360, 1280].map((width) => ({ scheme, width })));

/** Each page, and how many viewers it shows (each in its own shadow root, or 0 for the app). */
const PAGES = [
  { name: 'the sample', path: '?src=samples/idlib.json', articles: 1 },
  { name: 'the format tour', path: '?src=samples/format-tour.json', articles: 1 },
  { name: 'a right-to-left article', path: '?src=fixtures/right-to-left.json', articles: 1 },
  { name: 'every block type', path: '?src=fixtures/every-block.json', articles: 1 },
  { name: 'the error view', path: '?src=no-such-article.json', errors: 1 },
  { name: 'the diagnostics', path: '?src=fixtures/with-problems.json&diagnostics=1', articles: 1, diagnostics: 1 },
  { name: 'the embedding demo', path: 'demo/', articles: 2, shadowRoots: 2, diagnostics: 1 },
  { name: 'three viewers', path: 'e2e/three.html', articles: 3, shadowRoots: 3 },
];

let server, browser;
before(async () => {
  server = await serve(
    undefined,
    { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages'), '/fixtures/': join(REPO_ROOT, 'tests/fixtures') },
    { 'content-security-policy': STRICT_CSP },
  );
  browser = await launch({ bypassCSP: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until every viewer on it shows its article (or its error). */
async function open({ path, articles = 0, errors = 0, diagnostics = 0 }) {
  const { page } = await openPage(browser);
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  // Locators pierce open shadow roots.
  await page.locator('article h1').nth(articles - 1).or(page.locator('.av-error').nth(Math.max(errors - 1, 0))).first().waitFor();
  assert.equal(await page.locator('article h1').count(), articles);
  assert.equal(await page.locator('.av-error').count(), errors);
  assert.equal(await page.locator('.av-diagnostics').count(), diagnostics);
  return page;
}

/** Sets the colour scheme and width, and waits for the page to be laid out again. */
async function setMode(page, { scheme, width }) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Runs axe on the whole page. Resolves to { violations, shadowPasses }: each violation as
 * `rule: target (summary)`, and how many nodes that passed a rule lie in a shadow root (axe's
 * target for one is a list of selectors, the host's first).
 */
async function audit(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  const violations = results.violations.flatMap((rule) =>
    rule.nodes.map((node) => `${rule.id}: ${JSON.stringify(node.target)} (${node.failureSummary.replace(/\s+/g, ' ')})`),
  );
  const shadowPasses = results.passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0])).length;
  return { violations, shadowPasses, rulesPassed: results.passes.length };
}

test("the harness reports a violation inside a viewer's shadow root", async () => {
  const page = await open(PAGES.find((p) => p.path === 'demo/'));
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    image.className = 'av-control';
    document.querySelector('#by-src').shadowRoot.querySelector('.av-body').append(image);
  });
  const { violations } = await audit(page);
  assert.deepEqual(
    violations.filter((v) => v.includes('av-control')).map((v) => v.split(' (')[0]),
    ['image-alt: [["#by-src",".av-control"]]'],
  );
  await page.close();
});

test('every page, in light and dark, at 360 and 1280 px: zero axe violations', async () => {
  const findings = [];
  let audited = 0;
  for (const spec of PAGES) {
    const page = await open(spec);
    for (const mode of MODES) {
      await setMode(page, mode);
      const { violations, shadowPasses, rulesPassed } = await audit(page);
      audited++;
      const where = `${spec.name}, ${mode.scheme}, ${mode.width} px`;
      assert.ok(rulesPassed >= 20, `${where}: axe passed only ${rulesPassed} rules`);
      // Each viewer's shadow root was audited: nodes in it passed rules.
      if (spec.shadowRoots) assert.ok(shadowPasses >= 20 * spec.shadowRoots, `${where}: ${shadowPasses} nodes in shadow roots`);
      findings.push(...violations.map((v) => `${where}: ${v}`));
    }
    await page.close();
  }
  assert.equal(audited, PAGES.length * MODES.length);
  assert.equal(audited, 32);
  assert.deepEqual(findings, []);
});
