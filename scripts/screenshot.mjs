// The README's screenshots of the samples as served from dist/ (see scripts/screenshot).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, REPO_ROOT, serve } from '../tests/e2e/support.mjs';

// Pixel density 1 keeps the checked-in pictures small.
const shots = [
  { file: 'docs/screenshot.png', path: '', maxHeight: 1600, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { file: 'docs/screenshot-phone.png', path: '', maxHeight: 2400, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  { file: 'docs/screenshot-dark.png', path: '?src=samples/format-tour.json', maxHeight: 1600, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'dark' },
];

const server = await serve();
try {
  await mkdir(join(REPO_ROOT, 'docs'), { recursive: true });
  for (const { file, path, maxHeight, ...options } of shots) {
    const browser = await launch(options);
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await page.locator('article h1').first().waitFor({ timeout: 15_000 });
      // Web fonts and images must have arrived, or the picture shows fallbacks and gaps.
      await page.evaluate(() => document.fonts.ready);
      if (problems.length) throw new Error(`the page had problems:\n${problems.join('\n')}`);

      const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
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
