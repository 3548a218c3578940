// Two or more builds of the app side by side, with the plain-JS peer as the yardstick: what one
// change is worth in time, measured in one run. Each round loads every build and the peer once,
// starting one later than the round before, in headless Chromium, cold, served brotli-compressed
// as bench/peers.mjs does; it prints each one's median time and its ratio to the peer's.
//   BUILDS=/tmp/before,dist node bench/ab.mjs     (after scripts/bench has built bench/out/)
// Settings (environment): BUILDS (folders of release builds), RUNS (rounds, 9), COND (desktop or
// phone), ARTICLES (files of bench/out/articles/: idlib.json,format-tour.json,blocks-100.json),
// MARK (headline, screen, full or longest, the longest task; several separated by commas: full).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONDITIONS, launchBrowser, measureLoad } from './chromium.mjs';
import { summary } from './report.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const builds = (process.env.BUILDS ?? '').split(',').filter(Boolean);
if (builds.length === 0) throw new Error('BUILDS: the folders of the builds to compare, separated by commas');
const RUNS = Number(process.env.RUNS ?? 9);
const MARKS = (process.env.MARK ?? 'full').split(',');
const condition = CONDITIONS[process.env.COND ?? 'desktop'];
const articles = (process.env.ARTICLES ?? 'idlib.json,format-tour.json,blocks-100.json').split(',');

const mounts = { '/articles/': join(ROOT, 'bench/out/articles'), '/articles/media/': join(ROOT, 'samples/media'), '/peers/': join(ROOT, 'bench/out') };
builds.forEach((build, index) => (mounts[`/build${index}/`] = build));
const renderers = [...builds.map((_, index) => `build${index}`), 'plain'];
const pageOf = (renderer, file) => (renderer === 'plain' ? `peers/plain/?src=/articles/${file}` : `${renderer}/?src=/articles/${file}`);

const server = await serve(mounts);
const browser = await launchBrowser();
try {
  const rows = Object.fromEntries(MARKS.map((mark) => [mark, []]));
  for (const file of articles) {
    // The marks wait for the whole body, as bench/compile.mjs counts it.
    const blocks = JSON.parse(await readFile(join(ROOT, 'bench/out/articles', file), 'utf8')).body.length;
    const times = Object.fromEntries(renderers.map((renderer) => [renderer, []]));
    // Round -1 warms the server's cache and is not counted.
    for (let run = -1; run < RUNS; run++) {
      const first = Math.max(run, 0) % renderers.length;
      for (const renderer of [...renderers.slice(first), ...renderers.slice(0, first)]) {
        const marks = await measureLoad(browser, condition, server.url + pageOf(renderer, file), 180_000, blocks);
        if (run >= 0) times[renderer].push(marks);
      }
    }
    for (const mark of MARKS) {
      const of = (renderer) => summary(times[renderer].map((marks) => marks[mark])).median;
      const cells = renderers.map((renderer) => `${Math.round(of(renderer))} ×${(of(renderer) / of('plain')).toFixed(2)}`);
      rows[mark].push(`| ${file} | ${cells.join(' | ')} |`);
    }
  }
  for (const mark of MARKS) {
    console.log(`${mark} ms, ${condition.label}, median of ${RUNS}; ×ratio to the plain-JS peer`);
    console.log(`| article | ${[...builds, 'plain JS'].join(' | ')} |`);
    console.log(`|---|${renderers.map(() => '---:').join('|')}|`);
    console.log(`${rows[mark].join('\n')}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
