/**
 * A timeline for every mode: an OSTEP run whose virtual clock never moves is drawn on a
 * step axis that clicks and drags move through, and past a finished run's end the plot
 * says "after the run ended" rather than "not reached yet".
 */
import { expect, test } from '@playwright/test';
import { currentStep, expectOutcome, openLab, press, timeline } from './lab_support';

test('an OSTEP figure run has a step axis that a click and a drag move through', async ({ page }) => {
  await openLab(page, 'preset=ostep-fig-30-11');
  await press(page, 'Run to end');
  const furthest = Number(await timeline(page).getAttribute('aria-valuemax'));
  expect(furthest).toBeGreaterThan(20);
  await expect(page.locator('.timeline-axis')).toContainText('steps');
  await timeline(page).scrollIntoViewIfNeeded();
  const box = await timeline(page).boundingBox();
  if (!box) throw new Error('the timeline has no box');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
  const clicked = await currentStep(page);
  expect(Math.abs(clicked - furthest / 2)).toBeLessThanOrEqual(furthest / 4);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  expect(await currentStep(page)).toBeLessThan(clicked);
});

test('past a finished Go run the timeline says the run ended, not "not reached yet"', async ({ page }) => {
  await openLab(page, 'items=3');
  await press(page, 'Run to end');
  await expectOutcome(page, 'finished');
  await expect(page.locator('.timeline-plot rect.tl-ended')).toHaveCount(1);
  await expect(page.locator('.timeline-plot rect.tl-future')).toHaveCount(0);
  await press(page, 'Reset');
  await expect(page.locator('.timeline-plot rect.tl-ended')).toHaveCount(1);
});
