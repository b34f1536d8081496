/**
 * A keyboard-only learner, end to end: with nothing but Tab, Space and the arrow keys the
 * lab starts, steps, plays, pauses and goes back, and focus is never lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { currentStep, framesAndTime, openLab, timeline } from './lab_support';

/** Presses Tab until the focused element's accessible text is `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('start, step, play, pause and back with Tab, Space and arrow keys only', async ({ page }) => {
  await openLab(page, 'speed=8');

  await tabTo(page, 'Step');
  await page.keyboard.press('Space');
  await expect(page.locator('.stage-caption')).toContainText('Step 1');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.stage-caption')).toContainText('Step 2');

  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Play');
  await page.keyboard.press('Space');
  await expect(page.locator(':focus')).toHaveText('Pause');
  await expect.poll(() => currentStep(page)).toBeGreaterThan(4);
  await page.keyboard.press('Space');
  await expect(page.locator(':focus')).toHaveText('Play');
  const paused = await currentStep(page);
  // Paused means it stays put: over four full beats at this speed (8×: 62.5 ms a step)
  // and at least 30 frames, whichever is later, so a slow machine only waits longer.
  await framesAndTime(page, 30, 250);
  expect(await currentStep(page)).toBe(paused);

  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.stage-caption')).toContainText(`Step ${paused - 1}`);
  await expect(page.locator(':focus')).toHaveText('Play');
});

test('the timeline is reached with Tab and moved with arrow keys', async ({ page }) => {
  await openLab(page, 'step=12');
  const slider = timeline(page);
  for (let i = 0; i < 80 && !(await slider.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(slider).toBeFocused();

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuenow', '10');
  await expect(page.locator('.stage-caption')).toContainText('Step 10');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.stage-caption')).toContainText('Step 11');
  await expect(slider).toBeFocused();
});

test('a control that a press removes hands the focus on, never to the page body', async ({ page }) => {
  // An answer: the answers go, and the focus moves to the question's heading.
  await openLab(page, 'ask=0:next');
  await page.locator('.answers button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reveal')).toBeVisible();
  await expect(page.locator('#question-heading')).toBeFocused();
  // Present and back: the button moves with the layout, and the focus with it.
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
  // The introduction opens with the focus in it, and Escape closes it again.
  const reopen = page.getByRole('button', { name: 'What is the producer–consumer pattern?' });
  await reopen.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#intro-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reopen).toBeFocused();
  // The explorer's Start and Cancel swap places under the focus (a search of millions of
  // states, far longer than two key presses).
  await openLab(page, 'mode=monitor&variant=two-cvs-while&producers=3&consumers=3&capacity=2&items=3');
  const start = page.getByRole('button', { name: 'Search every interleaving' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel search' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
});
