// At home in a newsroom's page: properties that reflect the attributes (also when set before
// the module defined the element), the page's own content in the article through slots, and
// the reading events. Served under the strict CSP, as embed.test.mjs does.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BLOCKS, openPage, REPO_ROOT, STRICT_CSP, violationsAfterControl, servedAndLaunched } from './support.mjs';

const IDLIB = 'Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution';
const TOUR = 'A tour of format 1';

const setup = servedAndLaunched({
  mounts: { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') },
  headers: { 'content-security-policy': STRICT_CSP },
  launchOptions: { viewport: { width: 1000, height: 700 } },
});

/**
 * Opens `path`, recording CSP violations and problems; resolves once `ready` is in the viewer.
 * `init` runs in the page before any of its scripts.
 */
async function open(path, ready = '#story h1', init = () => {}) {
  const { page, problems } = await openPage(setup.browser);
  await page.addInitScript(init);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  // Nothing leaves for the internet: a followed external link lands on a local page.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'elsewhere' }));
  await page.goto(setup.server.url + path);
  await page.locator(ready).first().waitFor({ timeout: 10_000 });
  return { page, problems, violations: () => violationsAfterControl(page, problems) };
}

const loads = (page, id) => page.evaluate((id) => window.viewerEvents.filter(([on, type]) => on === id && type === 'load').length, id);
const waitForLoads = (page, id, count) =>
  page.waitForFunction(([id, count]) => window.viewerEvents.filter(([on, type]) => on === id && type === 'load').length === count, [id, count]);

/** Where each slotted element of #story sits: its slot's name and the viewer element just before that slot. */
const placements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#story > [slot]')].map((child) => {
      const slot = child.assignedSlot;
      const previous = slot?.previousElementSibling;
      return {
        id: child.id,
        slot: slot?.name ?? null,
        parent: slot?.parentElement?.className ?? null,
        after: previous ? `${previous.tagName} ${previous.className}`.trim() : null,
        afterText: previous?.textContent.slice(0, 12) ?? null,
      };
    }),
  );

