/**
 * Screenshots of the seed preset mid-run (step 20: the producer is on item 4, the buffer
 * holds one item), saved for the README and for reviewers: desktop, phone, embedded and
 * dark. Each test checks what it claims: the page shows step 20 with the stage drawn, and
 * the image has the viewport's width (and, for a full page, at least its height). The
 * images are committed; re-run this file to refresh them.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLab } from './lab_support';

const DIR = 'tests/e2e/screenshots';

/** Checks the lab is drawn at step 20 and `png` is `width` wide and at least `height` tall. */
async function expectDrawn(page: Page, png: Buffer, width: number, height: number) {
  await expect(page.locator('.stage-caption')).toContainText('Step 20');
  await expect(page.locator('svg.stage')).toBeVisible();
  // A PNG's IHDR chunk holds the width and height, big-endian, at bytes 16 and 20.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(width);
  expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(height);
}

test('screenshot: the seed mid-run on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20');
  const png = await page.screenshot({ path: `${DIR}/lab-seed-desktop.png`, fullPage: true });
  await expectDrawn(page, png, 1280, 800);
});

test('screenshot: the seed mid-run on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20');
  const png = await page.screenshot({ path: `${DIR}/lab-seed-phone.png`, fullPage: true });
  await expectDrawn(page, png, 375, 667);
});

test('screenshot: the seed mid-run embedded in a course page', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 640 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20&embed=1');
  const png = await page.screenshot({ path: `${DIR}/lab-seed-embed.png` });
  await expectDrawn(page, png, 800, 640);
});

test('screenshot: the seed mid-run in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20&theme=dark');
  const png = await page.screenshot({ path: `${DIR}/lab-seed-dark.png`, fullPage: true });
  await expectDrawn(page, png, 1280, 800);
});
