// Blocks far from the screen are neither laid out nor painted until the reader nears them
// (content-visibility: auto in style/viewer.css), and that changes nothing a reader sees: the
// article is laid out to the pixel as it is with every block rendered, and a focus ring at a
// block's edge is not clipped by the block's containment. And an element put before the
// blocks (a long article's contents, once it is whole) restyles no block's contents. The body's
// opening blocks are not skipped: they are laid out with the headline, once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCKS, openPage, servedAndLaunched } from './support.mjs';

const setup = servedAndLaunched({ launchOptions: { viewport: { width: 1000, height: 700 } } });

/** Every block rendered, as without skipping, for the comparisons. */
const RENDER_ALL = '.av-viewer .av-body > * { content-visibility: visible !important }';
/** A text block's last margin on its last element, not on the block. */
const LAST_MARGIN_INSIDE = '.av-viewer .av-text { margin-block-end: 0 } .av-viewer .av-text > :last-child { margin-block-end: var(--_space) }';

async function open(src, viewport) {
  const { page, problems } = await openPage(setup.browser);
  await page.setViewportSize(viewport);
  await page.goto(`${setup.server.url}?src=${src}`);
  await page.locator('.av-footer').waitFor({ timeout: 10_000 });
  return { page, problems };
}

/**
 * Resolves after two frames: whether a block is near the screen is decided as a frame is
 * rendered, and a block that changed is laid out anew in the frame after.
 */
const framesLater = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** For each block: whether its first element, the block's contents, is rendered. */
const rendered = (page) =>
  page.evaluate((selector) =>
    [...document.querySelectorAll(selector)]
      .filter((block) => block.firstElementChild)
      .map((block) => ({
        below: block.getBoundingClientRect().top / innerHeight,
        shown: block.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
      })),
  BLOCKS);

test('a block far below the screen is skipped until the reader scrolls near it', async () => {
  const { page, problems } = await open('samples/format-tour.json', { width: 1000, height: 700 });
  await page.locator(BLOCKS).first().evaluate((block) => block.scrollIntoView({ behavior: 'instant' }));
  await framesLater(page);
  const blocks = await rendered(page);
  const near = blocks.filter((block) => block.below >= 0 && block.below < 1);
  const far = blocks.filter((block) => block.below > 3);
  // The blocks on screen are rendered: the check sees a rendered block as one.
  assert.ok(near.length >= 1 && near.every((block) => block.shown), JSON.stringify(near));
  assert.ok(far.length >= 20, `${far.length} blocks far below`);
  assert.deepEqual(far.filter((block) => block.shown), []);

  const last = page.locator(BLOCKS).last();
  await last.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].at(-1).firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
    BLOCKS,
  );
  assert.deepEqual(problems, []);
  await page.close();
});

// Chromium lays out a block under content-visibility: auto as if it were off screen, then, once
// that layout finds it on screen, styles and lays it out again: the first screen would be laid
// out twice. The body's opening blocks are left out of the skipping, so it is laid out once.
test('the opening blocks are laid out with the headline, the blocks after them skipped', async () => {
  const { page, problems } = await openPage(setup.browser);
  await page.setViewportSize({ width: 1000, height: 700 });
  // As soon as the blocks are in the document, before any frame is rendered: for each block,
  // whether its contents is laid out (undefined for a block with no element inside, a divider).
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      const blocks = [...document.querySelectorAll(selector)];
      if (blocks.length === 0) return;
      observer.disconnect();
      window.firstLayout = blocks.map((block) => block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }));
    }).observe(document, { childList: true, subtree: true });
  }, BLOCKS);
  await page.goto(`${setup.server.url}?src=samples/format-tour.json`);
  await page.locator('.av-footer').waitFor({ timeout: 10_000 });
  const firstLayout = await page.evaluate(() => window.firstLayout);
  assert.equal(firstLayout.length, await page.locator(BLOCKS).count());
  const opening = firstLayout.slice(0, 8).filter((shown) => shown !== undefined);
  assert.ok(opening.length >= 4 && opening.every((shown) => shown), JSON.stringify(firstLayout));
  // The check sees a skipped block: every block after the opening ones is skipped until a frame
  // finds it near the screen (at least 20 with contents to tell by).
  const after = firstLayout.slice(8).filter((shown) => shown !== undefined);
  assert.ok(after.length >= 20 && after.every((shown) => shown === false), JSON.stringify(firstLayout));
  assert.deepEqual(problems, []);
  await page.close();
});