test("the page's content sits where its slot names say, styled by the page and not the viewer", async () => {
  const { page, problems, violations } = await open('e2e/newsroom.html');
  await waitForLoads(page, 'story', 1);
  const at = Object.fromEntries((await placements(page)).map((placement) => [placement.id, placement]));
  // A child with an unknown slot name shows nowhere: the check can see an element left out.
  assert.equal(at.nowhere.slot, null);
  assert.deepEqual(at.ad, { id: 'ad', slot: 'after-block-3', parent: 'av-body', after: 'DIV av-text', afterText: 'Paragraph 3.' });
  // Past the last of the 24 blocks: at the end of the body, not lost.
  assert.equal(at['past-the-end'].slot, 'after-block-999');
  assert.equal(at['past-the-end'].parent, 'av-body');
  assert.equal(at['past-the-end'].afterText, 'Paragraph 24');
  assert.deepEqual([at.signup.slot, at.signup.after], ['after-body', 'DIV av-body']);
  assert.equal(at['before-related'].parent, 'av-footer');
  assert.equal(await page.evaluate(() => document.querySelector('#before-related').assignedSlot.nextElementSibling.className), 'av-related');
  assert.deepEqual([at.end.slot, at.end.after], ['end', 'FOOTER av-footer']);
  // On screen in that order, top to bottom.
  const tops = await page.evaluate(() =>
    ['#ad', '#past-the-end', '#signup', '#before-related', '#end'].map((selector) => document.querySelector(selector).getBoundingClientRect().top),
  );
  assert.deepEqual([...tops].sort((a, b) => a - b), tops);
  // In the text column: the advertisement's edges are the paragraphs'.
  const edges = (selector) => page.locator(selector).first().evaluate((element) => [element.getBoundingClientRect().left, element.getBoundingClientRect().right]);
  assert.deepEqual(await edges('#ad'), await edges('#story >> .av-body p'));
  // The page's stylesheet reaches its content; the viewer's rules do not (they zero a paragraph's
  // margins, where a slotted paragraph keeps the browser's 1em). Inherited properties, such as the font, flow in
  // from the article where the page sets none, as in any shadow root.
  const style = (selector, property) => page.locator(selector).first().evaluate((element, property) => getComputedStyle(element)[property], property);
  assert.equal(await style('#ad', 'borderTopColor'), 'rgb(255, 0, 0)');
  assert.match(await style('#ad', 'fontFamily'), /Comic Sans/);
  assert.equal(await style('#signup', 'backgroundColor'), 'rgb(0, 0, 255)');
  assert.equal(await style('#end', 'marginBlockEnd'), await style('#end', 'fontSize'));
  // The slots add nothing a screen reader would announce as part of the story.
  const slotLabels = await page.evaluate(() =>
    [...document.querySelector('#story').shadowRoot.querySelectorAll('slot')].map((slot) => [slot.getAttribute('role'), slot.getAttribute('aria-label')]),
  );
  assert.equal(slotLabels.length, 5);
  assert.ok(slotLabels.every(([role, label]) => role === null && label === null), JSON.stringify(slotLabels));
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test('slotted content stays in place for a new src, and a child added later gets its slot', async () => {
  const { page } = await open('e2e/newsroom.html');
  await waitForLoads(page, 'story', 1);
  await page.evaluate(() => {
    document.querySelector('#story').src = '../samples/format-tour.json';
  });
  await waitForLoads(page, 'story', 2);
  assert.equal(await page.locator('#story h1').textContent(), TOUR);
  const at = Object.fromEntries((await placements(page)).map((placement) => [placement.id, placement]));
  assert.equal(at.ad.slot, 'after-block-3');
  assert.equal(at.ad.parent, 'av-body');
  // The tour's third block is its second paragraph of text.
  const third = await page.evaluate((blocks) => document.querySelector('#story').shadowRoot.querySelectorAll(blocks)[2].outerHTML.slice(0, 40), BLOCKS);
  assert.equal(await page.evaluate(() => document.querySelector('#ad').assignedSlot.previousElementSibling.outerHTML.slice(0, 40)), third);
  // A child the page adds after the render, for a block that had no slot.
  await page.evaluate(() => {
    const late = document.createElement('p');
    late.id = 'late-ad';
    late.slot = 'after-block-5';
    late.textContent = 'A late advertisement';
    document.querySelector('#story').append(late);
  });
  await page.waitForFunction(() => document.querySelector('#late-ad').assignedSlot?.name === 'after-block-5');
  // …and one moved to another block.
  await page.evaluate(() => {
    document.querySelector('#late-ad').slot = 'after-block-1';
  });
  await page.waitForFunction(() => document.querySelector('#late-ad').assignedSlot?.name === 'after-block-1');
});

test('mount places the elements of its slots option', async () => {
  const { page, problems, violations } = await open('e2e/newsroom.html');
  const placed = await page.evaluate(async () => {
    const { mount } = await import('../embed.js');
    const target = document.createElement('div');
    document.body.append(target);
    const ad = document.createElement('aside');
    ad.textContent = 'Advertisement';
    const end = document.createElement('p');
    end.textContent = 'The end';
    const viewer = mount(target, '../samples/idlib.json', { slots: { 'after-block-2': ad, end } });
    await new Promise((resolve) => viewer.element.addEventListener('article-viewer:load', resolve, { once: true }));
    const before = (element) => element.assignedSlot?.previousElementSibling;
    return [ad, end].map((element) => [element.parentElement === viewer.element, element.assignedSlot?.name, before(element)?.className]);
  });
  assert.deepEqual(placed, [
    [true, 'after-block-2', 'av-text'],
    [true, 'end', 'av-footer'],
  ]);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test('every attribute has a property of its type, which sets the attribute and takes effect', async () => {
  const { page } = await open('e2e/newsroom.html');
  await waitForLoads(page, 'story', 1);
  const read = () =>
    page.evaluate(() => {
      const viewer = document.querySelector('#story');
      return {
        src: viewer.src,
        theme: viewer.theme,
        showDiagnostics: viewer.showDiagnostics,
        controls: viewer.controls,
        consent: viewer.consent,
        fetchTimeout: viewer.fetchTimeout,
        maxBlocks: viewer.maxBlocks,
        maxDocumentBytes: viewer.maxDocumentBytes,
        maxJsonDepth: viewer.maxJsonDepth,
        maxMarkdownNesting: viewer.maxMarkdownNesting,
      };
    });
  assert.deepEqual(await read(), {
    src: 'reading-article.json',
    theme: '',
    showDiagnostics: false,
    controls: false,
    consent: '',
    fetchTimeout: null,
    maxBlocks: null,
    maxDocumentBytes: null,
    maxJsonDepth: null,
    maxMarkdownNesting: null,
  });
  const attributes = await page.evaluate(() => {
    const viewer = document.querySelector('#story');
    viewer.theme = 'dark';
    viewer.showDiagnostics = true;
    viewer.controls = true;
    viewer.consent = 'youtube vimeo';
    viewer.fetchTimeout = 5000;
    viewer.maxDocumentBytes = 1 << 20;
    viewer.maxJsonDepth = 40;
    viewer.maxMarkdownNesting = 12;
    viewer.maxBlocks = 2;
    return Object.fromEntries([...viewer.attributes].map((attribute) => [attribute.name, attribute.value]));
  });
  assert.deepEqual(attributes, {
    id: 'story',
    src: 'reading-article.json',
    theme: 'dark',
    diagnostics: '',
    controls: '',
    consent: 'youtube vimeo',
    'fetch-timeout': '5000',
    'max-document-bytes': '1048576',
    'max-json-depth': '40',
    'max-markdown-nesting': '12',
    'max-blocks': '2',
  });
  assert.deepEqual(await read(), {
    src: 'reading-article.json',
    theme: 'dark',
    showDiagnostics: true,
    controls: true,
    consent: 'youtube vimeo',
    fetchTimeout: 5000,
    maxBlocks: 2,
    maxDocumentBytes: 1048576,
    maxJsonDepth: 40,
    maxMarkdownNesting: 12,
  });
  // The limit took effect: the article was read again, with two blocks of its 24 and a diagnostic.
  await page.waitForFunction(() => document.querySelector('#story').shadowRoot.querySelectorAll('.av-body > .av-text').length === 2);
  assert.equal(await page.locator('#story .av-viewer').getAttribute('data-theme'), 'dark');
  assert.match(await page.locator('#story .av-diagnostics').textContent(), /24 blocks/);
  assert.equal(await page.locator('#story .av-controls').count(), 1);
  // Back: null removes a number's attribute, false a boolean's; the src property loads.
  await page.evaluate(() => {
    const viewer = document.querySelector('#story');
    viewer.maxBlocks = null;
    viewer.showDiagnostics = false;
    viewer.src = '../samples/idlib.json';
  });
  await page.waitForFunction((headline) => document.querySelector('#story').shadowRoot.querySelector('h1')?.textContent === headline, IDLIB);
  assert.equal(await page.locator('#story .av-diagnostics').count(), 0);
  assert.deepEqual(
    await page.evaluate(() => ['max-blocks', 'diagnostics'].map((name) => document.querySelector('#story').hasAttribute(name))),
    [false, false],
  );
});

test('properties set before the module defined the element take effect when it upgrades', async () => {
  const { page, problems, violations } = await open('e2e/late.html', '#late h1');
  assert.equal(await page.evaluate(() => window.definedBefore), false);
  assert.equal(await page.locator('#late h1').textContent(), IDLIB);
  assert.equal(await page.locator('#late .av-viewer').getAttribute('data-theme'), 'dark');
  assert.deepEqual(
    await page.evaluate(() => {
      const viewer = document.querySelector('#late');
      return [viewer.getAttribute('src'), viewer.hasAttribute('diagnostics'), Object.hasOwn(viewer, 'src'), viewer.showDiagnostics];
    }),
    ['../samples/idlib.json', true, false, true],
  );
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

const reading = (page) => page.evaluate(() => window.readingEvents.map(([id, type, detail]) => [id, type, detail]));
const waitForReading = (page, count) => page.waitForFunction((count) => window.readingEvents.length >= count, count);

/** Scrolls the window so that the point `share` of the way down #story's body is at the viewport's bottom. */
const scrollBodyTo = (page, share) =>
  page.evaluate((share) => {
    const body = document.querySelector('#story').shadowRoot.querySelector('.av-body').getBoundingClientRect();
    window.scrollTo(0, window.scrollY + body.top + body.height * share - window.innerHeight + 20);
  }, share);

/**
 * Counts the work of the observers that watch reading marks: each one's callbacks, targets, and
 * whether it was disconnected, in `window.readingObservers`.
 */
function countReadingObservers() {
  window.readingObservers = [];
  const Native = window.IntersectionObserver;
  window.IntersectionObserver = class extends Native {
    constructor(callback, options) {
      const record = { calls: 0, targets: 0, disconnected: false };
      super((entries, observer) => {
        record.calls += 1;
        callback(entries, observer);
      }, options);
      this.record = record;
    }
    observe(target) {
      this.record.targets += 1;
      if (target.classList.contains('av-mark') && !window.readingObservers.includes(this.record)) window.readingObservers.push(this.record);
      super.observe(target);
    }
    disconnect() {
      this.record.disconnected = true;
      super.disconnect();
    }
  };
}

test('progress is reported at each quarter of the body once, then read with the seconds on screen', async () => {
  const { page, problems, violations } = await open('e2e/newsroom.html', '#story h1', countReadingObservers);
  await waitForLoads(page, 'story', 1);
  // The body is many screens long: the first quarter is not on screen yet.
  const fold = await page.evaluate(() => {
    const body = document.querySelector('#story').shadowRoot.querySelector('.av-body').getBoundingClientRect();
    return (window.innerHeight - body.top) / body.height;
  });
  assert.ok(fold < 0.25, `the first screen shows ${fold} of the body`);
  // Nothing listens to the page's scroll: the check reads the listeners the viewer does add
  // (visibilitychange on the document), so it would see a scroll listener too.
  const cdp = await page.context().newCDPSession(page);
  const listenerTypes = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.map((listener) => listener.type);
  };
  const onDocument = await listenerTypes('document');
  assert.ok(onDocument.includes('visibilitychange'), JSON.stringify(onDocument));
  const scrolling = ['scroll', 'wheel', 'touchmove', 'scrollend'];
  for (const target of ['window', 'document', "document.querySelector('#story')", "document.querySelector('#story').shadowRoot.querySelector('.av-viewer')"]) {
    const types = await listenerTypes(target);
    assert.deepEqual(types.filter((type) => scrolling.includes(type)), [], `${target}: ${types}`);
  }
  await scrollBodyTo(page, 0.55);
  await waitForReading(page, 2);
  const onScreenFrom = Date.now();
  assert.deepEqual(await reading(page), [
    ['story', 'progress', { percent: 25 }],
    ['story', 'progress', { percent: 50 }],
  ]);
  // Scrolling back up and down again reports nothing twice; a jump to the end reports what it passed.
  await scrollBodyTo(page, 0.1);
  await scrollBodyTo(page, 0.55);
  await page.waitForTimeout(1000); // on screen for a second, which `read` must count
  await scrollBodyTo(page, 1);
  await waitForReading(page, 5);
  const events = await reading(page);
  assert.deepEqual(events.slice(0, 4), [
    ['story', 'progress', { percent: 25 }],
    ['story', 'progress', { percent: 50 }],
    ['story', 'progress', { percent: 75 }],
    ['story', 'progress', { percent: 100 }],
  ]);
  const [id, type, { seconds }] = events[4];
  assert.deepEqual([id, type], ['story', 'read']);
  // On screen since the load: at least the second waited, at most the time since the load began.
  assert.ok(seconds >= 1 && seconds <= (Date.now() - onScreenFrom) / 1000 + 10, `read after ${seconds} s`);
  // All that watching cost: one observer on the article and its four marks, called once at
  // the start and once per crossing, and disconnected at the end, so that scrolling on calls
  // nothing (read again after a scroll up and down).
  const [watch, ...others] = await page.evaluate(() => window.readingObservers.map((record) => ({ ...record })));
  assert.deepEqual(others, []);
  assert.equal(watch.targets, 5);
  assert.ok(watch.disconnected, 'disconnected once read');
  assert.ok(watch.calls >= 2 && watch.calls <= 8, `${watch.calls} calls`);
  await scrollBodyTo(page, 0.1);
  await scrollBodyTo(page, 1);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => window.readingObservers[0].calls), watch.calls);
  // Rendered again in another theme, the same article reports nothing more; the next one does.
  await page.evaluate(() => {
    document.querySelector('#story').theme = 'dark';
  });
  await page.locator('#story .av-viewer[data-theme="dark"]').waitFor();
  await scrollBodyTo(page, 0.1);
  await scrollBodyTo(page, 1);
  await page.evaluate(() => {
    document.querySelector('#story').src = 'story-two.json';
  });
  await waitForLoads(page, 'story', 2);
  await page.waitForFunction(() => window.readingEvents.filter(([, type]) => type === 'read').length === 2);
  // The second story is short and on screen whole: all its reports come at once, and they are
  // the only ones after the first story's five.
  const all = await reading(page);
  assert.equal(all.length, 10, JSON.stringify(all));
  assert.deepEqual(
    all.slice(5).map(([, type, detail]) => detail.percent ?? type),
    [25, 50, 75, 100, 'read'],
  );
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test('a followed link is reported with its address and whether it leaves the site; links inside the article and stories opened in place are not', async () => {
  const { page, problems } = await open('e2e/newsroom.html');
  await waitForLoads(page, 'story', 1);
  // The page keeps itself in place: it cancels every click after the viewer has seen it.
  await page.evaluate(() => document.addEventListener('click', (event) => event.preventDefault()));
  const links = () => page.evaluate(() => window.readingEvents.filter(([, type]) => type === 'link').map(([, , detail]) => detail));
  const click = (name) => page.locator('#story').getByRole('link', { name, exact: true }).first().click();
  await click('the minutes');
  await page.waitForFunction(() => window.readingEvents.some(([, type]) => type === 'link'));
  assert.deepEqual(await links(), [{ url: 'https://example.org/minutes', external: true }]);
  // A footnote is a link inside the article; a middle click on a same-site link is followed elsewhere.
  await click('1');
  await page.locator('#story').getByRole('link', { name: 'our earlier story' }).click({ button: 'middle' });
  await page.waitForFunction(() => window.readingEvents.filter(([, type]) => type === 'link').length === 2);
  assert.deepEqual(await links(), [
    { url: 'https://example.org/minutes', external: true },
    { url: new URL('story-two.json', page.url()).href, external: false },
  ]);
  // A related story opens in place: navigate, not link.
  await page.evaluate(() => document.querySelector('#story').scrollIntoView({ block: 'end' }));
  await page.locator('#story').getByRole('link', { name: 'Opens in place' }).click();
  await page.waitForFunction(() => window.viewerEvents.some(([, type]) => type === 'navigate'));
  await waitForLoads(page, 'story', 2);
  assert.equal((await links()).length, 2);
  assert.deepEqual(problems, []);
});

test('mount reports reading by the same events, dispatched on its element', async () => {
  const { page, problems, violations } = await open('e2e/api.html', '#target');
  await page.waitForFunction(() => window.articleViewer);
  await page.evaluate(async () => {
    const target = document.querySelector('#target');
    window.mounted = window.articleViewer.mount(target, 'reading-article.json');
    window.fromElement = [];
    for (const type of ['progress', 'read']) {
      window.mounted.element.addEventListener(`article-viewer:${type}`, (event) => window.fromElement.push(event.detail.percent ?? type));
    }
    await new Promise((resolve) => window.mounted.element.addEventListener('article-viewer:load', resolve, { once: true }));
  });
  // Nothing is reported before the reader gets there; then every quarter and the end.
  assert.deepEqual(await page.evaluate(() => window.fromElement), []);
  await page.evaluate(() => window.mounted.element.shadowRoot.querySelector('.av-body').scrollIntoView({ block: 'end' }));
  await page.waitForFunction(() => window.fromElement.length === 5);
  assert.deepEqual(await page.evaluate(() => window.fromElement), [25, 50, 75, 100, 'read']);
  // They bubble to the page (record-events.js listens on the document).
  assert.deepEqual(
    (await reading(page)).map(([, type, detail]) => detail.percent ?? type),
    [25, 50, 75, 100, 'read'],
  );
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});
