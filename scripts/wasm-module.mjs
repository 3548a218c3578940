// Reading and writing a wasm module's sections, for the release hook's scripts
// (scripts/short-imports.mjs, scripts/unreachable-classes.mjs) and bench/compile.mjs.

/** The unsigned LEB128 number at `at` in `bytes`, and where it ends. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128. */
export function u32(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

/** A name as the module writes it: its length in bytes, then its UTF-8. */
export const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

/**
 * The module with the section of id `id` rewritten: `rewrite(start, end)` is given its body's
 * bounds in `wasm` and returns the new body; every other section is kept as it is.
 */
export function rewriteSection(wasm, id, rewrite) {
  const parts = [wasm.subarray(0, 8)];
  let found = 0;
  for (let at = 8; at < wasm.length; ) {
    const [size, start] = readU32(wasm, at + 1);
    const end = start + size;
    if (wasm[at] === id) {
      const body = rewrite(start, end);
      parts.push(Buffer.from([id]), u32(body.length), body);
      found++;
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  if (found !== 1) throw new Error(`expected one section ${id}, found ${found}`);
  return Buffer.concat(parts);
}
