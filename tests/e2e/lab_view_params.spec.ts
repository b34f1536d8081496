/**
 * The view's URL parameters, end to end: `embed=1` shows only the stage, controls and
 * narration (no introduction, no panels); `autoplay=1` plays on its own; `theme=dark`
 * darkens the page; `step=N` opens the run at step N.
 */
import { expect, test } from '@playwright/test';
import { consoleLines, currentStep, openLab, timeline } from './lab_support';

test('embed=1 shows the stage without the introduction or the panels', async ({ page }) => {
  await openLab(page, 'embed=1', { intro: true });
  await expect(page.locator('main.embed')).toBeVisible();
  await expect(page.locator('.stage-frame svg')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await expect(page.locator('#narration')).toBeVisible();
  await expect(page.getByRole('link', { name: /Open the full lab/ })).toBeVisible();
  for (const hidden of ['.intro', '.intro-reopen', '.timeline-panel', '.metrics-panel', '.editor-panel', '.presets-panel', '.share-panel']) {
    await expect(page.locator(hidden), hidden).toHaveCount(0);
  }
});

test('the introduction shows on a first visit, and not after it was closed', async ({ page }) => {
  await openLab(page, '', { intro: true });
  const intro = page.getByRole('region', { name: /producer–consumer pattern/ });
  await expect(intro).toBeVisible();
  await intro.getByRole('button', { name: 'Close the introduction' }).click();
  await expect(intro).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'What is the producer–consumer pattern?' })).toBeFocused();
  await page.reload();
  await expect(page.locator('.stage-frame svg')).toBeVisible();
  await expect(page.locator('.intro')).toHaveCount(0);
});

test('autoplay=1 plays without a click', async ({ page }) => {
  await openLab(page, 'autoplay=1&speed=4');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => currentStep(page)).toBeGreaterThan(2);
});

test('theme=dark darkens the page and its panels', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openLab(page, 'theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const luminance = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      let node: Element | null = el;
      let bg = 'rgba(0, 0, 0, 0)';
      while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
        bg = getComputedStyle(node).backgroundColor;
        node = node.parentElement;
      }
      const [r, g, b] = (bg.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
  expect(await luminance('body')).toBeLessThan(0.2);
  expect(await luminance('.metrics-panel')).toBeLessThan(0.2);
  expect(await luminance('.tl-occ-bg')).toBeLessThan(1);
});

test('step=7 opens the run at step 7', async ({ page }) => {
  await openLab(page, 'step=7');
  expect(await currentStep(page)).toBe(7);
  await expect(timeline(page)).toHaveAttribute('aria-valuenow', '7');
  expect(await consoleLines(page)).toEqual(['0 P1 Produced :  1', '0 C1 Consumed :  1']);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});
