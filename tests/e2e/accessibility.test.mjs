// Accessibility, checked by axe-core (WCAG 2.0–2.2 A and AA, and axe's best practices) in
// Chromium: every page a reader meets (both samples, a right-to-left article, every block type,
// two of each box that is a landmark (pull quotes, links to stories in the body, asides), the
// error view, the diagnostics, the embedding demo and a page of three viewers), each in light and
// dark, at 360 and 1280 px wide, shadow roots included. Zero violations everywhere.
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
//
// Keyboard: on the pages with controls, Tab reaches every control, once each, in the order of
// the document (which on the app's one column is also top to bottom), each with a focus ring of
// 3:1 against what is behind it; in light, in dark and in forced colours (Windows High
// Contrast), where the media fallback keeps its frame too, and an error's badge a heavier frame
// than a warning's. Several viewers on a page keep their landmarks' names apart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, REPO_ROOT, serve, STRICT_CSP, servedAndLaunched } from './support.mjs';

const AXE = await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const MODES = ['light', 'dark'].flatMap((scheme) => [360, 1280].map((width) => ({ scheme, width })));

/** Each page, and how many viewers it shows (each in its own shadow root, or 0 for the app). */
const PAGES = [
  { name: 'the sample', path: '?src=samples/idlib.json', articles: 1 },
  { name: 'the format tour', path: '?src=samples/format-tour.json', articles: 1 },
  { name: 'a right-to-left article', path: '?src=fixtures/right-to-left.json', articles: 1 },
  { name: 'every block type', path: '?src=fixtures/every-block.json', articles: 1 },
  // Landmarks of one kind, several in one article, must each have a name of their own.
  { name: 'two of every box', path: '?src=fixtures/repeated-boxes.json', articles: 1 },
  { name: 'the error view', path: '?src=no-such-article.json', errors: 1 },
  { name: 'the diagnostics', path: '?src=fixtures/with-problems.json&diagnostics=1', articles: 1, diagnostics: 1 },
  { name: 'the embedding demo', path: 'demo/', articles: 2, shadowRoots: 2, diagnostics: 1 },
  { name: 'three viewers', path: 'e2e/three.html', articles: 3, shadowRoots: 3 },
];

const setup = servedAndLaunched({
  mounts: { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages'), '/fixtures/': join(REPO_ROOT, 'tests/fixtures') },
  headers: { 'content-security-policy': STRICT_CSP },
  launchOptions: { bypassCSP: true },
});

/** Opens a page and waits until every viewer on it shows its article (or its error). */
async function open({ path, articles = 0, errors = 0, diagnostics = 0 }) {
  const { page } = await openPage(setup.browser);
  await page.goto(setup.server.url + path, { waitUntil: 'networkidle' });
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
  // A change of size can move the section being read, whose link in the contents changes colour
  // over a short transition: axe must see the colours it ends with, not one half-way.
  await page.waitForFunction(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((element) => element.shadowRoot ?? [])];
    return roots.every((root) => root.getAnimations().every((animation) => animation.playState !== 'running'));
  });
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
  assert.equal(audited, 36);
  assert.deepEqual(findings, []);
});

test('several viewers on a page keep their landmarks apart: each named by its own words and its headline', async () => {
  const page = await open(PAGES.find((p) => p.path === 'e2e/three.html'));
  const headlines = ['Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution', 'A tour of format 1', 'The third viewer'];
  const named = async (role, name) => page.getByRole(role, { name, exact: true }).count();
  const found = [];
  for (const headline of headlines) found.push(await named('navigation', `Related stories ${headline}`));
  found.push(await named('navigation', `Topics ${headlines[1]}`));
  // Asides without a title: named by the viewer, numbered, and by the headline.
  found.push(await named('complementary', `Box 1 ${headlines[2]}`));
  found.push(await named('complementary', `Box 2 ${headlines[2]}`));
  assert.deepEqual(found, [1, 1, 1, 1, 1, 1]);
  // Footnotes are a named group, not a landmark: an article may hold several.
  assert.equal(await page.getByRole('group', { name: 'Notes', exact: true }).count(), 2);
  await page.close();
});

test('two pull quotes, two links to stories, two titled and two untitled asides in one article: each region has a name of its own', async () => {
  const page = await open(PAGES.find((p) => p.name === 'two of every box'));
  // Chromium's own accessibility tree: the complementary regions and their names.
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  const names = nodes.filter((node) => !node.ignored && node.role?.value === 'complementary').map((node) => node.name?.value);
  assert.deepEqual(names, [
    'Pull quote: The first words lifted out',
    'Pull quote: The second words lifted out',
    'Related: The first story in the body',
    'Related: The second story in the body',
    'Key facts',
    'How we reported this',
    // Asides without a title: numbered, with the headline.
    'Box 1 Two of every box',
    'Box 2 Two of every box',
  ]);
  await page.close();
});

