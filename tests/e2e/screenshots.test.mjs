// The README's screenshots, taken and checked here: the app on a phone (390 px) and a desktop
// (1280 px), in light and dark, left to right (the format tour) and right to left (the Arabic
// fixture), each with the reader controls and the contents in view. On a desktop the controls'
// panel is open, beside the text, and the contents stand beside it; on a phone the "Aa" button
// sits beside the headline and the contents' disclosure is open above the text.
//
// Each picture is checked twice. In the page: the theme (the viewer's computed background), the
// direction and language of the article and of its controls, the headline, the controls and three
// of the contents' links inside the viewport, and the controls covering none of the header's words.
// In the PNG itself: its size read from its header equals the viewport's, and its pixels are not
// blank and are mostly the viewer's background, so the picture is in the theme the page was in. A
// first test proves these checks fail a blank picture and a picture of the wrong theme.
//
// The pictures go to a temporary folder, deleted after the run; with SCREENSHOTS_DIR set (a
// folder, relative to the repository), there too: `scripts/screenshot` sets it to docs/.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, openPage, REPO_ROOT, serve } from './support.mjs';

const DEVICES = [
  // A phone's width; taller than its screen, for the format tour's contents to show below its
  // lead picture.
  { device: 'phone', options: { viewport: { width: 390, height: 1080 }, isMobile: true, hasTouch: true } },
  { device: 'desktop', options: { viewport: { width: 1280, height: 1120 } } },
];
const ARTICLES = [
  { direction: 'ltr', path: '?src=samples/format-tour.json', headline: 'A tour of format 1' },
  { direction: 'rtl', path: '?src=fixtures/right-to-left.json', headline: 'مقال من اليمين إلى اليسار' },
];
const SCHEMES = ['light', 'dark'];

const SHOTS = DEVICES.flatMap((device) =>
  SCHEMES.flatMap((scheme) =>
    ARTICLES.map((article) => ({ ...device, ...article, scheme, file: `screenshot-${device.device}-${scheme}-${article.direction}.png` })),
  ),
);

