// The document size limit holds for a fetched document whose size the headers do not tell: a
// chunked response and a gzip-compressed one (whose Content-Length is the compressed size) are cut
// off at the limit while they arrive, not buffered whole and measured after.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createGzip, gzipSync } from 'node:zlib';
import { launch, openPage, serve } from './support.mjs';

const MIB = 1024 * 1024;
const CHUNKED_TOTAL = 64 * MIB;
const CHUNK = Buffer.alloc(64 * 1024, ' ');
const CUT_OFF = /over the size limit of 1\.0 MB \(maxDocumentBytes\); the viewer stopped reading it there/;

// A 3 MB article: a gzip body of a few kilobytes.
const BIG_ARTICLE = JSON.stringify({ headline: 'Big', body: [{ type: 'text', text: 'a'.repeat(3 * MIB) }] });
const GZIPPED = gzipSync(BIG_ARTICLE);

/** Resolves on the first of `events` from `emitter`, leaving no listener behind. */
const either = (emitter, events) =>
  new Promise((resolve) => {
    const done = () => {
      for (const event of events) emitter.off(event, done);
      resolve();
    };
    for (const event of events) emitter.once(event, done);
  });

let site, hostile, browser;
let chunkedSent = { bytes: 0, closed: null };
let gzipSent = { closed: null };
const GZIP_STREAM_TOTAL = 64 * MIB;
before(async () => {
  site = await serve();
  hostile = createServer(async (req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    // Read as it arrives too (gzip): a headline in UTF-8, and one in Latin-1, whose é and ÿ
    // are not UTF-8.
    const headline = { '/utf8.json': Buffer.from('Café ÿ'), '/latin1.json': Buffer.from('Café ÿ', 'latin1') }[req.url];
    if (headline) {
      const body = Buffer.concat([Buffer.from('{"headline": "'), headline, Buffer.from('", "body": [{"type": "text", "text": "x"}]}')]);
      res.writeHead(200, { ...cors, 'content-encoding': 'gzip' });
      res.end(gzipSync(body));
      return;
    }
    if (req.url === '/gzip.json') {
      res.writeHead(200, { ...cors, 'content-encoding': 'gzip', 'content-length': GZIPPED.length });
      res.end(GZIPPED);
      return;
    }
    // Gzip, chunked, without end: an article whose text is random hex digits (about two bytes
    // decoded for each byte sent), compressed as it is sent, up to 64 MB compressed, as fast
    // as the client reads; counts the compressed bytes sent until the client went away.
    if (req.url === '/gzip-stream.json') {
      res.writeHead(200, { ...cors, 'content-encoding': 'gzip' });
      const gzip = createGzip({ level: 1 });
      const sent = { bytes: 0 };
      let done;
      gzipSent = { closed: new Promise((resolve) => (done = resolve)) };
      res.on('close', () => {
        gzip.destroy();
        done(sent.bytes);
      });
      gzip.on('data', (chunk) => {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) gzip.pause();
      });
      res.on('drain', () => gzip.resume());
      gzip.on('end', () => res.end());
      gzip.write('{"headline": "Big", "body": [{"type": "text", "text": "');
      while (sent.bytes < GZIP_STREAM_TOTAL && !res.destroyed) {
        if (!gzip.write(randomBytes(32 * 1024).toString('hex'))) {
          await either(gzip, ['drain', 'close']);
        }
      }
      if (!res.destroyed) gzip.end('"}]}');
      return;
    }
    // Chunked: no Content-Length, 64 MB of spaces after an opening brace, sent as fast as the
    // client reads; counts what was sent until the client went away.
    res.writeHead(200, cors);
    const sent = { bytes: 0 };
    let done;
    chunkedSent = { sent, closed: new Promise((resolve) => (done = resolve)) };
    res.on('close', () => done(sent.bytes));
    res.write('{');
    while (sent.bytes < CHUNKED_TOTAL && !res.destroyed) {
      sent.bytes += CHUNK.length;
      if (!res.write(CHUNK)) await either(res, ['drain', 'close']);
    }
    res.end('}');
  });
  await new Promise((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => hostile?.close(resolve));
});

/** Mounts a viewer on `src` with a document limit, and resolves to its error text (or headline). */
async function mountAndRead(page, src, maxDocumentBytes) {
  return page.evaluate(async ([src, maxDocumentBytes]) => {
    const { mount } = await import('../embed.js');
    const viewer = mount(document.body, src, { limits: { maxDocumentBytes } });
    const root = viewer.element.shadowRoot;
    for (let i = 0; i < 600; i++) {
      const shown = root.querySelector('.av-error-reason, h1.av-headline');
      if (shown) return shown.textContent;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return 'nothing shown in 30 s';
  }, [src, maxDocumentBytes]);
}

test('a chunked document is cut off at the limit, and the server stops sending', async () => {
  const { page } = await openPage(browser);
  await page.goto(`${site.url}demo/`);
  const shown = await mountAndRead(page, `http://127.0.0.1:${hostile.address().port}/chunked.json`, MIB);
  assert.match(shown, CUT_OFF);
  const sent = await chunkedSent.closed;
  // What was sent is the limit plus what the network buffers held, far from the whole 64 MB.
  assert.ok(sent >= MIB, `the server sent ${sent} bytes, less than the limit`);
  assert.ok(sent < CHUNKED_TOTAL / 4, `the server sent ${sent} of ${CHUNKED_TOTAL} bytes`);
});

test('a gzip document is measured as decoded, not by its Content-Length', async () => {
  const { page } = await openPage(browser);
  await page.goto(`${site.url}demo/`);
  const url = `http://127.0.0.1:${hostile.address().port}/gzip.json`;
  assert.ok(GZIPPED.length < MIB / 10, `the compressed body (${GZIPPED.length} bytes) is announced as small`);
  assert.match(await mountAndRead(page, url, MIB), CUT_OFF);
  // Positive control: the same document within a larger limit renders.
  assert.equal(await mountAndRead(page, url, 8 * MIB), 'Big');
});

test('a gzip document that does not end is cut off at the limit as it is decoded, and the server stops sending', async (t) => {
  const { page } = await openPage(browser);
  await page.goto(`${site.url}demo/`);
  const shown = await mountAndRead(page, `http://127.0.0.1:${hostile.address().port}/gzip-stream.json`, MIB);
  assert.match(shown, CUT_OFF);
  const sent = await gzipSent.closed;
  t.diagnostic(`the server sent ${sent} compressed bytes of at most ${GZIP_STREAM_TOTAL}`);
  // A megabyte decoded is about half a megabyte sent; the rest is what the network buffers held.
  assert.ok(sent >= MIB / 4, `the server sent ${sent} compressed bytes, too few for the limit`);
  assert.ok(sent < GZIP_STREAM_TOTAL / 4, `the server sent ${sent} of ${GZIP_STREAM_TOTAL} compressed bytes`);
});

test('a document read as it arrives is decoded as UTF-8, with U+FFFD for bytes that are not', async () => {
  const { page } = await openPage(browser);
  await page.goto(`${site.url}demo/`);
  const origin = `http://127.0.0.1:${hostile.address().port}`;
  assert.equal(await mountAndRead(page, `${origin}/utf8.json`, MIB), 'Café ÿ');
  assert.equal(await mountAndRead(page, `${origin}/latin1.json`, MIB), 'Caf\uFFFD \uFFFD');
});
