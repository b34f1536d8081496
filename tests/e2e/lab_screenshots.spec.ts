/**
 * Screenshots of the seed preset mid-run (step 20: the producer is on item 4, the buffer
 * holds one item), saved for the README and for reviewers: desktop, phone, embedded and
 * dark. The images are committed; re-run this file to refresh them.
 */
import { test } from '@playwright/test';
import { openLab } from './lab_support';

const DIR = 'tests/e2e/screenshots';

test('screenshot: the seed mid-run on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20');
  await page.screenshot({ path: `${DIR}/lab-seed-desktop.png`, fullPage: true });
});

test('screenshot: the seed mid-run on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20');
  await page.screenshot({ path: `${DIR}/lab-seed-phone.png`, fullPage: true });
});

test('screenshot: the seed mid-run embedded in a course page', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 640 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20&embed=1');
  await page.screenshot({ path: `${DIR}/lab-seed-embed.png` });
});

test('screenshot: the seed mid-run in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openLab(page, 'preset=seed&step=20&theme=dark');
  await page.screenshot({ path: `${DIR}/lab-seed-dark.png`, fullPage: true });
});
