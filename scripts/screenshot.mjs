// Screenshots of the sample article as served from dist/ (see scripts/screenshot).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve } from '../tests/e2e/support.mjs';

const MAX_HEIGHT = 1600; // CSS pixels: the top of the story, enough to show its layout

const shots = [
  { file: 'docs/screenshot.png', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  // A phone at its usual pixel density, so the text is as crisp as on the device.
  { file: 'docs/screenshot-phone.png', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];

const server = await serve();
try {
  await mkdir(join(REPO_ROOT, 'docs'), { recursive: true });
  for (const { file, ...options } of shots) {
    const browser = await launch(options);
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(server.url, { waitUntil: 'networkidle' });
      await page.locator('article h1').first().waitFor({ timeout: 15_000 });
      // Web fonts and images must have arrived, or the picture shows fallbacks and gaps.
      await page.evaluate(() => document.fonts.ready);
      if (problems.length) throw new Error(`the page had problems:\n${problems.join('\n')}`);

      const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({
        path: join(REPO_ROOT, file),
        fullPage: true,
        clip: { x: 0, y: 0, width: options.viewport.width, height },
      });
      console.log(`${file}: ${options.viewport.width}x${height} CSS px`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
