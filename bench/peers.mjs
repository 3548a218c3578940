// The side-by-side benchmark (issue 7): article-viewer's release build (dist/) against the same
// articles rendered by a plain-JS peer, a React peer and static HTML, in headless Chromium,
// cold, served brotli-compressed on loopback, unthrottled and phone-like. Prints Markdown tables
// and writes them with the raw figures to bench/results/, and a chart to docs/bench.svg.
// It measures; it asserts nothing about the figures. Run by scripts/bench.
//
// Settings (environment): RUNS (loads per renderer and article, unthrottled; 7), PHONE_RUNS (5),
// CONDITIONS (desktop,phone), SIZES (generated articles' block counts: 100,1000,10000),
// PHONE_MAX_BLOCKS (largest generated article loaded on the phone: 1000, as a 10,000-block load
// there takes about 25 s per renderer on a 2-core machine), CHURN (navigations
// and mount/destroy cycles of the churn section: 1000; 0 leaves it out), TIMEOUT (ms per load),
// RENDERERS (viewer,plain,react,static).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { writeArticles } from './articles.mjs';
import { CONDITIONS, launchBrowser, measureLoad } from './chromium.mjs';
import { churn } from './churn.mjs';
import { buildPeers, OUT } from './peers/build.mjs';
import { churnMarkdown, markdown, RENDERERS, svg } from './report.mjs';
import { serve } from './server.mjs';
import { writeStaticPages } from './static.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// DIST=folder measures another build of the app (say, before and after a change).
const DIST = process.env.DIST ?? join(ROOT, 'dist');
const env = (name, fallback) => process.env[name] ?? fallback;
const numbers = (text) => text.split(',').filter(Boolean).map(Number);
const settings = {
  runs: { desktop: Number(env('RUNS', 7)), phone: Number(env('PHONE_RUNS', 5)) },
  conditions: env('CONDITIONS', 'desktop,phone').split(',').filter(Boolean),
  sizes: numbers(env('SIZES', '100,1000,10000')),
  phoneMaxBlocks: Number(env('PHONE_MAX_BLOCKS', 1000)),
  churn: Number(env('CHURN', 1000)),
  timeout: Number(env('TIMEOUT', 180_000)),
  renderers: env('RENDERERS', 'viewer,plain,react,static').split(',').filter(Boolean),
};
const log = (...words) => console.error('bench:', ...words);

// The renderers in the order of round `run`: each round starts one renderer later than the one
// before (A B C D, then B C D A, …), so that no renderer always loads first, or always after the
// same other one.
const roundOrder = (run) => {
  const { renderers } = settings;
  const first = Math.max(run, 0) % renderers.length;
  return [...renderers.slice(first), ...renderers.slice(0, first)];
};

// Where each renderer shows an article.
const pageOf = {
  viewer: (article) => `viewer/?src=/articles/${article.file}`,
  plain: (article) => `peers/plain/?src=/articles/${article.file}`,
  react: (article) => `peers/react/?src=/articles/${article.file}`,
  static: (article) => `peers/static/${article.file.replace(/\.json$/, '.html')}`,
};

// What each renderer's page downloads before any article: brotli -q 11 bytes of its files.
async function bundleSizes() {
  const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const sizeOf = async (dir, files) => {
    let raw = 0, compressed = 0;
    for (const file of files) {
      const bytes = await readFile(join(dir, file));
      raw += bytes.length;
      compressed += br(bytes);
    }
    return { files, raw, br: compressed };
  };
  // The app's own files in dist/: not the embedding module, the samples or the demo it copies.
  const dist = (await readdir(DIST)).filter((f) => /\.(html|js|css|wasm)$/.test(f) && !f.startsWith('embed'));
  return {
    viewer: await sizeOf(DIST, dist),
    plain: await sizeOf(join(OUT, 'plain'), ['index.html', 'app.js', 'article.css']),
    react: await sizeOf(join(OUT, 'react'), ['index.html', 'app.js', 'article.css']),
  };
}

