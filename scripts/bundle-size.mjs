// What a visitor downloads, page by page (scripts/bundle-size.sh runs this; README,
// "Bundle size"). Reads the release build in a dist directory and prints, for each of
// the site's two pages, the bytes of every file it fetches, raw, gzip -9 and brotli
// (quality 11, Node's zlib), by kind and in total:
//
// - the scenario page (the bare address, every lesson, preset and embed): the HTML, the
//   loader, the stylesheet, the icon and the scenario lab's glue and wasm;
// - the program page (`?edit=go`, `?program=…`): the same with the program lab's bundle;
// - a first visit with the offline copy: the scenario page, then what the service worker
//   caches on install (sw.js, the texts and programs the panels fetch, embed.js), but not
//   the other page's bundle (static/sw.js caches a bundle only where it is used);
// - the whole build, every file in the directory.
//
//   node scripts/bundle-size.mjs [--markdown] [dist]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { attr } from './html-attr.mjs';

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';

const local = (href) => href.replace(/^\.\//, '');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const boot = /<script\b[^>]*\bid=["']?pclab-boot\b[^>]*>/.exec(html)?.[0];
if (!boot || !attr(boot, 'data-program-wasm')) {
  console.error(`bundle-size.mjs: ${dist}/index.html has no loader tag naming both bundles (scripts/post-build.mjs)`);
  process.exit(1);
}
const links = html.match(/<link\b[^>]*>/g) ?? [];
const linked = (rel) => links.filter((t) => attr(t, 'rel') === rel).map((t) => local(attr(t, 'href')));
const shell = ['index.html', local(attr(boot, 'src')), ...linked('stylesheet'), ...linked('icon')];
const scenario = [local(attr(boot, 'data-js')), local(attr(boot, 'data-wasm'))];
const program = [local(attr(boot, 'data-program-js')), local(attr(boot, 'data-program-wasm'))];

const everything = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(dist, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
  .filter((name) => !name.startsWith('.'))
  .sort();
const offline = everything.filter((name) => !program.includes(name) && !scenario.includes(name));

const kindOf = (name) =>
  name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'JS' : name.endsWith('.css') ? 'CSS' : name.endsWith('.html') ? 'HTML' : 'other';
const sizes = new Map();
const sizeOf = (name) => {
  if (!sizes.has(name)) {
    const bytes = readFileSync(join(dist, name));
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    // GNU gzip itself, as the figures in the README have always been measured.
    const gzip = execFileSync('gzip', ['-9', '-c', join(dist, name)], { maxBuffer: 1 << 26 }).length;
    sizes.set(name, { raw: bytes.length, gzip, brotli: brotli.length });
  }
  return sizes.get(name);
};

const grouped = (n) => n.toLocaleString('en-US');
const kinds = ['wasm', 'JS', 'CSS', 'HTML', 'other', 'total'];
function table(title, files) {
  const rows = Object.fromEntries(kinds.map((k) => [k, { files: 0, raw: 0, gzip: 0, brotli: 0 }]));
  for (const name of new Set(files)) {
    const s = sizeOf(name);
    for (const row of [rows[kindOf(name)], rows.total]) {
      row.files += 1;
      row.raw += s.raw;
      row.gzip += s.gzip;
      row.brotli += s.brotli;
    }
  }
  const shown = kinds.filter((k) => rows[k].files > 0 || k === 'total');
  if (markdown) {
    console.log(`\n**${title}**\n\n| file kind | files | raw bytes | gzip -9 bytes | brotli bytes |\n|---|---:|---:|---:|---:|`);
    for (const k of shown) {
      const r = rows[k];
      console.log(`| ${k} | ${r.files} | ${grouped(r.raw)} | ${grouped(r.gzip)} | ${grouped(r.brotli)} |`);
    }
  } else {
    console.log(`\n${title}`);
    console.log(`${'kind'.padEnd(6)} ${'files'.padStart(5)} ${'raw'.padStart(12)} ${'gzip -9'.padStart(14)} ${'brotli'.padStart(14)}`);
    for (const k of shown) {
      const r = rows[k];
      console.log(`${k.padEnd(6)} ${String(r.files).padStart(5)} ${grouped(r.raw).padStart(12)} ${grouped(r.gzip).padStart(14)} ${grouped(r.brotli).padStart(14)}`);
    }
  }
  return rows.total;
}

const page = table('The scenario page (the bare address, lessons, presets, embeds)', [...shell, ...scenario]);
table('The program page (?edit=go, ?program=...)', [...shell, ...program]);
table('A first visit to the scenario page, with the offline copy', [...shell, ...scenario, ...offline]);
table('The whole build (every file in dist/)', everything);
const budget = 160 * 1024;
console.log(`\nThe scenario page: ${grouped(page.gzip)} bytes gzipped, ${grouped(page.brotli)} brotli; issue 11's budget is ${grouped(budget)} gzipped.`);
