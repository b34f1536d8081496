/**
 * Time travel, end to end: Step, Step back, Reset and the timeline return the page to
 * exactly the state it showed before (narration, console, badges, buffer slots, tokens,
 * wait queues, caption), because the run replays deterministically.
 */
import { expect, test } from '@playwright/test';
import { type LabSnapshot, openLab, press, snapshot, timeline } from './lab_support';

test('step back and reset return exactly the earlier states', async ({ page }) => {
  await openLab(page, 'preset=seed-8-items');
  const states: LabSnapshot[] = [await snapshot(page)];
  for (let i = 1; i <= 12; i++) {
    await press(page, 'Step');
    states.push(await snapshot(page));
    expect(states[i], `step ${i} changed the page`).not.toEqual(states[i - 1]);
  }

  for (let i = 11; i >= 5; i--) {
    await press(page, 'Step back');
    expect(await snapshot(page), `back to step ${i}`).toEqual(states[i]);
  }
  await press(page, 'Reset');
  expect(await snapshot(page)).toEqual(states[0]);
  await press(page, 'Step', 12);
  expect(await snapshot(page)).toEqual(states[12]);
});

test('the timeline jumps through the history by click, drag and keys', async ({ page }) => {
  await openLab(page, 'preset=seed-8-items');
  await press(page, 'Step', 15);
  const at15 = await snapshot(page);
  await press(page, 'Reset');
  const at0 = await snapshot(page);
  const slider = timeline(page);
  await expect(slider).toHaveAttribute('aria-valuemax', '15');

  await slider.focus();
  await page.keyboard.press('End');
  expect(await snapshot(page)).toEqual(at15);
  await page.keyboard.press('Home');
  expect(await snapshot(page)).toEqual(at0);
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');

  const box = await slider.boundingBox();
  if (!box) throw new Error('the timeline has a box');
  // The last pixel column is the end of the history.
  await page.mouse.click(box.x + box.width - 1.5, box.y + box.height / 2);
  expect(await snapshot(page)).toEqual(at15);
  await page.mouse.move(box.x + box.width * 0.9, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 3, box.y + 5, { steps: 8 });
  await page.mouse.up();
  // Near the left edge the nearest clock move is time 0: the state after its last step.
  await expect(page.locator('.stage-caption')).toContainText('Clock 0 ms');
  const early = Number(await slider.getAttribute('aria-valuenow'));
  expect(early).toBeGreaterThan(0);
  expect(early).toBeLessThan(10);
});
