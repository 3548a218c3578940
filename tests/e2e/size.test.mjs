// The size budget: the bytes a browser downloads for the app (dist/) and for the package (pkg/),
// wasm + JS + CSS, brotli -q 11 as a host would serve them, each within its budget in
// scripts/size-budget.json. A feature that grows the bundle past it fails here, and either fits
// or pays for itself by removing something. Sizes are deterministic for a given toolchain.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { DIST, REPO_ROOT } from './support.mjs';

const BUDGET = JSON.parse(readFileSync(join(REPO_ROOT, 'scripts/size-budget.json'), 'utf8'));
const SHIPPED = /\.(wasm|js|css)$/;

/** The shipped files under `root` (not the copied samples or demo page), with brotli sizes. */
function measure(root) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const place = relative(root, path);
      if (place === 'samples' || place === 'demo') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (SHIPPED.test(name)) {
        const brotli = execFileSync('brotli', ['-q', '11', '-c', path], { maxBuffer: 64 << 20 }).length;
        files.push({ place, brotli });
      }
    }
  };
  walk(root);
  return files;
}

/** The budget lines a set of sizes breaks: empty when all fit. */
function overBudget(files, budget) {
  const total = files.reduce((sum, file) => sum + file.brotli, 0);
  return total > budget ? [`${total} bytes brotli, over the budget of ${budget}`] : [];
}

test('the check reports a bundle one byte over its budget (positive control)', () => {
  const files = [{ place: 'a.wasm', brotli: 100 }, { place: 'a.js', brotli: 1 }];
  assert.deepEqual(overBudget(files, 101), []);
  assert.deepEqual(overBudget(files, 100), ['101 bytes brotli, over the budget of 100']);
});

for (const [name, folder] of [['app', DIST], ['package', join(REPO_ROOT, 'pkg')]]) {
  test(`the ${name} (wasm + JS + CSS) stays within its budget of ${BUDGET[name]} bytes brotli`, () => {
    const files = measure(folder);
    const kinds = new Set(files.map((file) => file.place.split('.').pop()));
    // All three kinds were found and measured, so a missing file cannot pass for a small one.
    assert.deepEqual([...kinds].sort(), ['css', 'js', 'wasm'], JSON.stringify(files));
    assert.deepEqual(overBudget(files, BUDGET[name]), [], JSON.stringify(files));
  });
}
