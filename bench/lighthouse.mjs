// Lighthouse 12 (mobile, its default throttling) on the release app and the plain-JavaScript
// peer, served brotli-compressed as a host would, in Debian's Chromium. Prints each page's
// performance score and largest contentful paint, median of RUNS (3) runs after a discarded one.
//   node bench/lighthouse.mjs          (after scripts/bench has built dist/ and bench/out/)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ARGS } from './chromium.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 3);
const FLAGS = ['--headless=new', ...ARGS];

const server = await serve({
  '/viewer/': process.env.DIST ?? join(ROOT, 'dist'),
  '/peers/': join(ROOT, 'bench/out'),
  '/articles/': join(ROOT, 'bench/out/articles'),
  '/articles/media/': join(ROOT, 'samples/media'),
});
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
try {
  console.log('| page (Lighthouse 12, mobile) | performance | largest contentful paint |');
  console.log('|---|---:|---:|');
  for (const [name, path] of [
    ['article-viewer (the app, the sample)', 'viewer/?src=/articles/idlib.json'],
    ['plain JS peer (the sample)', 'peers/plain/?src=/articles/idlib.json'],
  ]) {
    const scores = [], lcps = [];
    // A first, discarded run: the server compresses each file when it is first asked for
    // (about 1.4 s for the wasm at brotli's quality 11), which held up that run's requests.
    for (let run = -1; run < RUNS; run++) {
      const { lhr } = await lighthouse(server.url + path, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      if (run < 0) continue;
      scores.push(Math.round(lhr.categories.performance.score * 100));
      lcps.push(lhr.audits['largest-contentful-paint'].numericValue);
    }
    console.log(`| ${name} | ${median(scores)} | ${(median(lcps) / 1000).toFixed(1)} s |`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
