// Shortens the names by which a wasm-bindgen bundle's wasm imports its JS functions
// (scripts/post-build.mjs, step 1c; README, "Bundle size").
//
// wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` and writes each name
// twice, in the wasm's import section and as a key of the glue's import object, under a
// module name (`./producer-consumer-lab_bg.js`) that the import section repeats for every
// import. The hex digits do not compress: about 2.4 KB of the wasm and 2.1 KB of the glue
// gzipped, for 160 imports. Both sides get short names instead (`a`, `b`, … `aB`, and
// `m` for the module), the same in both, so the page links exactly as before.
//
// It renames only what it can prove: a name that is not exactly once in the glue, as a
// whole word, is left as it is, and if the glue does not hold the module name exactly once
// as a quoted key, nothing is renamed at all.

/** The wasm's sections: `{ id, start, end }` of each section's payload. */
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, payload] = leb(bytes, at + 1);
    out.push({ id, header: at, start: payload, end: payload + size });
    at = payload + size;
  }
  return out;
}

/** An unsigned LEB128 at `at`: its value, and where what follows it starts. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as an unsigned LEB128. */
function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
const encodeName = (name) => {
  const utf8 = Buffer.from(name, 'utf8');
  return Buffer.concat([encodeLeb(utf8.length), utf8]);
};

/** The import section's entries: module, name, and the bytes of the kind that follow. */
function readImports(bytes, section) {
  let [count, at] = leb(bytes, section.start);
  const entries = [];
  const name = () => {
    const [length, start] = leb(bytes, at);
    at = start + length;
    return bytes.subarray(start, at).toString('utf8');
  };
  while (count-- > 0) {
    const module = name();
    const field = name();
    const kindStart = at;
    const kind = bytes[at++];
    if (kind === 0) [, at] = leb(bytes, at); // a function: its type index
    else if (kind === 1) { at++; const [flags, next] = leb(bytes, at); [, at] = leb(bytes, next); if (flags & 1) [, at] = leb(bytes, at); } // a table
    else if (kind === 2) { const [flags, next] = leb(bytes, at); [, at] = leb(bytes, next); if (flags & 1) [, at] = leb(bytes, at); } // a memory
    else if (kind === 3) at += 2; // a global: its type and mutability
    else throw new Error(`import kind ${kind} is not known`);
    entries.push({ module, field, kind: bytes.subarray(kindStart, at) });
  }
  return entries;
}

/** The n-th short name: `a` … `z`, `A` … `Z`, then `aa`, `ab`, …. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  n += 1;
  while (n > 0) {
    n -= 1;
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length);
  }
  return name;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Every whole-word occurrence of `name` in JS source (names hold `$` and `_` too). */
const wholeWord = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');

/**
 * The bundle with short import names: `{ wasm, js, renamed }` (Buffer, string, count).
 * Throws if the wasm cannot be read; returns the inputs unchanged when renaming cannot be
 * proved safe.
 */
export function shortenImportNames(wasm, js) {
  const all = sections(wasm);
  const importSection = all.find((s) => s.id === 2);
  if (!importSection) return { wasm, js, renamed: 0 };
  const entries = readImports(wasm, importSection);
  const modules = [...new Set(entries.map((e) => e.module))];
  const moduleNames = new Map();
  for (const module of modules) {
    const key = new RegExp(`"${escape(module)}"\\s*:`, 'g');
    if ((js.match(key) ?? []).length !== 1) return { wasm, js, renamed: 0 };
    moduleNames.set(module, `m${moduleNames.size || ''}`);
  }
  let glue = js;
  for (const [module, short] of moduleNames) glue = glue.replace(new RegExp(`"${escape(module)}"(\\s*:)`), `"${short}"$1`);
  let renamed = 0;
  const fields = entries.map((entry) => {
    const uses = (glue.match(wholeWord(entry.field)) ?? []).length;
    if (uses !== 1 || entry.field.length <= 2) return entry.field;
    const short = shortName(renamed++);
    glue = glue.replace(wholeWord(entry.field), short);
    return short;
  });
  const body = Buffer.concat([
    encodeLeb(entries.length),
    ...entries.flatMap((entry, i) => [encodeName(moduleNames.get(entry.module)), encodeName(fields[i]), entry.kind]),
  ]);
  const out = Buffer.concat([
    wasm.subarray(0, importSection.header),
    Buffer.from([2]),
    encodeLeb(body.length),
    body,
    wasm.subarray(importSection.end),
  ]);
  return { wasm: out, js: glue, renamed };
}
