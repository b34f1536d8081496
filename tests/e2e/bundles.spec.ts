/**
 * Two bundles, one page (README, "Bundle size"): static/loader.js loads the scenario
 * lab's wasm for the bare address, lessons, presets and embeds, and the program lab's
 * wasm (the Go interpreter and editor) only for program links, so that neither page
 * downloads the other's code. scripts/post-build.mjs names both in the loader's tag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { INTRO_DISMISSED_KEY } from './lab_support';
import { expectAppMounted, watchPage } from './support';

/** The two bundles' wasm and glue file names, read from the built page's loader tag. */
async function bundleFiles(page: Page): Promise<{ scenario: string[]; program: string[] }> {
  return page.evaluate(() => {
    const boot = document.getElementById('pclab-boot') as HTMLScriptElement;
    const name = (path = '') => path.replace(/^\.\//, '');
    return {
      scenario: [name(boot.dataset.js), name(boot.dataset.wasm)],
      program: [name(boot.dataset.programJs), name(boot.dataset.programWasm)],
    };
  });
}

/** The file names (last path segment) a page requested. */
const fetched = (requests: string[]) => requests.map((url) => new URL(url).pathname.split('/').pop());

test.beforeEach(async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, '1'), INTRO_DISMISSED_KEY);
});

for (const query of ['', '?preset=seed', '?lesson=if-vs-while', '?embed=1&mode=monitor', '?edit=c']) {
  test(`the scenario page at "${query || '/'}" never downloads the program lab's bundle`, async ({ page }) => {
    const log = watchPage(page);
    await page.goto(`/${query}`);
    await expectAppMounted(page);
    await expect(page.getByRole('button', { name: 'Step', exact: true }).first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Go program' })).toHaveCount(0);
    const files = await bundleFiles(page);
    const names = fetched(log.requests);
    for (const file of files.scenario) expect(names, `${file} loaded`).toContain(file);
    for (const file of files.program) expect(names, `${file} not loaded`).not.toContain(file);
    expect(log.errors).toEqual([]);
  });
}

for (const query of ['?edit=go', '?edit=go&producers=2', '?edit=go&challenge=go-close-too-soon', '?foo=1&edit=go']) {
  test(`the program page at "${query}" downloads only the program lab's bundle`, async ({ page }) => {
    const log = watchPage(page);
    await page.goto(`/${query}`);
    await expectAppMounted(page);
    await expect(page.getByRole('textbox', { name: 'Go program' })).toBeVisible();
    const files = await bundleFiles(page);
    const names = fetched(log.requests);
    for (const file of files.program) expect(names, `${file} loaded`).toContain(file);
    for (const file of files.scenario) expect(names, `${file} not loaded`).not.toContain(file);
  });
}

test('the Go scenario page\'s "Edit this program" link loads the program bundle, and Back the scenario one again', async ({ page }) => {
  await page.goto('/?preset=seed');
  await expectAppMounted(page);
  const files = await bundleFiles(page);
  const log = watchPage(page);
  await page.getByRole('link', { name: /Edit this program as Go source/ }).click();
  await expect(page.getByRole('textbox', { name: 'Go program' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('edit')).toBe('go');
  expect(fetched(log.requests)).toContain(files.program[1]);

  await page.goBack();
  await expectAppMounted(page);
  await expect(page.getByRole('textbox', { name: 'Go program' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Step', exact: true }).first()).toBeVisible();
});

test('neither bundle carries float printing (core::fmt::float, about 9.5 KB of wasm)', async () => {
  // The wasm Trunk linked (before wasm-bindgen and wasm-opt) still has its function names.
  // Numbers reach the page through app::decimal::fixed or integer arithmetic; a stray
  // `{}` of an f64 brings float printing back (README, "Bundle size").
  const dir = join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm32-unknown-unknown', 'release');
  for (const bin of ['producer-consumer-lab', 'program-lab']) {
    const wasm = readFileSync(join(dir, `${bin}.wasm`));
    expect(wasm.includes('float_to_decimal'), `${bin}.wasm has no float_to_decimal`).toBe(false);
    expect(wasm.includes('producer_consumer_lab'), `${bin}.wasm keeps its names`).toBe(true);
  }
});

test('both bundles import their JS under short names, the same in the wasm and its glue', async ({ page }) => {
  // scripts/short-import-names.mjs: wasm-bindgen's `__wbg_<method>_<hash>` names cost
  // about 4.5 KB gzipped per page; the page mounting (every other test) shows they link.
  await page.goto('/');
  const files = await bundleFiles(page);
  for (const [js, wasm] of [files.scenario, files.program]) {
    const glue = readFileSync(join('dist', js), 'utf8');
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join('dist', wasm))));
    expect(imports.length, `${wasm} imports its glue`).toBeGreaterThan(100);
    for (const { module, name } of imports) {
      expect(module, `${wasm}: ${name}'s module`).toBe('m');
      expect(name.length, `${wasm}: ${name} is short`).toBeLessThanOrEqual(2);
    }
    expect(glue).not.toMatch(/__wbg_\w+_[0-9a-f]{16}/);
    expect(glue).toContain('"m":');
  }
});
