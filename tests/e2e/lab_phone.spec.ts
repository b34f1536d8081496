/**
 * A student on a phone, end to end: at 375×667 the page never scrolls sideways, whatever
 * it shows: the introduction, a finished run, the editor's messages, many tasks, a
 * monitor program, or the embedded view.
 */
import { expect, test } from '@playwright/test';
import { openLab, press, scrollsSideways } from './lab_support';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

const PAGES: [string, string, boolean][] = [
  ['the first visit, with the introduction', '', true],
  ['a finished run of the seed', 'step=38', false],
  ['sixteen producers and consumers over 64 slots', 'producers=16&consumers=16&capacity=64&step=300', false],
  ['a monitor program from the book', 'preset=ostep-fig-30-9&step=20', false],
  ['the embedded view', 'embed=1&step=10', false],
];

for (const [what, query, intro] of PAGES) {
  test(`no horizontal scrolling on a phone: ${what}`, async ({ page }) => {
    await openLab(page, query, { intro });
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test('no horizontal scrolling on a phone with the presets open and editor messages', async ({ page }) => {
  await openLab(page);
  await page.getByText('Choose a lesson').click();
  await page.locator('#field-produce_ms').fill('1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.locator('#field-produce_ms-error')).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});

test('the timeline can be scrubbed by touch on a phone', async ({ page }) => {
  await openLab(page, 'step=20');
  await press(page, 'Reset');
  const slider = page.getByRole('slider', { name: 'Timeline position (step)' });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the timeline has a box');
  await page.touchscreen.tap(box.x + box.width - 1.5, box.y + box.height / 2);
  await expect(slider).toHaveAttribute('aria-valuenow', '20');
});
