// Part of Trunk's post-build hook (scripts/minify), in release builds, after wasm-bindgen and
// wasm-opt: takes the classes named on the command line out of wasm-bindgen's glue, and their
// methods out of the module's exports, so that the next wasm-opt pass drops the code behind them.
//
// They are wasm-streams' stream adapters (IntoUnderlyingSource, IntoUnderlyingByteSource,
// IntoUnderlyingSink): Leptos depends on server_fn, whose browser client depends on wasm-streams,
// and a `#[wasm_bindgen]` struct's methods are exported whether anything uses them or not. The
// viewer calls no server function, and no code can create one of these: wasm-bindgen gives a
// class a `__wrap` only when Rust can hand one to JS, and these have none. About 1.2 KB brotli.
//
// Writes nothing unless each class is found once, with its dispose line and its finalization
// registry, has no `__wrap`, and nothing else in the glue names it or one of its exports.
//   node scripts/unreachable-classes.mjs article-viewer_bg.wasm article-viewer.js Class…
import { readFileSync, writeFileSync } from 'node:fs';
import { readU32, rewriteSection, u32 } from './wasm-module.mjs';

const [wasmPath, jsPath, ...classes] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

function fail(message) {
  throw new Error(`unreachable-classes: ${message}`);
}

// `js` without the one match of `pattern`; what was matched is checked by `check`.
function removeOnce(pattern, what, check = () => {}) {
  const matches = js.match(pattern) ?? [];
  if (matches.length !== 1) fail(`${what} found ${matches.length} times in ${jsPath}, expected once`);
  check(matches[0]);
  js = js.replace(pattern, '');
}

// wasm-bindgen names a class's exports `<class in lower case>_<method>`, and its destructor
// `__wbg_<class in lower case>_free`.
const prefixes = classes.map((name) => name.toLowerCase());
const ofClass = (exported) =>
  prefixes.some((prefix) => exported.startsWith(`${prefix}_`) || exported === `__wbg_${prefix}_free`);

for (const name of classes) {
  removeOnce(
    new RegExp(`export class ${name} \\{\\n[\\s\\S]*?\\n\\}\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, 'g'),
    `class ${name}`,
    (block) => block.includes('__wrap') && fail(`${name} has a __wrap: Rust can hand one to JS`),
  );
  removeOnce(new RegExp(`const ${name}Finalization = [^;]*;\\n`, 'g'), `${name}'s finalization registry`);
  if (js.includes(name)) fail(`${jsPath} still names ${name}`);
}

const removed = [];
const kept = rewriteSection(wasm, 7, (start) => {
  let [count, cursor] = readU32(wasm, start);
  const entries = [];
  for (let index = 0; index < count; index++) {
    const [length, nameStart] = readU32(wasm, cursor);
    const exported = wasm.toString('utf8', nameStart, nameStart + length);
    // An export is its name, its kind (one byte) and its index.
    const end = readU32(wasm, nameStart + length + 1)[1];
    if (ofClass(exported)) removed.push(exported);
    else entries.push(wasm.subarray(cursor, end));
    cursor = end;
  }
  return Buffer.concat([u32(entries.length), ...entries]);
});

for (const prefix of prefixes) {
  if (!removed.includes(`__wbg_${prefix}_free`)) fail(`no export __wbg_${prefix}_free in ${wasmPath}`);
}
const stillNamed = removed.filter((exported) => js.includes(exported));
if (stillNamed.length) fail(`${jsPath} still calls ${stillNamed.join(', ')}`);

writeFileSync(wasmPath, kept);
writeFileSync(jsPath, js);
console.log(`unreachable-classes: ${classes.length} classes and ${removed.length} exports taken out of ${jsPath} and ${wasmPath}`);