let server, folder;
before(async () => {
  server = await serve(undefined, { '/fixtures/': join(REPO_ROOT, 'tests/fixtures') });
  folder = await mkdtemp(join(tmpdir(), 'article-viewer-screenshots-'));
});
after(async () => {
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** The width and height a PNG's header gives (its IHDR chunk), or null for anything else. */
function pngSize(png) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * In a page: the PNG (base64) decoded. Its commonest colour as rgb(r, g, b), the share of the
 * picture in that colour, and the share that differs from it by more than a faint tint (ink).
 */
function pixels(base64) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onerror = () => reject(new Error('the PNG does not decode'));
    image.onload = () => {
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts = new Map();
      for (let at = 0; at < data.length; at += 4) {
        const key = (data[at] << 16) | (data[at + 1] << 8) | data[at + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [common, commonCount] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
      const [r, g, b] = [common >> 16, (common >> 8) & 255, common & 255];
      let ink = 0;
      for (let at = 0; at < data.length; at += 4) {
        if (Math.abs(data[at] - r) + Math.abs(data[at + 1] - g) + Math.abs(data[at + 2] - b) > 48) ink++;
      }
      const total = data.length / 4;
      resolve({ background: `rgb(${r}, ${g}, ${b})`, backgroundShare: commonCount / total, ink: ink / total });
    };
    image.src = `data:image/png;base64,${base64}`;
  });
}

/** Relative luminance (WCAG) of a computed rgb() colour. */
function luminance(color) {
  const channel = (value) => ((value /= 255) <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = color.match(/[\d.]+/g).map(Number);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * What is wrong with a picture `png` of a page whose `facts` were read when it was taken, for
 * `shot`: a list of sentences, empty when it is right. `decoded` is `pixels(png)`.
 */
function problemsOf(shot, facts, png, decoded) {
  const { width, height } = shot.options.viewport;
  const found = [];
  const size = pngSize(png);
  if (!size || size.width !== width || size.height !== height) found.push(`the PNG is ${JSON.stringify(size)}, not ${width}x${height}`);
  // Light is near white, dark near black: the viewer's background, and the picture's commonest colour.
  const themed = (color) => (shot.scheme === 'light' ? luminance(color) > 0.8 : luminance(color) < 0.05);
  if (!themed(facts.background)) found.push(`the viewer's background ${facts.background} is not ${shot.scheme}`);
  if (decoded.background !== facts.background) found.push(`the picture's commonest colour is ${decoded.background}, not the viewer's ${facts.background}`);
  if (decoded.backgroundShare < 0.4) found.push(`the viewer's background is only ${decoded.backgroundShare.toFixed(2)} of the picture`);
  // Words, pictures and controls: more than a blank page, less than a page of noise.
  if (!(decoded.ink > 0.03 && decoded.ink < 0.6)) found.push(`${(decoded.ink * 100).toFixed(1)} % of the picture is ink`);
  if (facts.direction !== shot.direction) found.push(`the article is ${facts.direction}`);
  if (facts.controlsDirection !== shot.direction) found.push(`the controls are ${facts.controlsDirection}`);
  if (facts.controlsLang !== facts.lang) found.push(`the controls speak ${facts.controlsLang}, the article ${facts.lang}`);
  if (facts.headline !== shot.headline) found.push(`the headline is ${JSON.stringify(facts.headline)}`);
  for (const [what, box] of Object.entries(facts.boxes)) {
    const inside = box && box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
    if (!inside) found.push(`${what} is not in the picture: ${JSON.stringify(box)}`);
  }
  if (facts.contentsLinks < 3) found.push(`${facts.contentsLinks} links of the contents are in the picture`);
  for (const covered of facts.covered) found.push(`the controls cover ${covered}`);
  return found;
}

/** In the page: what the picture should show, read as it is taken. */
function factsOf() {
  const box = (element) => {
    if (!element) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  const overlap = (a, b) => a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const article = document.querySelector('.av-article');
  const controls = document.querySelector('.av-controls');
  const panel = controls?.open ? controls.querySelector('.av-controls-panel') : null;
  const boxes = {
    'the headline': box(document.querySelector('.av-headline')),
    'the controls button': box(controls?.querySelector('summary')),
    'the contents': box(document.querySelector('.av-toc summary')),
  };
  if (panel) boxes["the controls' panel"] = box(panel);
  const links = [...document.querySelectorAll('.av-toc a')].filter((link) => {
    const { top, bottom, width } = link.getBoundingClientRect();
    return width > 0 && top >= 0 && bottom <= innerHeight;
  });
  // The header's words that the button, or the open panel, lies over.
  const covered = [...document.querySelectorAll('.av-kicker, .av-headline, .av-standfirst')]
    .filter((words) => [boxes['the controls button'], boxes["the controls' panel"]].some((cover) => overlap(cover, box(words))))
    .map((words) => words.className);
  return {
    background: getComputedStyle(document.querySelector('.av-viewer')).backgroundColor,
    direction: article && getComputedStyle(article).direction,
    controlsDirection: controls && getComputedStyle(controls).direction,
    lang: article?.lang,
    controlsLang: controls?.closest('[lang]')?.lang,
    headline: document.querySelector('.av-headline')?.textContent,
    boxes,
    contentsLinks: links.length,
    covered,
  };
}

/** Opens the shot's page and takes its picture: resolves to { png, facts }. */
async function take(browser, shot) {
  const { page, problems } = await openPage(browser);
  await page.emulateMedia({ colorScheme: shot.scheme, reducedMotion: 'reduce' });
  await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
  await page.locator('.av-headline').waitFor({ timeout: 15_000 });
  if (shot.device === 'desktop') {
    await page.locator('.av-controls summary').click();
  } else {
    // Opened where it is, without scrolling to it as a click would.
    await page.locator('.av-toc details').evaluate((details) => {
      details.open = true;
    });
  }
  // Every picture in view loaded, the fonts in, and two frames painted since.
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.getBoundingClientRect().top > innerHeight || (image.complete && image.naturalWidth > 0)),
  );
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const facts = await page.evaluate(factsOf);
  const png = await page.screenshot();
  assert.deepEqual(problems, [], `${shot.file}: the page had problems`);
  await page.close();
  return { png, facts };
}

/** Decodes `png` in a blank page of `browser`. */
async function decode(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(pixels, png.toString('base64'));
  } finally {
    await page.close();
  }
}

test('the checks fail a blank picture, one of the wrong theme, and a page without its controls and contents', async () => {
  const [shot] = SHOTS.filter((s) => s.device === 'desktop' && s.scheme === 'light' && s.direction === 'ltr');
  const browser = await launch(shot.options);
  try {
    const { png, facts } = await take(browser, shot);
    assert.deepEqual(problemsOf(shot, facts, png, await decode(browser, png)), [], 'the light picture passes as light');

    // The same picture checked as dark.
    const dark = problemsOf({ ...shot, scheme: 'dark' }, facts, png, await decode(browser, png));
    assert.deepEqual(dark, [`the viewer's background ${facts.background} is not dark`]);

    // A blank page, of the right size, in the viewer's light background.
    const page = await browser.newPage();
    await page.setContent(`<body style="margin: 0; background: ${facts.background}"></body>`);
    const blank = await page.screenshot();
    await page.close();
    const blankProblems = problemsOf(shot, facts, blank, await decode(browser, blank));
    assert.deepEqual(blankProblems, ['0.0 % of the picture is ink']);

    // A picture of another size, and a page whose controls and contents are away.
    const { x, y } = facts.boxes['the contents'];
    const moved = { ...facts, boxes: { ...facts.boxes, 'the contents': { x, y: y + 2000, width: 90, height: 21 } }, contentsLinks: 0, covered: ['av-headline'] };
    assert.deepEqual(problemsOf(shot, moved, png.subarray(0, 20), await decode(browser, png)), [
      `the PNG is null, not 1280x1120`,
      `the contents is not in the picture: {"x":${x},"y":${y + 2000},"width":90,"height":21}`,
      '0 links of the contents are in the picture',
      'the controls cover av-headline',
    ]);
  } finally {
    await browser.close();
  }
});

for (const { device, options } of DEVICES) {
  test(`${device} (${options.viewport.width} px): light and dark, left to right and right to left, with the controls and the contents`, async (t) => {
    const keep = process.env.SCREENSHOTS_DIR && resolve(REPO_ROOT, process.env.SCREENSHOTS_DIR);
    if (keep) await mkdir(keep, { recursive: true });
    const browser = await launch({ ...options, deviceScaleFactor: 1 });
    try {
      const found = [];
      for (const shot of SHOTS.filter((s) => s.device === device)) {
        const { png, facts } = await take(browser, shot);
        found.push(...problemsOf(shot, facts, png, await decode(browser, png)).map((problem) => `${shot.file}: ${problem}`));
        await writeFile(join(folder, shot.file), png);
        if (keep) await writeFile(join(keep, shot.file), png);
        t.diagnostic(`${shot.file}: ${png.length} bytes${keep ? `, written to ${join(keep, shot.file)}` : ''}`);
      }
      assert.deepEqual(found, []);
    } finally {
      await browser.close();
    }
  });
}
