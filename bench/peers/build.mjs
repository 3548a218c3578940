// Builds the peers into bench/out/<peer>/ (git-ignored): index.html (the app's page, see
// index.html here), app.js (esbuild, minified, NODE_ENV=production) and article.css (the
// viewer's style/viewer.css + style/app.css, minified as Trunk's release build does), with a
// samples/ link so each page opens the default sample when served as it is.
import { build } from 'esbuild';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
export const OUT = join(ROOT, 'bench/out');
export const PEERS = { plain: 'plain/main.js', react: 'react/main.jsx' };

export async function buildPeers() {
  const page = await readFile(join(HERE, 'index.html'), 'utf8');
  const css = await build({
    stdin: { contents: '@import "./style/viewer.css";\n@import "./style/app.css";\n', resolveDir: ROOT, loader: 'css' },
    bundle: true,
    minify: true,
    write: false,
  });
  for (const [peer, entry] of Object.entries(PEERS)) {
    const dir = join(OUT, peer);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await build({
      entryPoints: [join(HERE, entry)],
      outfile: join(dir, 'app.js'),
      bundle: true,
      format: 'esm',
      minify: true,
      jsx: 'automatic',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      logLevel: 'warning',
    });
    await writeFile(join(dir, 'index.html'), page.replaceAll('PEER', peer));
    await writeFile(join(dir, 'article.css'), css.outputFiles[0].contents);
    await symlink(relative(dir, join(ROOT, 'samples')), join(dir, 'samples'));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPeers();
