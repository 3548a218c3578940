// Images larger and the share button, as a reader uses them: in the standalone app and under the
// <article-viewer> element (in its shadow root), every page served with the strict CSP and Trusted
// Types, each test ending with zero violations.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve, STRICT_CSP, violationsAfterControl } from './support.mjs';

const TOUR = 'A tour of format 1';
const TOUR_URL = 'https://example.org/article-viewer/samples/format-tour';
const LEAD_ALT = 'A title card reading “A tour of format 1”, beside nested squares in teal, ochre, rust, sage and blue.';

// The same reader's actions in both places: `tour` and `rtl` open the format tour and the
// right-to-left gallery (tests/fixtures/gallery-rtl.json); `in` scopes selectors to each viewer.
const PLACES = [
  { name: 'the app', tour: '?src=samples/format-tour.json', rtl: '?src=fixtures/gallery-rtl.json', in: { tour: '', rtl: '' } },
  { name: 'the element', tour: 'e2e/images-share.html', rtl: 'e2e/images-share.html', in: { tour: '#tour ', rtl: '#rtl ' } },
];

let server, browser;
before(async () => {
  const mounts = { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages'), '/fixtures/': join(REPO_ROOT, 'tests/fixtures') };
  server = await serve(undefined, mounts, { 'content-security-policy': STRICT_CSP });
  browser = await launch();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.slice(0, -1) });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` recording CSP violations. `share`: the browser has a share sheet, which keeps what
 * it was given ('shares') or is closed unused ('closed'). `clipboard: false`: the page has none.
 */
async function open(path, { share = null, clipboard = true } = {}) {
  const { page, problems } = await openPage(browser);
  await page.addInitScript(
    ([share, clipboard]) => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
      );
      if (share) {
        navigator.share = async ({ title, url }) => {
          window.shared = { title, url };
          if (share === 'closed') throw new DOMException('Share canceled', 'AbortError');
        };
      }
      if (!clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    },
    [share, clipboard],
  );
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, problems, violations: () => violationsAfterControl(page, problems) };
}

/** The open dialog of the viewer `scope`, its image and its caption. */
const dialog = (page, scope) => page.locator(`${scope}dialog.av-dialog[open]`);
async function shown(page, scope) {
  const open = dialog(page, scope);
  return {
    src: await open.locator('img').getAttribute('src'),
    alt: await open.locator('img').getAttribute('alt'),
    caption: await open.locator('figcaption').textContent(),
  };
}
const media = (file) => `${server.url}samples/media/${file}`;

/** The names of the dialogs in Chromium's own accessibility tree (it runs through shadow roots). */
async function dialogNames(page) {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    return nodes.filter((node) => !node.ignored && node.role?.value === 'dialog').map((node) => node.name?.value);
  } finally {
    await session.detach();
  }
}

/** The name of the element that has focus, looking into shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.getAttribute('aria-label');
  });

/** A horizontal swipe on the dialog's image, as pointer events from `from` to `to` (CSS px). */
async function swipe(page, scope, from, to) {
  const image = dialog(page, scope).locator('img');
  await image.dispatchEvent('pointerdown', { clientX: from, clientY: 300, pointerType: 'touch', isPrimary: true });
  await image.dispatchEvent('pointerup', { clientX: to, clientY: 300, pointerType: 'touch', isPrimary: true });
}

for (const place of PLACES) {
  const { tour: inTour, rtl: inRtl } = place.in;

  test(`${place.name}: a click opens an image larger, its largest file with its caption and credit; the close button closes it and focus is back`, async () => {
    const { page, problems, violations } = await open(place.tour);
    const opener = page.locator(`${inTour}.av-lead .av-larger`);
    assert.equal(await opener.getAttribute('aria-label'), `View larger: ${LEAD_ALT}`);
    assert.equal(await dialog(page, inTour).count(), 0);

    await opener.click();
    await dialog(page, inTour).waitFor();
    const { src, alt, caption } = await shown(page, inTour);
    assert.equal(src, media('tour-lead-1440.png'), 'the widest of the three srcset candidates');
    assert.equal(alt, LEAD_ALT);
    assert.match(caption, /^The lead is an image or a video block, shown above the body\./);
    // Named by its caption, without the credit.
    const words = await dialog(page, inTour).locator('.av-caption').textContent();
    assert.match(words, /^The lead is an image or a video block, shown above the body\. This one has a srcset of three widths\.$/);
    assert.deepEqual(await dialogNames(page), [words]);
    assert.equal(
      await dialog(page, inTour).locator('.av-credit').textContent(),
      'Image: Generated placeholder (samples/media/generate.py)',
    );
    await page.waitForFunction(
      (selector) => {
        const host = selector ? document.querySelector(selector.trim()).shadowRoot : document;
        return host.querySelector('dialog[open] img')?.naturalWidth === 1440;
      },
      inTour,
    );
    assert.equal(await focused(page), 'Close', 'focus moves into the dialog');

    await dialog(page, inTour).locator('.av-close').click();
    await dialog(page, inTour).waitFor({ state: 'detached' });
    assert.equal(await focused(page), `View larger: ${LEAD_ALT}`, 'focus is back on the image');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: opened by the keyboard, a gallery steps with the arrow keys and its buttons, and Escape closes it`, async () => {
    const { page, problems, violations } = await open(place.tour);
    const first = page.locator(`${inTour}.av-gallery .av-larger`).first();
    await first.focus();
    await page.keyboard.press('Enter');
    await dialog(page, inTour).waitFor();
    const caption = async () => (await shown(page, inTour)).caption;
    assert.deepEqual(await shown(page, inTour), {
      src: media('gallery-circles.png'),
      alt: 'Three overlapping translucent circles in teal, ochre and rust.',
      caption: 'Circles',
    });

    const seen = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      await page.keyboard.press(key);
      seen.push(await caption());
    }
    // The last image comes before the first, with its credit; the dialog's name is the caption shown.
    assert.deepEqual(seen, ['Stripes', 'Grid', 'Stripes', 'Circles', 'Arches Image: Generated placeholder (samples/media/generate.py)']);
    assert.deepEqual(await dialogNames(page), ['Arches']);
    assert.equal((await shown(page, inTour)).src, media('gallery-arches.png'));

    await dialog(page, inTour).locator('.av-next').click();
    assert.equal(await caption(), 'Circles');
    await dialog(page, inTour).locator('.av-previous').click();
    assert.match(await caption(), /^Arches/);
    assert.equal(await dialog(page, inTour).locator('.av-next').getAttribute('aria-label'), 'Next image');

    await page.keyboard.press('Escape');
    await dialog(page, inTour).waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'View larger: Three overlapping translucent circles in teal, ochre and rust.');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: a swipe steps through a gallery; a short move does not`, async () => {
    const { page, problems, violations } = await open(place.tour);
    await page.locator(`${inTour}.av-gallery .av-larger`).nth(1).click();
    await dialog(page, inTour).waitFor();
    assert.equal((await shown(page, inTour)).caption, 'Stripes');

    await swipe(page, inTour, 300, 280);
    assert.equal((await shown(page, inTour)).caption, 'Stripes', 'a 20 px move is not a swipe');
    await swipe(page, inTour, 300, 100);
    assert.equal((await shown(page, inTour)).caption, 'Grid', 'a finger moving left brings the next');
    await swipe(page, inTour, 100, 300);
    await swipe(page, inTour, 100, 300);
    assert.equal((await shown(page, inTour)).caption, 'Circles', 'moving right brings the previous');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: right to left, the arrow keys, the swipe and the buttons' places follow the reading direction`, async () => {
    const { page, problems, violations } = await open(place.rtl);
    const opener = page.locator(`${inRtl}.av-gallery .av-larger`).first();
    assert.equal(await opener.getAttribute('aria-label'), 'عرض بحجم أكبر: دوائر');
    await opener.click();
    await dialog(page, inRtl).waitFor();
    const caption = async () => (await shown(page, inRtl)).caption;
    assert.equal(await caption(), 'الأولى');

    await page.keyboard.press('ArrowLeft');
    assert.equal(await caption(), 'الثانية', 'ArrowLeft is forward in right-to-left');
    await page.keyboard.press('ArrowRight');
    assert.equal(await caption(), 'الأولى', 'ArrowRight is back');
    await swipe(page, inRtl, 100, 300);
    assert.equal(await caption(), 'الثانية', 'a finger moving right brings the next');
    await swipe(page, inRtl, 300, 100);
    assert.equal(await caption(), 'الأولى');

    const next = await dialog(page, inRtl).locator('.av-next').boundingBox();
    const previous = await dialog(page, inRtl).locator('.av-previous').boundingBox();
    assert.ok(next.x < previous.x, `next (${next.x}) is on the left of previous (${previous.x})`);
    assert.equal(await dialog(page, inRtl).locator('.av-next').getAttribute('aria-label'), 'الصورة التالية');
    assert.equal(await dialog(page, inRtl).locator('.av-close').getAttribute('aria-label'), 'إغلاق');
    assert.deepEqual(await dialogNames(page), ['الأولى'], 'named by its caption');

    // An image without a caption: the dialog is named by the word for an image, in Arabic.
    await page.keyboard.press('Escape');
    await dialog(page, inRtl).waitFor({ state: 'detached' });
    await page.locator(`${inRtl}.av-body > .av-image .av-larger`).click();
    await dialog(page, inRtl).waitFor();
    assert.equal(await dialog(page, inRtl).locator('img').getAttribute('alt'), 'شبكة ملونة');
    assert.equal(await dialog(page, inRtl).locator('figcaption').count(), 0);
    assert.deepEqual(await dialogNames(page), ['صورة']);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: an image with a link opens nothing, and the link is followed`, async () => {
    const { page, problems } = await open(place.tour);
    // Counts the dialogs open after each click has been handled, in the session's storage, which
    // outlives the navigation a link makes.
    await page.evaluate((scope) => {
      const root = scope ? document.querySelector(scope.trim()).shadowRoot : document;
      sessionStorage.dialogs = '';
      addEventListener('click', () => {
        sessionStorage.dialogs += root.querySelectorAll('dialog[open]').length;
      });
    }, inTour);
    // The control: an image without a link opens, and the count sees it.
    await page.locator(`${inTour}.av-body .av-layout-full .av-larger`).click();
    await dialog(page, inTour).waitFor();
    await page.keyboard.press('Escape');
    await dialog(page, inTour).waitFor({ state: 'detached' });

    const linked = page.locator(`${inTour}.av-body figure:has(> a) img`);
    assert.equal(await linked.count(), 1);
    assert.equal(await page.locator(`${inTour}.av-body figure:has(> a) .av-larger`).count(), 0, 'no button for it');
    await Promise.all([page.waitForURL('**/samples/media/tour-figure-960.png'), linked.click()]);
    assert.equal(await page.evaluate(() => sessionStorage.dialogs), '10', 'one dialog for the control, none for the link');
    // Chromium's own page for the image styles it inline, which the policy (served with the image
    // too) refuses, and asks for a /favicon.ico: that page is the browser's, not the viewer's. And
    // the images that the click's scroll brought near start loading as the link is followed,
    // which cuts their requests short: the navigation's doing, not the viewer's.
    const imagePage = (problem) => /\/(samples\/media\/tour-figure-960\.png|favicon\.ico)\)?$/.test(problem);
    const cutShort = (problem) => /^request failed: \S+\/samples\/media\/\S+ \(net::ERR_ABORTED\)$/.test(problem);
    assert.deepEqual(problems.filter((problem) => !imagePage(problem) && !cutShort(problem)), []);
  });

  test(`${place.name}: with a share sheet, the share button gives it the article's title and url`, async () => {
    const { page, problems, violations } = await open(place.tour, { share: 'shares' });
    const button = page.locator(`${inTour}.av-share button`);
    assert.equal(await button.textContent(), 'Share');
    await button.click();
    await page.waitForFunction(() => window.shared);
    assert.deepEqual(await page.evaluate(() => window.shared), { title: TOUR, url: TOUR_URL });
    assert.equal(await page.locator(`${inTour}.av-share [role=status]`).textContent(), '', 'nothing was copied');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: without one, "Copy link" copies the article's url and says so to everyone`, async () => {
    const { page, problems, violations } = await open(place.tour);
    const button = page.locator(`${inTour}.av-share button`);
    assert.equal(await button.textContent(), 'Copy link');
    const status = page.locator(`${inTour}.av-share [role=status]`);
    assert.equal(await status.textContent(), '');
    await button.click();
    await page.locator(`${inTour}.av-share [role=status]`, { hasText: 'Link copied' }).waitFor();
    assert.ok(await status.isVisible());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), TOUR_URL);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: an article without a url shares the page's address`, async () => {
    const { page, problems, violations } = await open(place.rtl);
    const button = page.locator(`${inRtl}.av-share button`);
    assert.equal(await button.textContent(), 'نسخ الرابط');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await button.click();
    await page.locator(`${inRtl}.av-share [role=status]`, { hasText: 'تم نسخ الرابط' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: a share sheet closed unused leaves the link copied instead`, async () => {
    const { page, problems, violations } = await open(place.tour, { share: 'closed' });
    await page.locator(`${inTour}.av-share button`, { hasText: 'Share' }).click();
    await page.locator(`${inTour}.av-share [role=status]`, { hasText: 'Link copied' }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.shared), { title: TOUR, url: TOUR_URL });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), TOUR_URL);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });

  test(`${place.name}: where there is no clipboard, the link is shown for the reader to copy`, async () => {
    const { page, problems, violations } = await open(place.tour, { clipboard: false });
    assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
    await page.locator(`${inTour}.av-share button`).click();
    await page.locator(`${inTour}.av-share [role=status]`, { hasText: TOUR_URL }).waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });
}

test('mount: the share button copies the host page\'s address for an article without a url', async () => {
  const { page, problems, violations } = await open('e2e/api.html');
  await page.evaluate(() => {
    const article = { headline: 'Mounted', body: [{ type: 'text', text: 'Hello.' }] };
    window.articleViewer.mount(document.querySelector('#target'), article);
  });
  await page.locator('#target .av-share button', { hasText: 'Copy link' }).click();
  await page.locator('#target .av-share [role=status]', { hasText: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});

test('axe finds no violation in the open dialog, in the app and under the element, light and dark', async () => {
  // As tests/e2e/accessibility.test.mjs runs axe: in a context that bypasses the CSP, which
  // would refuse axe's inline script and its own DOM writes.
  const AXE = await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
  const axeBrowser = await launch({ bypassCSP: true });
  const findings = [];
  let audited = 0;
  try {
    for (const place of PLACES) {
      const page = await axeBrowser.newPage();
      await page.goto(server.url + place.tour, { waitUntil: 'networkidle' });
      await page.locator(`${place.in.tour}.av-gallery .av-larger`).nth(1).click();
      await dialog(page, place.in.tour).waitFor();
      await page.addScriptTag({ content: AXE });
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        // The dialog alone: the page behind it is audited by accessibility.test.mjs, and is inert
        // while the dialog is open (which axe's target-size rule does not know).
        const open = 'dialog.av-dialog[open]';
        const context = place.in.tour ? { fromShadowDom: [place.in.tour.trim(), open] } : open;
        const results = await page.evaluate(
          ([context, tags]) => window.axe.run({ include: [context] }, { runOnly: { type: 'tag', values: tags } }),
          [context, TAGS],
        );
        audited++;
        const where = `${place.name}, ${scheme}`;
        // The audit reached the dialog: its buttons passed rules (button-name among them).
        const inDialog = results.passes.flatMap((rule) => rule.nodes).filter((node) => JSON.stringify(node.target).includes('av-next'));
        assert.ok(inDialog.length >= 3, `${where}: ${inDialog.length} passes in the dialog`);
        findings.push(
          ...results.violations.flatMap((rule) => rule.nodes.map((node) => `${where}: ${rule.id} ${JSON.stringify(node.target)}`)),
        );
      }
      await page.close();
    }
  } finally {
    await axeBrowser.close();
  }
  assert.equal(audited, 4);
  assert.deepEqual(findings, []);
});