function bundleMarkdown(bundles) {
  const lines = ['| renderer | files | raw bytes | brotli -q 11 bytes |', '|---|---|---:|---:|'];
  for (const [renderer, { files, raw, br }] of Object.entries(bundles)) {
    lines.push(`| ${RENDERERS[renderer]} | ${files.join(', ')} | ${raw} | ${br} |`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  log('building the peers');
  await buildPeers();
  const articles = await writeArticles(join(OUT, 'articles'), ROOT, settings.sizes);
  const server = await serve({
    '/viewer/': DIST,
    '/peers/': OUT,
    '/articles/': join(OUT, 'articles'),
    '/articles/media/': join(ROOT, 'samples/media'),
    '/bench/': join(ROOT, 'bench/pages'),
  });
  // Measured first: the build in dist/ may change while the benchmark runs.
  const bundles = await bundleSizes();
  const browser = await launchBrowser();
  try {
    log('writing the static pages');
    await writeStaticPages(browser, server, articles, join(OUT, 'static'), join(OUT, 'plain/article.css'));
    const results = {};
    for (const conditionName of settings.conditions) {
      const condition = CONDITIONS[conditionName];
      results[conditionName] = {};
      const chosen = articles.filter((a) => conditionName !== 'phone' || !(a.blocks > settings.phoneMaxBlocks));
      for (const article of chosen) {
        const byRenderer = (results[conditionName][article.name] = {});
        // A first, discarded round: Chromium's own warm-up (disk, process pools) is not a renderer's.
        for (let run = -1; run < settings.runs[conditionName]; run++) {
          for (const renderer of roundOrder(run)) {
            const url = server.url + pageOf[renderer](article);
            const measure = await measureLoad(browser, condition, url, settings.timeout, article.bodyBlocks);
            if (measure.problems.length) log(`${renderer}, ${article.name}: ${measure.problems.join('; ')}`);
            const { problems, ...figures } = measure;
            if (run >= 0) (byRenderer[renderer] ??= []).push(figures);
          }
        }
        const full = Object.entries(byRenderer).map(([r, runs]) => `${r} ${Math.round(runs.map((m) => m.full).sort((a, b) => a - b)[runs.length >> 1])}`);
        log(`${conditionName}, ${article.name}: median ms to whole article: ${full.join(', ')}`);
      }
    }
    const churned = settings.churn > 0 ? (log(`churn: ${settings.churn} of each`), await churn(browser, server, settings.churn)) : undefined;
    await report({ results, bundles, churned });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function report({ results, bundles, churned }) {
  const conditions = Object.fromEntries(Object.keys(results).map((name) => [name, CONDITIONS[name]]));
  const skipped = settings.conditions.includes('phone') && settings.sizes.some((n) => n > settings.phoneMaxBlocks)
    ? `Articles of more than ${settings.phoneMaxBlocks.toLocaleString('en')} blocks are left out of the phone condition.\n\n` : '';
  const text = [
    `## Peers: ${new Date().toISOString().slice(0, 10)}, ${Object.keys(results).map((c) => `${settings.runs[c]} loads ${c === 'phone' ? 'phone-like' : 'unthrottled'}`).join(' and ')} per renderer and article`,
    '',
    'Each cell is the median, (min–max) for times, and ×ratio to the plain-JS peer. KB: encoded (brotli) bodies received: the page, code, CSS and article; images and video, the same in every renderer, are in the JSON (mediaBytes). ' +
      'Times: ms from navigation start to the frame painted with the headline, with the first screen full, and with the whole article (footer) in. ' +
      'Longest task: the longest task (Long Tasks API, 50 ms and over) that started before the whole article was painted, during which the page answered no input. JS heap: in use after a full garbage collection, once the article is painted. wasm: the viewer\'s WebAssembly memory.',
    '',
    skipped + markdown(results, conditions),
    '### What each renderer downloads before the article', '',
    bundleMarkdown(bundles),
    ...(churned ? [`### Memory churn of the viewer (JS heap after a full garbage collection)`, '', churnMarkdown(churned)] : []),
  ].join('\n');
  console.log(text);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const resultsDir = join(ROOT, 'bench/results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, `peers-${stamp}.md`), text);
  await writeFile(join(resultsDir, `peers-${stamp}.json`), JSON.stringify({ settings, conditions, results, bundles, churn: churned }, null, 1));
  await mkdir(join(ROOT, 'docs'), { recursive: true });
  await writeFile(join(ROOT, 'docs/bench.svg'), svg(results, conditions));
  log(`wrote bench/results/peers-${stamp}.md and .json, and docs/bench.svg`);
}

await main();
