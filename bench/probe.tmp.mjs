import { join } from 'node:path';
import { serve } from './server.mjs';
import { CONDITIONS, launchBrowser, openPage } from './chromium.mjs';
const DIST = process.env.DIST ?? 'dist';
const server = await serve({ '/viewer/': DIST, '/old/': '/tmp/dist-bench', '/articles/': 'bench/out/articles', '/articles/media/': 'samples/media', '/peers/': 'bench/out' });
const browser = await launchBrowser();
const files = (process.env.FILES ?? 'blocks-10000.json').split(',');
const rows = [];
for (let run = 0; run < Number(process.env.N ?? 3); run++) for (const file of files) for (const which of ['old', 'viewer']) {
  const blocks = Number(file.match(/\d+/)?.[0] ?? 0);
  const s = await openPage(browser, CONDITIONS.desktop, blocks);
  await s.page.goto(`${server.url}${which}/?src=/articles/${file}`, { waitUntil: 'commit' });
  await s.page.waitForFunction(() => window.__bench.marks.full !== undefined, null, { timeout: 60000, polling: 100 });
  const r = await s.page.evaluate(() => ({ marks: window.__bench.marks, res: performance.getEntriesByType('resource').map(e => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
  rows.push({ file, which, ...r.marks });
  await s.close();
}
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
for (const file of files) for (const which of ['old', 'viewer']) { const rs = rows.filter(r => r.file === file && r.which === which); console.log(file.padEnd(20), which.padEnd(7), ['headline', 'screen', 'full'].map(k => `${k} ${Math.round(med(rs.map(r => r[k])))}`).join('  ')); }
await browser.close(); await server.close();