// ---- Keyboard, and forced colours ------------------------------------------------------------

/** In the page: every control Tab should reach, in tree order, into shadow roots. */
function controls() {
  const found = [];
  const consider = (element) => {
    const control = element.matches('a[href], button, input, select, textarea, summary, video[controls], [tabindex]');
    if (control && element.tabIndex >= 0 && !element.disabled && element.checkVisibility()) found.push(element);
    // The page's own elements in a viewer's slots come where the slot is, as Tab takes them.
    if (element.localName === 'slot') element.assignedElements().forEach(consider);
    visit(element.shadowRoot ?? element);
  };
  const visit = (root) => {
    for (const element of root.children) consider(element);
  };
  visit(document.body);
  return found;
}

/**
 * In the page: colours as a reader sees them. `behind(element)` is the colour behind it: its
 * and its ancestors' backgrounds (crossing out of shadow roots) down to the first opaque one,
 * or the white canvas, laid over each other; `contrast(color, background)` lays a CSS colour
 * over that background and gives the WCAG ratio.
 */
function colours() {
  const rgba = (color) => {
    const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const behind = (from) => {
    const layers = [];
    for (let node = from; node; node = node.parentElement ?? node.getRootNode().host) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color.a > 0) layers.push(color);
      if (color.a === 1) break;
    }
    return layers.reduceRight((bottom, top) => over(top, bottom), { r: 255, g: 255, b: 255, a: 1 });
  };
  const luminance = ({ r, g, b }) => {
    const channel = (value) => ((value /= 255) <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (color, background) => {
    const [light, dark] = [luminance(over(rgba(color), background)), luminance(background)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  };
  return { behind, contrast };
}

/**
 * In the page: the focused control (through shadow roots), its place among `window.__controls`,
 * where it is, and its focus ring (on the element, or on a story card link's ::after), drawn
 * around it over its parent's background.
 */
function focusState() {
  const { behind, contrast } = window.__colours;
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body) return { index: -1 };
  const style = getComputedStyle(element, element.matches('.av-story-link') ? '::after' : null);
  const rect = element.getBoundingClientRect();
  return {
    index: window.__controls.indexOf(element),
    what: `<${element.localName}> ${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}`,
    contents: element.closest('.av-toc') !== null,
    top: rect.top + scrollY,
    shown: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
    ring: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    ringContrast: contrast(style.outlineColor, behind(element.parentElement ?? element.getRootNode().host)),
    textContrast: contrast(getComputedStyle(element).color, behind(element)),
  };
}

/** In the page: each media fallback's frame and words, against what is behind them. */
function fallbacks() {
  const { behind, contrast } = window.__colours;
  return [...document.querySelectorAll('.av-media-fallback')].map((element) => {
    const style = getComputedStyle(element);
    return {
      frame: style.borderTopStyle === 'none' ? 0 : contrast(style.borderTopColor, behind(element)),
      words: element.textContent ? contrast(style.color, behind(element)) : 0,
    };
  });
}

/** Tabs through the page; returns the controls reached, in order, with what each showed. */
async function tabThrough(page) {
  const expected = await page.evaluate(`(${controls})().length`);
  await page.evaluate(`window.__colours = (${colours})(); window.__controls = (${controls})();
    document.activeElement?.blur(); scrollTo({ top: 0, behavior: 'instant' });`);
  // After each Tab: until the page stops scrolling to the control (smoothly, unless the reader
  // asks for less motion), then what the control shows.
  const settled = `(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let still = 0, last = scrollY, frames = 0; still < 3 && frames < 120; frames++) {
      await frame();
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
    return (${focusState})();
  })()`;
  const reached = [];
  // A video's own buttons take a Tab each, inside the same element: a little slack.
  for (let press = 0; press < expected + 8; press++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(settled);
    if (state.index === -1 && reached.length === expected) break;
    if (reached.at(-1)?.index !== state.index) reached.push(state);
  }
  return { expected, reached };
}

const KEYBOARD_PAGES = PAGES.filter((page) => ['the format tour', 'every block type', 'the error view', 'the embedding demo'].includes(page.name));
const KEYBOARD_MODES = [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { forcedColors: 'active' }];

/**
 * Walks `spec`'s page, open in `page`, by keyboard in `mode`. Resolves to { reached, problems }:
 * how many controls Tab reached, and what was wrong.
 */
async function keyboardProblems(page, spec, mode) {
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', ...mode });
  const { expected, reached } = await tabThrough(page);
  const where = `${spec.name}, ${Object.values(mode)[0]}`;
  const problems = [];
  const order = reached.map((state) => state.index).join(' ');
  if (order !== [...Array(expected).keys()].join(' ')) problems.push(`${where}: focus went to controls ${order} of ${expected}`);
  for (const [at, state] of reached.entries()) {
    const what = `${where}: ${state.what}`;
    if (!state.shown) problems.push(`${what}: not on screen when focused`);
    if (state.ring < 2) problems.push(`${what}: a focus ring of ${state.ring}px`);
    if (state.ringContrast < 3) problems.push(`${what}: a focus ring of contrast ${state.ringContrast.toFixed(2)}`);
    if (state.textContrast < 4.5) problems.push(`${what}: text of contrast ${state.textContrast.toFixed(2)}`);
    // The app is one column, but for the contents beside it on a wide screen: each control is
    // below the one before, or on its line, unless the one before is in the contents.
    const previous = reached[at - 1];
    if (spec.path.startsWith('?') && previous && !previous.contents && state.top < previous.top - 24) problems.push(`${what}: above the control before it`);
  }
  if (spec.name === 'every block type') {
    // The pictures that failed to load: their fallbacks keep a frame (3:1 in forced colours,
    // where it is the only sign of the picture's place) and their words (4.5:1).
    const frames = await page.evaluate(`(${fallbacks})()`);
    if (frames.length < 4) problems.push(`${where}: ${frames.length} media fallbacks`);
    for (const { frame, words } of frames) {
      if (frame === 0 || (mode.forcedColors && frame < 3) || words < 4.5) {
        problems.push(`${where}: a media fallback of frame ${frame.toFixed(2)}, words ${words.toFixed(2)}`);
      }
    }
  }
  return { reached: reached.length, problems };
}

test('the keyboard walk sees a control out of order and a focus ring taken away', async () => {
  const spec = PAGES.find((page) => page.name === 'the error view');
  const page = await open(spec);
  await page.addStyleTag({ content: '.av-viewer .av-retry:focus-visible { outline: none }' });
  await page.evaluate(() => document.querySelector('.av-retry').setAttribute('tabindex', '1'));
  const { problems } = await keyboardProblems(page, spec, { colorScheme: 'light' });
  await page.close();
  assert.deepEqual(problems, [
    'the error view, light: focus went to controls 4 0 1 2 3 of 5',
    'the error view, light: <button> Try again: a focus ring of 0px',
    'the error view, light: <button> Try again: a focus ring of contrast 1.00',
    'the error view, light: <a> article-viewer: above the control before it',
  ]);
});

test('Tab reaches every control in order, each with a visible focus ring: light, dark, forced colours', async () => {
  const problems = [];
  const reached = {};
  for (const spec of KEYBOARD_PAGES) {
    const page = await open(spec);
    for (const mode of KEYBOARD_MODES) {
      const walk = await keyboardProblems(page, spec, mode);
      reached[spec.name] = [...(reached[spec.name] ?? []), walk.reached];
      problems.push(...walk.problems);
    }
    await page.close();
  }
  // The app bar's 4 links, then the article's (the reader controls' button, the share button,
  // the contents' and their links, where there are three headings or more, each image's button
  // that opens it larger, the embeds' controls; in the demo, the page's own sign-up box in the
  // first story, its consent box and the second story's YouTube embed): every mode reaches the
  // same controls.
  assert.deepEqual(reached, {
    'the format tour': [67, 67, 67],
    'every block type': [20, 20, 20],
    'the error view': [5, 5, 5],
    'the embedding demo': [15, 15, 15],
  });
  assert.deepEqual(problems, []);
});

test("forced colours: an error's badge, which loses its fill, keeps a heavier frame than a warning's", async () => {
  // Version 0 is read as 1, with a warning; an image without a source is an error.
  const { page } = await openPage(setup.browser);
  const article = { version: 0, headline: 'Badges', body: [{ type: 'image', alt: 'No source' }] };
  await page.route('**/badges.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(article) }));
  await page.goto(`${setup.server.url}?src=badges.json&diagnostics=1`);
  await page.locator('.av-diagnostic-warning').waitFor();
  const frames = () =>
    page.evaluate(() =>
      ['error', 'warning'].map((severity) => getComputedStyle(document.querySelector(`.av-diagnostic-${severity} .av-severity`)).borderTopWidth),
    );
  assert.deepEqual(await frames(), ['1px', '1px'], 'filled and outlined on screen');
  await page.emulateMedia({ forcedColors: 'active' });
  assert.deepEqual(await frames(), ['2px', '1px']);
  await page.close();
});
