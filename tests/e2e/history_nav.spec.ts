/**
 * History: while paused the address bar holds the step (a debounced replaceState), so a
 * reload returns there; choosing a preset adds a history entry, and Back and Forward
 * restore the run and its step; a shared link opens with the stage in view, and the
 * introduction opens by itself only on the bare address.
 */
import { expect, test } from '@playwright/test';
import { currentStep, openLab, press } from './lab_support';
import { expectAppMounted } from './support';

const stepInUrl = (url: string) => new URL(url).searchParams.get('step');

test('while paused the address bar holds the step, and a reload returns to it', async ({ page }) => {
  await openLab(page, 'preset=backpressure');
  await press(page, 'Step', 6);
  await expect.poll(() => stepInUrl(page.url())).toBe('6');
  await page.reload();
  await expectAppMounted(page);
  expect(await currentStep(page)).toBe(6);
});

test('choosing a preset adds a history entry; Back and Forward restore run and step', async ({ page }) => {
  await openLab(page, 'preset=seed');
  await press(page, 'Step', 4);
  await expect.poll(() => stepInUrl(page.url())).toBe('4');
  await page.locator('.presets-menu summary').click();
  await page.locator('button[data-preset="fan-in"]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('fan-in');
  await press(page, 'Step', 2);
  await expect.poll(() => stepInUrl(page.url())).toBe('2');

  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('seed');
  await expect.poll(() => currentStep(page)).toBe(4);
  await expect(page.locator('.task-card')).toHaveCount(2);

  await page.goForward();
  await expect.poll(() => currentStep(page)).toBe(2);
  await expect(page.locator('.task-card')).toHaveCount(4);
});

test('a shared link opens with the stage in view; the bare address shows the introduction', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // A first visit (nothing in localStorage) through a link with a scenario key.
  await page.goto('/?preset=ostep-fig-30-9');
  await expectAppMounted(page);
  await expect(page.locator('.intro')).toHaveCount(0);
  await expect(page.locator('.stage-frame svg')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeInViewport();
  await page.goto('/');
  await expect(page.locator('.intro')).toBeVisible();
});
