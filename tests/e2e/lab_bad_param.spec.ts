/**
 * A bad link, end to end: the page names the bad parameter, keeps its default, applies the
 * rest, and works. The editor says the same thing, in the same words, before applying.
 */
import { expect, test } from '@playwright/test';
import { consoleLines, expectOutcome, openLab, press } from './lab_support';

test('capacity=999 is named in a message and the rest of the link still works', async ({ page }) => {
  await openLab(page, 'capacity=999&items=3');
  const alert = page.locator('.param-errors');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('capacity=999 is out of range: allowed 0 to 64 (kept the default, 2)');

  await press(page, 'Run to end');
  await expectOutcome(page, 'finished');
  expect(await consoleLines(page)).toHaveLength(6);
  await expect(page.locator('#field-capacity')).toHaveValue('2');
  await expect(page.locator('#field-items')).toHaveValue('3');
});

test('the editor refuses capacity 999 with a message naming capacity', async ({ page }) => {
  await openLab(page, 'step=4');
  await page.locator('#field-capacity').fill('999');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();

  const summary = page.locator('.editor-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('capacity=999 is out of range: allowed 0 to 64');
  await expect(page.locator('#field-capacity-error')).toContainText('capacity=999');
  await expect(page.locator('#field-capacity')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.stage-caption')).toContainText('Step 4');

  await page.locator('#field-capacity').fill('3');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.locator('.stage-caption')).toContainText('Step 0');
  await expect(page.locator('.stage-caption')).toContainText('of 3 full');
  await expect(page).toHaveURL(/capacity=3/);
  await expect(summary).toBeHidden();
});

test('a preset from the menu starts its run and explains itself', async ({ page }) => {
  await openLab(page);
  await page.getByText('Choose a lesson').click();
  const button = page.getByRole('button', { name: 'Backpressure: fast producer, slow consumer' });
  // The blurb asks rather than tells (presets.rs).
  await expect(button).toHaveAccessibleDescription(/What happens to the producer once it is far ahead\?/);
  await button.click();
  await expect(page).toHaveURL(/preset=backpressure/);
  await expect(page.locator('#field-items')).toHaveValue('10');
  await press(page, 'Run to end');
  await expectOutcome(page, 'finished');
  expect(await consoleLines(page)).toHaveLength(20);
});

test('a step past the end of the run opens at the end and says where the run stopped', async ({ page }) => {
  await openLab(page, 'preset=ostep-fig-30-11&step=400');
  const banner = page.locator('.param-errors');
  await expect(banner.locator('h2')).toHaveText('One link parameter could not be applied');
  await expect(banner).toContainText('step=400 could not be reached: the run stopped at step');
  await expect(banner).toContainText('because the run ended at step');
});
