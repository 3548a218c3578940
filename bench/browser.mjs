// Time from navigation to the article's headline in the page, in headless Chromium, for the
// release build served on loopback: wasm download and start-up, the article's fetch, parsing and
// rendering. Median and slowest of 9 loads each. Run by scripts/bench.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, serve } from '../tests/e2e/support.mjs';

const RUNS = 9;

// A long article of every common kind of block, like a live blog that ran all day.
function largeArticle(blocks) {
  const body = Array.from({ length: blocks }, (_, i) => {
    switch (i % 5) {
      case 0: return { type: 'heading', text: `Update ${i}`, id: `update-${i}` };
      case 1: return { type: 'image', src: 'missing.png', alt: `Picture ${i}`, caption: 'A *caption*', width: 960, height: 540 };
      case 2: return { type: 'quote', text: 'Something said, **quoted**.', attribution: 'Someone' };
      default: return { type: 'text', text: `Paragraph ${i} with *emphasis*, a [link](https://news.example/${i}) and enough words to be a real paragraph of a real story.\n\n- a list item\n- another` };
    }
  });
  return JSON.stringify({ headline: 'A long day', body });
}

// Records when an <h1> first appears inside an <article>, from the page's own clock.
function recordHeadline() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('article h1')) {
      window.headlineAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const scratch = await mkdtemp(join(tmpdir(), 'article-viewer-bench-'));
await writeFile(join(scratch, 'large.json'), largeArticle(1000));
await writeFile(join(scratch, 'huge.json'), largeArticle(5000));
const server = await serve(undefined, { '/bench/': scratch });
// Images are left out of the measure: it is the viewer's time, not the network's.
const browser = await launch();
await browser.route('**/*.png', (route) => route.abort());
try {
  console.log('| article | median | slowest |');
  console.log('|---|---:|---:|');
  for (const [name, path] of [
    ['samples/idlib.json (the default)', ''],
    ['samples/format-tour.json', '?src=samples/format-tour.json'],
    ['generated, 1,000 blocks', '?src=bench/large.json'],
    ['generated, 5,000 blocks', '?src=bench/huge.json'],
  ]) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const { page } = await openPage(browser);
      await page.addInitScript(recordHeadline);
      await page.goto(server.url + path);
      await page.waitForFunction(() => window.headlineAt !== undefined, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.headlineAt));
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${times[RUNS >> 1].toFixed(0)} ms | ${times[RUNS - 1].toFixed(0)} ms |`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(scratch, { recursive: true, force: true });
}
