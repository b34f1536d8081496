/**
 * The release build, end to end: it mounts (at the root and under a sub-path), stays
 * quiet in the console, talks to no other origin, passes axe-core, and leaves a
 * screenshot for the README.
 */
import { expect, test } from '@playwright/test';
import { ORIGIN, SUB_PATH, expectNoAxeViolations, openApp, watchPage } from './support';

test('the app mounts at the site root', async ({ page }) => {
  await openApp(page, '/');
  await expect(page).toHaveTitle(/producer–consumer pattern/);
});

test('the same build mounts under a sub-path', async ({ page }) => {
  const log = watchPage(page);
  await openApp(page, SUB_PATH);
  expect(new URL(page.url()).pathname).toBe(SUB_PATH);
  const assets = log.requests.map((url) => new URL(url).pathname).filter((p) => p !== SUB_PATH);
  expect(assets.length).toBeGreaterThan(0);
  for (const path of assets) expect(path, 'assets load from the sub-path').toMatch(/^\/lab\//);
  expect(log.failures).toEqual([]);
});

test('loading the app logs no console errors and no failed requests', async ({ page }) => {
  const log = watchPage(page);
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect(log.errors).toEqual([]);
  expect(log.failures).toEqual([]);
});

test('the app requests nothing from any origin but its own', async ({ page }) => {
  const log = watchPage(page);
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect(log.requests.length).toBeGreaterThan(0);
  const foreign = log.requests.filter((url) => new URL(url).origin !== ORIGIN);
  expect(foreign).toEqual([]);
});

test('the page has no WCAG 2.2 AA violations that axe-core can find', async ({ page }) => {
  await openApp(page);
  await expectNoAxeViolations(page);
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the page has no WCAG 2.2 AA violations that axe-core can find', async ({ page }) => {
    await openApp(page);
    await expectNoAxeViolations(page);
  });
});

test('the page describes itself to search engines and small screens', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /producer–consumer pattern/,
  );
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon.*\.svg$/);
});

test('capture: the mounted page at 1280×720, saved for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await expect(page.locator('svg.stage')).toBeVisible();
  const png = await page.screenshot({ path: 'tests/e2e/screenshots/lab.png' });
  // A PNG's IHDR holds width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
});
