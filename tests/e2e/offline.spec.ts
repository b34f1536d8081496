/**
 * Offline use through the service worker (static/sw.js, filled in per build by
 * scripts/post-build.mjs): after one visit the page reloads and runs with the server
 * gone, and when a new build is deployed the next visit gets it, offline too.
 *
 * The suite blocks service workers everywhere else (playwright.config.ts); this file
 * allows them and serves its own copy of dist/ from its own server, which it stops to
 * take "the network" away.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { currentStep, INTRO_DISMISSED_KEY, press } from './lab_support';
import { expectAppMounted } from './support';

test.use({ serviceWorkers: 'allow' });

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Serves `dir` on `port` with the suite's static server; resolves once it listens. */
function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['tests/e2e/static-server.mjs', dir, String(port)]);
    child.stdout.once('data', () => resolve(child));
    child.once('error', reject);
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** "Deploys" a new build into `dir`: a changed page, and the sw.js its build would get. */
function deployNewBuild(dir: string, marker: string): void {
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', `<meta name="pclab-build" content="${marker}"><title>`));
  const env = { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_SOURCE_DIR: '.' };
  const hook = spawnSync('node', ['scripts/post-build.mjs'], { env, stdio: 'ignore' });
  expect(hook.status, 'post-build.mjs rewrote sw.js').toBe(0);
}

async function buildMarker(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('meta[name=pclab-build]')?.getAttribute('content') ?? null);
}

/** The file names in each of the page's caches. */
async function cachedFiles(page: Page): Promise<string[][]> {
  return page.evaluate(async () => {
    const out: string[][] = [];
    for (const key of await caches.keys()) {
      const requests = await (await caches.open(key)).keys();
      out.push(requests.map((r) => new URL(r.url).pathname.split('/').pop() ?? ''));
    }
    return out;
  });
}

/**
 * Waits until a service worker controls the page and its cache holds this build: the
 * shell from the install, and the page's own bundle once the loader has asked for it.
 */
async function waitForOfflineCopy(page: Page): Promise<string[]> {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
  const wasm = await page.evaluate(() => document.getElementById('pclab-boot')?.dataset.wasm?.split('/').pop());
  await expect.poll(async () => (await cachedFiles(page)).flat(), { timeout: 15_000 }).toContain(wasm);
  return page.evaluate(() => caches.keys());
}

test('after one visit the page works with the network off, and a new build replaces the old', async ({ page }) => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'pclab-offline-'));
  cpSync('dist', dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/?preset=seed`;
  await page.addInitScript((key) => window.localStorage.setItem(key, '1'), INTRO_DISMISSED_KEY);
  let server = await serve(dir, port);
  try {
    await page.goto(url);
    await expectAppMounted(page);
    const firstCaches = await waitForOfflineCopy(page);
    expect(firstCaches).toHaveLength(1);
    // A visit to the scenario page never downloads the program lab's bundle, even for
    // the offline copy; the texts and programs its panels fetch are there.
    const programWasm = await page.evaluate(() => document.getElementById('pclab-boot')?.dataset.programWasm?.split('/').pop());
    const kept = (await cachedFiles(page)).flat();
    expect(kept).not.toContain(programWasm);
    expect(kept).toEqual(expect.arrayContaining(['lessons.txt', 'challenges.txt', 'program-challenges.txt', 'worker_pool.go']));

    await stop(server);
    await page.reload();
    await expectAppMounted(page);
    await press(page, 'Step', 3);
    expect(await currentStep(page)).toBe(3);
    expect(await buildMarker(page)).toBeNull();

    deployNewBuild(dir, 'second');
    server = await serve(dir, port);
    await page.reload();
    await expectAppMounted(page);
    expect(await buildMarker(page), 'online, the page comes from the network').toBe('second');
    // The new worker installs its own cache, then drops the old build's.
    await expect
      .poll(async () => {
        const keys = await page.evaluate(() => caches.keys());
        return keys.length === 1 && keys[0] !== firstCaches[0];
      }, { timeout: 15_000 })
      .toBe(true);

    await stop(server);
    await page.reload();
    await expectAppMounted(page);
    expect(await buildMarker(page), 'offline, the new build comes from the cache').toBe('second');
  } finally {
    if (server.exitCode === null && server.signalCode === null) await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after one visit the program page works offline too, with its own bundle and not the other', async ({ page }) => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'pclab-offline-'));
  cpSync('dist', dir, { recursive: true });
  const port = await freePort();
  const server = await serve(dir, port);
  try {
    await page.goto(`http://127.0.0.1:${port}/?edit=go`);
    const editor = page.getByRole('textbox', { name: 'Go program' });
    await expect(editor).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    const [wasm, other] = await page.evaluate(() => {
      const boot = document.getElementById('pclab-boot');
      return [boot?.dataset.programWasm, boot?.dataset.wasm].map((p) => p?.split('/').pop());
    });
    await expect.poll(async () => (await cachedFiles(page)).flat(), { timeout: 15_000 }).toContain(wasm);
    expect((await cachedFiles(page)).flat()).not.toContain(other);

    await stop(server);
    await page.reload();
    await expect(editor).toBeVisible();
    await page.getByRole('button', { name: /^Step/ }).click();
    await expect(page.getByRole('button', { name: /Back/ })).toBeEnabled();
  } finally {
    if (server.exitCode === null && server.signalCode === null) await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