/** Where every element of the article is, and how large, with the page scrolled to the top. */
const layout = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.av-article *')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.tagName}.${element.className} ${x},${y} ${width}×${height}`;
    }),
  );

for (const [src, width] of [['samples/format-tour.json', 1000], ['samples/format-tour.json', 390], ['samples/idlib.json', 390]]) {
  test(`${src} at ${width} px is laid out as with every block rendered`, async () => {
    // A window taller than the article: every block is near it, so every block is rendered.
    const { page, problems } = await open(src, { width, height: 30_000 });
    const settled = async () => (await framesLater(page), layout(page));
    const skipping = await settled();
    const style = await page.addStyleTag({ content: RENDER_ALL });
    const whole = await settled();
    assert.ok(whole.length > 50, `${whole.length} elements`);
    assert.deepEqual(skipping, whole);
    // The comparison sees what containment would change: with the text's last margin left on
    // its last element, as the stylesheet had it, the layouts with and without skipping differ.
    await page.addStyleTag({ content: LAST_MARGIN_INSIDE });
    const uncontained = await settled();
    await style.evaluate((element) => element.remove());
    assert.notDeepEqual(await settled(), uncontained);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("a focus ring at a block's edge is drawn whole", async () => {
  const { page, problems } = await open('samples/idlib.json', { width: 800, height: 700 });
  // A link at the very start of a text block: its ring passes the block's edge. The block comes
  // after the opening ones, which are never skipped and so not contained.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: '#edge', textContent: 'A link at the edge' });
    const paragraph = document.createElement('p');
    paragraph.append(link);
    document.querySelector('.av-body .av-text:not([data-opening])').prepend(paragraph);
  });
  const link = page.locator('a[href="#edge"]');
  // A key pressed first: the rings of focus() are then drawn, as for focus from the keyboard.
  await page.keyboard.press('Tab');
  // The strip just left of the block, where nothing but the ring is drawn.
  const strip = await link.evaluate((link) => {
    scrollTo({ top: link.getBoundingClientRect().top + scrollY - 40, behavior: 'instant' });
    const block = link.closest('.av-text').getBoundingClientRect();
    const { y, height } = link.getBoundingClientRect();
    return { x: block.x - 6, y: y - 6, width: 6, height: height + 12 };
  });
  const shot = async (focused) => {
    await link.evaluate((link, focused) => (focused ? link.focus({ preventScroll: true }) : link.blur()), focused);
    assert.equal(await link.evaluate((link) => link.matches(':focus-visible')), focused);
    await framesLater(page);
    return page.screenshot({ clip: strip });
  };
  const empty = await shot(false);
  assert.ok(!empty.equals(await shot(true)), 'no ring beyond the block');
  // The check sees a clipped ring: without the clip margin, containment cuts it.
  await page.addStyleTag({ content: '.av-viewer .av-body > * { overflow-clip-margin: 0px !important }' });
  assert.ok(empty.equals(await shot(true)), 'a ring beyond the block without the clip margin');
  assert.deepEqual(problems, []);
  await page.close();
});

/**
 * How many elements Chromium restyles after an element is put before the body's first block:
 * one restyle, read from a trace of it.
 */
async function restyledByPrepending(page) {
  await page.evaluate(() => document.body.offsetHeight);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.evaluate(() => {
    document.querySelector('.av-body').prepend(document.createElement('div'));
    document.body.offsetHeight;
  });
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const restyles = events.filter((event) => event.name === 'UpdateLayoutTree');
  assert.ok(restyles.length >= 1, 'the trace holds the restyle');
  return restyles.reduce((sum, event) => sum + (event.args.elementCount ?? 0), 0);
}

// A long article's contents go in before its first block once all of it is resolved; a style
// rule that made Chromium restyle every block's contents then took a second at 10,000 blocks.
test("an element put before the body's blocks restyles no block's contents", async () => {
  const { page, problems } = await open('samples/format-tour.json', { width: 1000, height: 700 });
  const blocks = await page.locator(BLOCKS).count();
  const restyled = await restyledByPrepending(page);
  assert.ok(restyled <= blocks + 5, `${restyled} elements restyled; ${blocks} blocks`);
  // The count sees such a rule: a universal sibling selector, as the header's dots had.
  await page.addStyleTag({ content: '.av-viewer :where(.av-when > * + *)::before { content: "·" }' });
  const withRule = await restyledByPrepending(page);
  assert.ok(withRule > blocks + 50, `${withRule} elements restyled with the rule; ${blocks} blocks`);
  assert.deepEqual(problems, []);
  await page.close();
});
