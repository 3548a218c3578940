// The memory trend: a page that shows article after article does not grow. Many in-place
// navigations in the app, and many mount/destroy cycles through the JS API; then the JS heap,
// the DOM nodes and event listeners (after a full garbage collection) and the wasm memory are
// compared with their values after a warm-up. Each page then shows that the check would see a
// leak: what it keeps (viewers, or articles' DOM) grows the measure past its noise.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { keepWasmMemories, openPage, REPO_ROOT, servedAndLaunched } from './support.mjs';

/** What a run may gain after its warm-up, as noise rather than a leak: bytes of JS heap, DOM nodes. */
const HEAP_NOISE = 256 * 1024;
const NODE_NOISE = 200;

const setup = servedAndLaunched({ mounts: { '/e2e/': join(REPO_ROOT, 'tests/e2e/pages') } });

async function open(path) {
  const { page, problems } = await openPage(setup.browser);
  await page.addInitScript(keepWasmMemories);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(setup.server.url + path);
  const measure = async () => {
    // Twice, with a task between: the first collection lets the JS API's finalizers free what
    // its handles held in wasm (and the elements they referenced), which the second collects.
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners, wasm: await page.evaluate(() => window.wasmBytes()) };
  };
  return { page, problems, measure };
}

/**
 * Asserts that `step` run `times` over does not grow memory, after a warm-up of as many runs:
 * the wasm memory only ever grows, to the most a run needed at once, which the warm-up reaches.
 */
async function assertFlat(measure, step, times) {
  await step(times);
  const start = await measure();
  await step(times);
  const end = await measure();
  assert.ok(start.wasm > 0, 'the wasm memory is measured');
  assert.ok(end.heap - start.heap < HEAP_NOISE, `JS heap ${start.heap} → ${end.heap} after ${times}`);
  assert.equal(end.wasm, start.wasm, `wasm memory ${start.wasm} → ${end.wasm} after ${times}`);
  assert.ok(end.nodes - start.nodes < NODE_NOISE, `DOM nodes ${start.nodes} → ${end.nodes} after ${times}`);
  assert.equal(end.listeners, start.listeners, `event listeners ${start.listeners} → ${end.listeners} after ${times}`);
  return Object.keys(start).map((key) => `${key} ${start[key]} → ${end[key]}`).join(', ');
}

/**
 * Asserts that the check would see a leak of a tenth of what `keep` holds per run, over `times`
 * runs: in JS heap (`heap`) or in DOM nodes (`nodes`).
 */
async function assertLeakSeen(measure, keep, { kept, times, of }) {
  const before = await measure();
  await keep(kept);
  const grown = (await measure())[of] - before[of];
  const tenthOfOnePerRun = (grown / kept / 10) * times;
  const noise = { heap: HEAP_NOISE, nodes: NODE_NOISE }[of];
  assert.ok(tenthOfOnePerRun > noise, `${kept} kept grow ${of} by ${grown}: a leak of a tenth of one per run would be ${tenthOfOnePerRun} over ${times}`);
}

test('mounting and destroying a viewer 500 times leaves memory where it was', async (t) => {
  const { page, problems, measure } = await open('e2e/memory.html');
  await page.waitForFunction(() => window.articleViewer);
  await page.evaluate(async () => {
    window.sample = await (await fetch('/samples/idlib.json')).json();
  });
  const cycles = (n) =>
    page.evaluate((n) => {
      const target = document.getElementById('target');
      for (let i = 0; i < n; i++) {
        const viewer = window.articleViewer.mount(target, window.sample, { baseUrl: location.origin + '/samples/' });
        if (!viewer.element.shadowRoot.querySelector('h1')) throw new Error('mount rendered no headline');
        viewer.destroy();
      }
      return document.querySelectorAll('#target > .article-viewer').length;
    }, n);
  t.diagnostic(await assertFlat(measure, cycles, 500));
  assert.equal(await cycles(1), 0, 'destroy took every viewer out of the page');
  // The positive control: viewers mounted and kept.
  const keep = (n) =>
    page.evaluate((n) => {
      window.kept = [];
      for (let i = 0; i < n; i++) {
        window.kept.push(window.articleViewer.mount(document.getElementById('target'), window.sample, { baseUrl: location.origin + '/samples/' }));
      }
    }, n);
  await assertLeakSeen(measure, keep, { kept: 30, times: 500, of: 'heap' });
  await assertLeakSeen(measure, keep, { kept: 30, times: 500, of: 'nodes' });
  assert.deepEqual(problems, []);
});

test('150 in-place navigations in the app leave memory where it was', async (t) => {
  const { page, problems, measure } = await open('');
  await page.locator('footer.av-footer').waitFor({ state: 'attached' });
  const navigations = (n) =>
    page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        const before = document.querySelector('h1.av-headline').textContent;
        document.querySelector('.av-related .av-story-link').click();
        while (document.querySelector('h1.av-headline')?.textContent === before || !document.querySelector('footer.av-footer')) {
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      }
    }, n);
  t.diagnostic(await assertFlat(measure, navigations, 150));
  assert.equal(await page.evaluate(() => history.length > 20), true, 'the navigations went through history');
  // The positive control: each article's DOM kept after it is left, as a leaking view would.
  const keep = (n) =>
    page.evaluate(async (n) => {
      window.kept = [];
      for (let i = 0; i < n; i++) window.kept.push(document.querySelector('article').cloneNode(true));
    }, n);
  await assertLeakSeen(measure, keep, { kept: 30, times: 150, of: 'nodes' });
  // The tour's video, left while it loads, is the one request cut short.
  const leftVideo = /^request failed: \S+\/tour-test-pattern\.webm \(net::ERR_ABORTED\)$/;
  assert.deepEqual(problems.filter((problem) => !leftVideo.test(problem)), []);
});
