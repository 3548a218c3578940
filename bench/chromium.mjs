// Drives Debian's Chromium (playwright-core, no browser download) for one cold page load at a
// time, and reads what the benchmark measures. See marks.js for when each time is taken.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, keepWasmMemories } from '../tests/e2e/support.mjs';

// The tests' flags (no sandbox as root, no calls to Google's services), and a resolver rule that
// keeps every request on loopback: any other host (a third-party image in an article) fails to
// resolve, with no request interception (which would add a round trip through node to every
// request and skew the times).
export const ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export const CONDITIONS = {
  desktop: {
    label: 'unthrottled, 1280×900',
    context: { viewport: { width: 1280, height: 900 } },
  },
  phone: {
    label: 'phone: 4× CPU slowdown, 150 ms, 1.6 Mbit/s down, 750 kbit/s up, 390×844',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) },
  },
};

const MARKS = readFileSync(new URL('./marks.js', import.meta.url), 'utf8');

export const launchBrowser = () =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });

/**
 * Opens a fresh page in its own context (so nothing is cached or warm) with the condition
 * applied through CDP before navigation. Resolves to { page, cdp, problems, bytes, close };
 * bytes(media) sums the encoded (brotli) bodies received so far, of media or of the rest.
 */
export async function openPage(browser, condition, blocks = 0) {
  const context = await browser.newContext(condition.context);
  await context.addInitScript((count) => (window.__benchBlocks = count), blocks);
  await context.addInitScript(MARKS);
  await context.addInitScript(keepWasmMemories);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const received = new Map(); // requestId -> { headers, total, media }
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const media = /^(image|video|audio)\//.test(response.mimeType);
    received.set(requestId, { headers: response.encodedDataLength ?? 0, total: undefined, media });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = received.get(requestId);
    if (entry) entry.total = encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
  if (condition.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  return {
    page,
    cdp,
    problems,
    // Images and video are counted apart: their markup is the same in every renderer, and how
    // much of them has arrived when the article is painted depends on timing and the viewport.
    bytes: (media) => [...received.values()]
      .filter((entry) => entry.media === media && entry.total !== undefined)
      .reduce((sum, { headers, total }) => sum + total - headers, 0),
    close: () => context.close(),
  };
}

/** JS heap in use after a full garbage collection, and the wasm memories' sizes, in bytes. */
export async function memory({ page, cdp }) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.wasmBytes());
  return { heap: usedSize, wasm };
}

/**
 * Waits for marks.js's mark `name`, asking the page through CDP every 100 ms. Not Playwright's
 * waitForFunction: that first evaluates Playwright's own injected script in the page, about
 * 70 ms of the main thread while the page loads, which delayed every renderer's start.
 */
export async function waitForMark({ cdp }, name, timeout) {
  const expression = `window.__bench?.marks[${JSON.stringify(name)}] !== undefined`;
  for (const end = Date.now() + timeout; ; ) {
    // Between navigation and the new document the page has no context to evaluate in: not yet.
    const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => undefined);
    if (answer?.result.value === true) return;
    if (Date.now() > end) throw new Error(`the page did not reach its mark "${name}" in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Loads `url` and waits for the whole article (its `blocks` body blocks and its footer) to be
 * painted; resolves to the measures.
 */
export async function measureLoad(browser, condition, url, timeout, blocks) {
  const session = await openPage(browser, condition, blocks);
  try {
    await session.page.goto(url, { waitUntil: 'commit' });
    await waitForMark(session, 'full', timeout);
    // Let the requests the article started (eager images, the video's metadata) finish.
    await session.page.waitForLoadState('load');
    const marks = await session.page.evaluate(() => ({ ...window.__bench.marks, longest: window.__bench.longest() }));
    const { heap, wasm } = await memory(session);
    return { ...marks, bytes: session.bytes(false), mediaBytes: session.bytes(true), heap, wasm, problems: session.problems };
  } finally {
    await session.close();
  }
}
