// Serves the renderers and the articles on loopback as a real host would: text, JSON and wasm
// brotli-compressed (quality 11, compressed once per file and kept), images as they are, and
// `cache-control: no-store` so that every load is cold.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webm': 'video/webm',
};
// Already compressed formats gain nothing from brotli, and hosts do not apply it to them.
const COMPRESSED = new Set(['.png', '.webm']);

/** Serves each folder of `mounts` ({ '/viewer/': dist }) at its prefix. Resolves to { url, close }. */
export async function serve(mounts) {
  const cache = new Map(); // file -> { body, encoding }
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const prefix = Object.keys(mounts).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
      if (!prefix) throw Object.assign(new Error(), { code: 'ENOENT' });
      const base = resolve(mounts[prefix]);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!cache.has(file)) cache.set(file, await encode(file));
      const { body, encoding } = cache.get(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(encoding && { 'content-encoding': encoding }),
        'content-length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      const notFound = err.code === 'ENOENT' || err.code === 'ENOTDIR' || err instanceof URIError;
      res.writeHead(notFound ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(notFound ? 'not found' : String(err));
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
    // Files change between the peers' build and the static pages': forget what was compressed.
    forget: () => cache.clear(),
  };
}

async function encode(file) {
  const raw = await readFile(file);
  if (COMPRESSED.has(extname(file))) return { body: raw };
  const body = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  return { body, encoding: 'br' };
}
