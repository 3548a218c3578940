// How the reader's medium and preferences change the page, read from computed styles in
// Chromium: printed, the article alone, black on white, with each web link's address after its
// words and pictures kept whole; asked for less motion, no smooth scrolling, transition or
// animation, in the app and in an embedded viewer. Each check is first made the other way (on
// screen, with motion allowed), where it must see the opposite.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPage, REPO_ROOT, servedAndLaunched } from './support.mjs';

const setup = servedAndLaunched({ mounts: { '/fixtures/': join(REPO_ROOT, 'tests/fixtures') } });

async function open(path, ready = 'article h1') {
  const { page, problems } = await openPage(setup.browser);
  await page.goto(setup.server.url + path, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  return { page, problems };
}

/** In the page: what print changes, as computed for the medium emulated now. */
function printed() {
  const style = (element, pseudo) => getComputedStyle(element, pseudo);
  const all = (selector) => [...document.querySelectorAll(selector)];
  const article = document.querySelector('article');
  const pictureLinks = all('article a:has(> img:only-child)');
  const webLinks = all('article a[href^="http"]').filter((link) => !pictureLinks.includes(link));
  return {
    hidden: ['.app-bar', '.av-related', '.av-video', '.av-diagnostics', '.av-retry']
      .filter((selector) => document.querySelector(selector))
      .map((selector) => [selector, style(document.querySelector(selector)).display]),
    webLinks: webLinks.length,
    // Links whose ::after is not their address in brackets.
    withoutAddress: webLinks
      .filter((link) => style(link, '::after').content !== `" (${link.getAttribute('href')})"`)
      .map((link) => link.getAttribute('href')),
    cardAddressPlaced: all('.av-story-link').map((link) => style(link, '::after').position),
    fragmentAfter: [...new Set(all('article a[href^="#"]').map((link) => style(link, '::after').content))],
    pictureLinkAfter: [...new Set(pictureLinks.map((link) => style(link, '::after').content))],
    whole: [...new Set(all('article :is(figure, img, .av-aside, .av-pullquote, .av-quote, pre)').map((element) => style(element).breakInside))],
    text: style(article).color,
    size: style(article).fontSize,
    background: style(document.documentElement).backgroundColor,
  };
}

test('printed, the app is the article alone: no bar or controls, black on white, web addresses after links, pictures whole', async () => {
  const { page, problems } = await open('?src=samples/format-tour.json&diagnostics=1');
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const screen = await page.evaluate(printed);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const paper = await page.evaluate(printed);

  // On screen, everything shows, and no address follows a link.
  assert.ok(screen.hidden.every(([, display]) => display !== 'none'), JSON.stringify(screen.hidden));
  assert.equal(screen.withoutAddress.length, screen.webLinks);
  assert.deepEqual([...new Set(screen.cardAddressPlaced)], ['absolute']);
  assert.notEqual(screen.text, 'rgb(0, 0, 0)');

  assert.deepEqual(paper.hidden, [
    ['.app-bar', 'none'],
    ['.av-related', 'none'],
    ['.av-video', 'none'],
  ]);
  assert.ok(paper.webLinks >= 10, `${paper.webLinks} links to the web`);
  assert.deepEqual(paper.withoutAddress, []);
  assert.deepEqual([...new Set(paper.cardAddressPlaced)], ['static'], "a story card's link no longer covers the card");
  assert.deepEqual(paper.fragmentAfter, ['none'], 'links within the article print no address');
  assert.deepEqual(paper.pictureLinkAfter, ['none'], "a picture's link prints no address");
  assert.deepEqual(paper.whole, ['avoid']);
  assert.equal(paper.text, 'rgb(0, 0, 0)', 'black, even when the screen is dark');
  assert.equal(paper.size, '15.3333px', '11.5 pt');
  assert.equal(paper.background, 'rgba(0, 0, 0, 0)');
  assert.deepEqual(problems, []);
});

test('printed, the diagnostics and the error view\'s "Try again" are left out', async () => {
  const { page } = await open('?src=fixtures/with-problems.json&diagnostics=1');
  const display = (selector) => page.locator(selector).evaluate((element) => getComputedStyle(element).display);
  assert.notEqual(await display('.av-diagnostics'), 'none');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await display('.av-diagnostics'), 'none');

  const failed = await open('?src=no-such-article.json', '.av-error');
  const retry = () => failed.page.locator('.av-retry').evaluate((element) => getComputedStyle(element).display);
  assert.notEqual(await retry(), 'none');
  await failed.page.emulateMedia({ media: 'print' });
  assert.equal(await retry(), 'none');
  assert.equal(await failed.page.locator('.av-error-reason').evaluate((element) => getComputedStyle(element).display), 'block');
});

/** In the page: what moves, as computed for the preference emulated now. */
function motion() {
  const viewer = document.querySelector('article-viewer')?.shadowRoot ?? document;
  const loading = viewer.querySelector('.av-loading');
  return {
    scrolling: getComputedStyle(document.documentElement).scrollBehavior,
    transition: getComputedStyle(viewer.querySelector('h1')).transitionDuration,
    loading: loading && getComputedStyle(loading).animationName,
  };
}

test('less motion, asked for: no smooth scrolling, transition or animation, in the app and embedded', async () => {
  // A theme's transition, in the app's page and through an embedded viewer's part.
  const theme = 'h1, article-viewer::part(headline) { transition: color 0.4s }';
  const { page } = await open('?src=samples/idlib.json');
  await page.addStyleTag({ content: theme });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.deepEqual(await page.evaluate(motion), { scrolling: 'smooth', transition: '0.4s', loading: null });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.deepEqual(await page.evaluate(motion), { scrolling: 'auto', transition: '0s', loading: null });

  const embedded = await open('demo/', 'article-viewer h1');
  await embedded.page.addStyleTag({ content: theme });
  await embedded.page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal((await embedded.page.evaluate(motion)).transition, '0.4s');
  await embedded.page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal((await embedded.page.evaluate(motion)).transition, '0s');

  // The loading indicator fades in and breathes, unless asked not to.
  const loading = (await openPage(setup.browser)).page;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await loading.route('**/slow.json', async (route) => {
    await held;
    await route.fulfill({ contentType: 'application/json', body: '{"headline": "At last", "body": [{"type": "text", "text": "Here."}]}' });
  });
  await loading.goto(`${setup.server.url}?src=slow.json`);
  await loading.locator('.av-loading').waitFor();
  const spinner = () => loading.locator('.av-loading').evaluate((element) => getComputedStyle(element).animationName);
  await loading.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await spinner(), 'av-appear');
  await loading.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await spinner(), 'none');
  release();
  await loading.locator('article h1', { hasText: 'At last' }).waitFor();
});
