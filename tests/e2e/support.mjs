// Shared helpers for the end-to-end tests (screenshots.test.mjs among them, which takes the
// README's pictures): serve the release build (dist/) over HTTP on loopback, and drive Debian's
// Chromium with playwright-core (no browser downloads).

import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(REPO_ROOT, 'dist');

/** The body's blocks: its children, less the contents, the reading marks and the slots. */
export const BLOCKS = '.av-body > :not(.av-toc, .av-mark, slot)';

// Browsers refuse to compile a module served with another type than application/wasm.
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` at / on 127.0.0.1 on a free port (so tests can run side by side), and each
 * folder of `mounts` ({ '/fixtures/': folder }) at its prefix, adding `headers` to every
 * response. Resolves to { url, close }, url ending in '/'.
 */
export async function serve(root = DIST, mounts = {}, headers = {}) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let base = root;
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) [base, path] = [resolve(folder), path.slice(prefix.length - 1)];
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // With its length, as a static file server sends a file (else Node sends it chunked).
      res.writeHead(200, {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      const notFound = err.code === 'ENOENT' || err.code === 'ENOTDIR' || err instanceof URIError;
      res.writeHead(notFound ? 404 : 500, { 'content-type': 'text/plain', ...headers });
      res.end(notFound ? 'not found' : String(err));
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// As root Chromium needs --no-sandbox; the rest stop it from calling Google's services, which this
// machine's closed network refuses, and from doing first-run work.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless /usr/bin/chromium with a fresh, throwaway profile.
 * Resolves to a Playwright BrowserContext whose close() also deletes the profile.
 */
export async function launch({ extraArgs = [], ...contextOptions } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'article-viewer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  // Delete the profile only once Chromium has exited, or it may still be writing into it.
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return context;
}

/**
 * An init script (`addInitScript(keepWasmMemories)`): keeps every wasm memory the page
 * instantiates, for `window.wasmBytes()` to sum. The benchmark injects it too.
 */
export function keepWasmMemories() {
  const memories = [];
  window.wasmBytes = () => memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0);
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) memories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const native = WebAssembly[name];
    WebAssembly[name] = (...args) => native.apply(WebAssembly, args).then(keep);
  }
}

/**
 * For the tests of one file: serves the release build with `mounts` and `headers` ([`serve`])
 * and launches Chromium with `launchOptions` ([`launch`]) before them, and closes both after.
 * Returns an object whose `server` and `browser` are set once they are up.
 */
export function servedAndLaunched({ mounts = {}, headers = {}, launchOptions = {} } = {}) {
  const setup = {};
  before(async () => {
    setup.server = await serve(undefined, mounts, headers);
    setup.browser = await launch(launchOptions);
  });
  after(async () => {
    await setup.browser?.close();
    await setup.server?.close();
  });
  return setup;
}

/**
 * Opens a new page in `context` that records everything that went wrong while it ran:
 * console errors, uncaught exceptions, and requests that failed or got an HTTP error.
 * Resolves to { page, problems }; `problems` is a live array of strings.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    const { url } = msg.location();
    if (msg.type() === 'error') {
      problems.push(`console error: ${msg.text()}${url ? ` (${url})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, problems };
}

/**
 * The CSP and Trusted Types violations a page recorded (in `window.violations`, as strings that
 * include each one's sample), after proving that the recording works: it provokes one known
 * violation, a string assigned to `innerHTML`, waits for it to be reported, and returns the
 * others. A page whose policy or listener is not live fails here instead of passing as clean.
 * The console error the control causes is taken out of `problems` (from openPage), once.
 */
export async function violationsAfterControl(page, problems) {
  const consoleErrors = problems.length;
  const seen = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const before = window.violations.length;
        try {
          document.createElement('div').innerHTML = '<i>av-control</i>';
        } catch {
          // Trusted Types refuses the string: the violation event is what is checked.
        }
        const deadline = Date.now() + 5000;
        const check = () =>
          window.violations.length > before || Date.now() > deadline
            ? resolve([...window.violations])
            : setTimeout(check, 10);
        check();
      }),
  );
  const control = seen.filter((violation) => violation.includes('av-control'));
  if (control.length !== 1) throw new Error(`the control violation was not seen once: ${JSON.stringify(seen)}`);
  const isControlError = (problem) => problem.includes("requires 'TrustedHTML' assignment");
  for (let waited = 0; !problems.slice(consoleErrors).some(isControlError) && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const at = problems.findIndex((problem, index) => index >= consoleErrors && isControlError(problem));
  if (at < 0) throw new Error(`the control violation's console error was not seen: ${JSON.stringify(problems)}`);
  problems.splice(at, 1);
  return seen.filter((violation) => !violation.includes('av-control'));
}

/** The strict policy an embedding page may serve: no inline script or style, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "media-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
