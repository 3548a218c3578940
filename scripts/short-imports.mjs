// Part of Trunk's post-build hook (scripts/minify), in release builds, after wasm-bindgen and
// wasm-opt: renames the module's imports, such as
// "./article-viewer_bg.js"."__wbg_toLowerCase_c0c7c927b41fa95c", to "a"."a", "a"."b", …, in the
// wasm and in the glue's object that provides them. Each name carries a 16-digit hash, written
// once in the wasm and once in the JS, and hashes do not compress: 5.5 KB of brotli in all.
// Writes nothing unless every import is a function whose name is found exactly once in the
// glue, as a key.
//   node scripts/short-imports.mjs article-viewer_bg.wasm article-viewer.js
import { readFileSync, writeFileSync } from 'node:fs';
import { name, readU32, rewriteSection, u32 } from './wasm-module.mjs';

const [wasmPath, jsPath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

// The end of a function import's description at `at` (its kind, 0, and its type); wasm-bindgen
// imports nothing else.
function skipFunction(at, field) {
  if (wasm[at] !== 0) throw new Error(`short-imports: ${field} is not a function import`);
  return readU32(wasm, at + 1)[1];
}

// "a" … "z", "A" … "Z", "aa", "ab", …: short, and a JS identifier each.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(index) {
  let text = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / LETTERS.length)) {
    text = LETTERS[(rest - 1) % LETTERS.length] + text;
  }
  return text;
}

function rename(text, from, to) {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const anywhere = text.match(new RegExp(escaped, 'g'))?.length ?? 0;
  const asKey = text.match(new RegExp(`(?<![\\w$])${escaped}:`, 'g'))?.length ?? 0;
  if (anywhere !== 1 || asKey !== 1) {
    throw new Error(`short-imports: ${from} is in ${jsPath} ${anywhere} times, ${asKey} as a key; expected once, as a key`);
  }
  return text.replace(new RegExp(`(?<![\\w$])${escaped}:`), `${to}:`);
}

const modules = new Set();
let imports = 0;
const renamed = rewriteSection(wasm, 2, (start) => {
  let [count, cursor] = readU32(wasm, start);
  const entries = [u32(count)];
  for (let index = 0; index < count; index++) {
    const [moduleLength, moduleStart] = readU32(wasm, cursor);
    const module = wasm.toString('utf8', moduleStart, moduleStart + moduleLength);
    const [fieldLength, fieldStart] = readU32(wasm, moduleStart + moduleLength);
    const field = wasm.toString('utf8', fieldStart, fieldStart + fieldLength);
    const descriptionEnd = skipFunction(fieldStart + fieldLength, field);
    modules.add(module);
    const short = shortName(index);
    js = rename(js, field, short);
    entries.push(name('a'), name(short), wasm.subarray(fieldStart + fieldLength, descriptionEnd));
    cursor = descriptionEnd;
  }
  imports = count;
  return Buffer.concat(entries);
});

if (modules.size !== 1) throw new Error(`short-imports: expected one import module, found ${[...modules]}`);
js = rename(js, JSON.stringify([...modules][0]), 'a');
writeFileSync(wasmPath, renamed);
writeFileSync(jsPath, js);
console.log(`short-imports: ${imports} imports renamed in ${wasmPath} and ${jsPath}`);
