// The reader's page: reader controls (text size, line spacing, theme), remembered by the app, off
// by default in the element; and the contents, with the section being read marked.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP, violationsAfterControl } from './support.mjs';

let server, strictServer, browser;
before(async () => {
  server = await serve();
  strictServer = await serve(undefined, { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') }, { 'content-security-policy': STRICT_CSP });
  browser = await launch({ viewport: { width: 390, height: 844 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await strictServer?.close();
});

async function open(url, { width = 390, height = 844, init } = {}) {
  const { page, problems } = await openPage(browser);
  await page.setViewportSize({ width, height });
  if (init) await page.addInitScript(init);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective}: ${event.sample}`));
  });
  await page.goto(url);
  await page.locator('.av-headline').first().waitFor({ timeout: 10_000 });
  return { page, problems };
}

const computed = (page, selector, property) =>
  page.locator(selector).first().evaluate((element, property) => parseFloat(getComputedStyle(element)[property]) || getComputedStyle(element)[property], property);

/** Sets the text size slider to `step`, as a reader dragging it does. */
const slide = (page, step) =>
  page.locator('.av-controls input[type=range]').evaluate((input, step) => {
    input.value = String(step);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, step);

test('the app offers text size, line spacing and theme, applied in place and remembered', async () => {
  const clearOnce = () => {
    if (!sessionStorage.getItem('cleared')) {
      localStorage.clear();
      sessionStorage.setItem('cleared', 'yes');
    }
  };
  const { page, problems } = await open(server.url, { init: clearOnce });
  const text = '.av-body .av-text p';
  const [size, leading] = [await computed(page, text, 'fontSize'), await computed(page, text, 'lineHeight')];
  // The button does not push the headline down: it is out of the flow, beside the headline.
  assert.equal(await computed(page, '.av-controls', 'position'), 'absolute');
  const [button, headline] = await Promise.all(['.av-controls summary', '.av-headline'].map((selector) => page.locator(selector).boundingBox()));
  assert.ok(button.x >= headline.x + headline.width || button.y + button.height <= headline.y, `${JSON.stringify(button)} over ${JSON.stringify(headline)}`);
  await page.locator('.av-controls summary').click();
  await slide(page, 5);
  await page.getByRole('radio', { name: 'Relaxed' }).check();
  await page.getByRole('radio', { name: 'Sepia' }).check();
  assert.equal((await computed(page, text, 'fontSize')).toFixed(2), (size * 1.36).toFixed(2));
  assert.ok((await computed(page, text, 'lineHeight')) / (await computed(page, text, 'fontSize')) > (leading / size) * 1.15);
  assert.equal(await computed(page, '.av-viewer', 'backgroundColor'), 'rgb(246, 238, 220)');
  assert.equal(await page.locator('.av-viewer').getAttribute('data-theme'), 'sepia');
  // The same article, not a new render: the reader keeps their place.
  assert.equal(await page.evaluate(() => localStorage.getItem('article-viewer:reading')), '5 2 sepia');
  await page.reload();
  await page.locator('.av-headline').waitFor();
  assert.equal(await page.locator('.av-viewer').getAttribute('data-theme'), 'sepia');
  assert.equal(await page.locator('.av-controls input[type=range]').inputValue(), '5');
  assert.ok(await page.getByRole('radio', { name: 'Relaxed', includeHidden: true }).isChecked());
  assert.equal((await computed(page, text, 'fontSize')).toFixed(2), (size * 1.36).toFixed(2));
  // Back to the defaults: the smallest step is smaller than the default.
  await page.locator('.av-controls summary').click();
  await slide(page, 0);
  assert.equal((await computed(page, text, 'fontSize')).toFixed(2), (size * 0.85).toFixed(2));
  assert.deepEqual(problems, []);
});

test('the app works when storage is refused', async () => {
  const refuse = () =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  const { page, problems } = await open(server.url, { init: refuse });
  // The refusal is real: reading storage throws on this page.
  assert.equal(await page.evaluate(() => { try { localStorage; return 'read'; } catch (error) { return error.name; } }), 'SecurityError');
  await page.locator('.av-controls summary').click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await page.locator('.av-viewer').getAttribute('data-theme'), 'dark');
  assert.deepEqual(problems, []);
});

test('the element has no controls until asked, and the page’s theme and custom properties win over the reader', async () => {
  const { page, problems } = await open(`${strictServer.url}e2e/three.html`, { width: 1000, height: 800 });
  await page.locator('#third .av-headline').waitFor();
  assert.equal(await page.locator('#first .av-controls').count(), 0);
  await page.evaluate(() => {
    for (const viewer of document.querySelectorAll('article-viewer')) viewer.controls = true;
    document.querySelector('#third').style.setProperty('--av-font-size', '20px');
  });
  await page.locator('#third .av-controls').waitFor();
  // The page forced a theme on the second (dark) and third (light): no theme choice there.
  const sepia = (id) => page.locator(`#${id} .av-controls input[type=radio][value=sepia]`).count();
  assert.deepEqual([await sepia('first'), await sepia('second'), await sepia('third')], [1, 0, 0]);
  for (const id of ['first', 'third']) {
    await page.locator(`#${id} .av-controls summary`).click();
    await page.locator(`#${id} .av-controls input[type=range]`).evaluate((input) => {
      input.value = '6';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  // The page's size wins on the third; the reader's largest step applies on the first.
  assert.equal(await computed(page, '#third .av-body p', 'fontSize'), 20);
  assert.ok((await computed(page, '#first .av-body p', 'fontSize')) > 25);
  assert.deepEqual(await violationsAfterControl(page, problems), []);
  assert.deepEqual(problems, []);
});

test('the controls are reached and worked by keyboard, with a visible focus ring', async () => {
  const { page } = await open(server.url, { init: () => localStorage.clear() });
  // From the headline (where focus lands for a story opened in place), Tab goes to the controls.
  const order = [];
  await page.locator('.av-headline').focus();
  for (let presses = 0; presses < 40 && !order.includes('SUMMARY'); presses += 1) {
    await page.keyboard.press('Shift+Tab');
    order.push(await page.evaluate(() => document.activeElement.tagName));
  }
  assert.equal(order.at(-1), 'SUMMARY', order.join(' '));
  assert.notEqual(await computed(page, '.av-controls summary', 'outlineStyle'), 'none');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'range');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.av-viewer').getAttribute('data-size'), '3');
});

test('an article with three or more headings gets contents: beside the text when wide, folded on a phone', async () => {
  const tour = `${server.url}?src=samples/format-tour.json`;
  // The sample has fewer than three headings: no contents.
  const { page: sample } = await open(server.url, { width: 1400, height: 900 });
  assert.equal(await sample.locator('.av-toc').count(), 0);
  const { page, problems } = await open(tour, { width: 1400, height: 900 });
  const headings = await page.locator('.av-body .av-heading').count();
  assert.ok(headings >= 3);
  assert.equal(await page.locator('.av-toc a').count(), headings);
  assert.equal(await page.locator('.av-toc details').getAttribute('open'), '');
  const [toc, paragraph] = await Promise.all(['.av-toc', '.av-body .av-text p'].map((selector) => page.locator(selector).first().boundingBox()));
  assert.ok(toc.x + toc.width <= paragraph.x, 'beside the text');
  // The section being read follows the scroll.
  const third = page.locator('.av-body .av-heading').nth(2);
  const label = (await third.textContent()).trim();
  await page.locator('.av-toc a', { hasText: label }).first().click();
  await page.waitForFunction((label) => document.querySelector('.av-toc a[aria-current]')?.textContent === label, label);
  assert.equal(await page.locator('.av-toc a[aria-current]').count(), 1);
  // The section is marked while a smooth scroll may still run: its end is where it stops.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  const top = await third.evaluate((element) => element.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the heading is at the top after the link: ${top}`);
  // Scrolled back to the top: no section is current.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelector('.av-toc a[aria-current]') === null);
  // On a phone: folded, above the text.
  const { page: phone } = await open(tour, { width: 390, height: 844 });
  assert.equal(await phone.locator('.av-toc details').getAttribute('open'), null);
  const [folded, text] = await Promise.all(['.av-toc', '.av-body .av-text p'].map((selector) => phone.locator(selector).first().boundingBox()));
  assert.ok(folded.y + folded.height <= text.y, 'above the text');
  assert.deepEqual(problems, []);
});
