// What the viewer's module costs to compile while an article loads. Chromium compiles a
// WebAssembly function when it is first called, on the main thread (V8's lazy compilation,
// which a page cannot turn off), so the functions the first render calls are compiled in its
// path. For each article, from a Chromium trace of cold loads of the release app: how many of the
// module's functions were compiled, their share of its code, and the time that took; and how many
// V8 compiled again with its optimising compiler (tier-up), on background threads, which on a
// machine with few cores compete with the main thread (median of RUNS loads, 5, after one
// discarded).
//   node bench/compile.mjs             (after scripts/bench has built dist/ and bench/out/)
//   COND=phone node bench/compile.mjs  (the phone-like profile, its CPU 4× slower)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readU32 } from '../scripts/wasm-module.mjs';
import { CONDITIONS, launchBrowser, openPage, waitForMark } from './chromium.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST ?? join(ROOT, 'dist');
const RUNS = Number(process.env.RUNS ?? 5);
const condition = CONDITIONS[process.env.COND ?? 'desktop'];
const ARTICLES = ['idlib.json', 'format-tour.json', 'blocks-100.json'];

/** The size in bytes of each function the module defines, by function index. */
function functionSizes(wasm) {
  let at = 8;
  const leb = () => {
    let value;
    [value, at] = readU32(wasm, at);
    return value;
  };
  const name = () => {
    const length = leb();
    at += length;
  };
  let imported = 0;
  const sizes = new Map();
  while (at < wasm.length) {
    const section = wasm[at++];
    const end = leb() + at;
    if (section === 2) {
      for (let count = leb(); count > 0; count--) {
        name();
        name();
        const kind = wasm[at++];
        if (kind === 0) (leb(), imported++);
        else if (kind === 1) (at++, leb() & 1 ? (leb(), leb()) : leb());
        else if (kind === 2) leb() & 1 ? (leb(), leb()) : leb();
        else at += 2;
      }
    } else if (section === 10) {
      for (let count = leb(), index = imported; count > 0; count--, index++) {
        const size = leb();
        sizes.set(index, size);
        at += size;
      }
    }
    at = end;
  }
  return sizes;
}

const sizes = functionSizes(await readFile(join(DIST, 'article-viewer_bg.wasm')));
const codeBytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
const server = await serve({ '/viewer/': DIST, '/articles/': join(ROOT, 'bench/out/articles'), '/articles/media/': join(ROOT, 'samples/media') });
const browser = await launchBrowser();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
try {
  console.log(`Functions compiled on first call, ${condition.label}; the module defines ${sizes.size.toLocaleString('en')}, ${codeBytes.toLocaleString('en')} bytes of code. Median of ${RUNS} loads.\n`);
  console.log('| article | functions compiled | their bytes | compile ms | optimised again | its ms (background) | whole article ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const file of ARTICLES) {
    const blocks = JSON.parse(await readFile(join(ROOT, 'bench/out/articles', file), 'utf8')).body.length;
    const loads = [];
    for (let run = -1; run < RUNS; run++) {
      const session = await openPage(browser, condition, blocks);
      try {
        await browser.startTracing(session.page, { categories: ['v8.wasm', 'disabled-by-default-devtools.timeline'] });
        await session.page.goto(`${server.url}viewer/?src=/articles/${file}`, { waitUntil: 'commit' });
        await waitForMark(session, 'full', 60_000);
        const full = await session.page.evaluate(() => window.__bench.marks.full);
        const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
        const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
        const compiles = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
        const compiled = new Set(compiles.map((e) => e.args.func_index));
        const tierUps = events.filter((e) => e.name === 'wasm.TopTierCompilation' && e.ph === 'X');
        if (run >= 0) {
          loads.push({
            count: compiled.size,
            bytes: [...compiled].reduce((sum, index) => sum + (sizes.get(index) ?? 0), 0),
            ms: compiles.reduce((sum, e) => sum + e.dur, 0) / 1000,
            tierUps: tierUps.length,
            tierUpMs: tierUps.reduce((sum, e) => sum + e.dur, 0) / 1000,
            full,
          });
        }
      } finally {
        await session.close();
      }
    }
    const of = (key) => median(loads.map((load) => load[key]));
    console.log(`| ${file} | ${of('count')} | ${of('bytes').toLocaleString('en')} | ${of('ms').toFixed(1)} | ${of('tierUps')} | ${of('tierUpMs').toFixed(1)} | ${Math.round(of('full'))} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
