/**
 * The single-file build (scripts/build-single.sh): one HTML file with the JS, the wasm and
 * the CSS inlined, opened from file:// as a learner would after downloading it from an
 * LMS. scripts/test.sh writes it (from dist/) before Playwright runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { SEED_TRACE, consoleLines, currentStep, expectOutcome, press } from './lab_support';
import { expectAppMounted, watchPage } from './support';

const SINGLE = resolve('dist-single/producer-consumer-lab.html');

test('the single file opens from file:// and steps the seed to its real output', async ({ page }) => {
  expect(existsSync(SINGLE), `${SINGLE} exists (run scripts/build-single.sh --from dist)`).toBe(true);
  const log = watchPage(page);
  await page.goto(`${pathToFileURL(SINGLE).href}?preset=seed`);
  await expectAppMounted(page);
  // The inlined stylesheets apply (the lab's grid comes from lab.css).
  expect(await page.locator('.lab-top').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  await press(page, 'Step', 4);
  expect(await currentStep(page)).toBe(4);
  await press(page, 'Run to end');
  await expectOutcome(page, 'finished');
  expect(await consoleLines(page)).toEqual(SEED_TRACE);
  // Nothing but the file itself (and its own data: and blob: URLs): it needs no server.
  expect(log.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(log.failures).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the single file opens the program lab for ?edit=go and runs the seed as Go source to its real output', async ({ page }) => {
  const log = watchPage(page);
  await page.goto(`${pathToFileURL(SINGLE).href}?edit=go`);
  await expectAppMounted(page);
  await expect(page.getByRole('textbox', { name: 'Go program' })).toBeVisible();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.locator('.program-controls .outcome')).toContainText('The program finished');
  const lines = await page.locator('.program-console li').evaluateAll((items) =>
    items.map((li) => `${(li.querySelector('.console-time')?.textContent ?? '').replace(/ ms$/, '')} ${li.querySelector('code')?.textContent ?? ''}`),
  );
  // The same real-Go trace as the scenario lab's seed, without the task names.
  expect(lines).toEqual(SEED_TRACE.map((line) => line.replace(/^(\d+) \S+ /, '$1 ')));
  expect(log.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the single file carries the lessons, challenges and example programs the site fetches', async ({ page }) => {
  // A page from file:// (or an LMS) cannot fetch its neighbours: scripts/inline-single.mjs
  // puts every teaching asset inside the file.
  const log = watchPage(page);
  const file = pathToFileURL(SINGLE).href;
  await page.goto(`${file}?embed=1&lesson=buffer`);
  await expectAppMounted(page);
  await expect(page.locator('.embed-panels .lesson h3')).toHaveText('The buffer');
  await page.goto(`${file}?challenge=semaphore-mutex-outside`);
  await expectAppMounted(page);
  await expect(page.locator('.challenge h3')).toHaveText('Sleep holding the lock');
  await page.goto(`${file}?edit=go`);
  await expectAppMounted(page);
  await page.getByLabel('Start from an example').selectOption('pipeline.go');
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.locator('#go-source')).toHaveValue(readFileSync(resolve('static/programs/pipeline.go'), 'utf8'));
  await page.goto(`${file}?edit=go&challenge=go-close-too-soon`);
  await expectAppMounted(page);
  await expect(page.locator('#go-source')).toHaveValue(readFileSync(resolve('static/programs/close_too_soon.go'), 'utf8'));
  expect(log.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(log.errors).toEqual([]);
});
