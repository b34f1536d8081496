/**
 * Accessibility, end to end: axe-core finds no WCAG 2.2 AA violation in the lab with every
 * panel showing (introduction, timeline, metrics, open presets, editor messages), in the
 * light theme, the dark theme, and with reduced motion.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import { openLab, press } from './lab_support';

/** Opens a mid-run lab with every panel in a state worth checking. */
async function busyLab(page: Page, query: string): Promise<void> {
  await openLab(page, query, { intro: true });
  await press(page, 'Step', 12);
  await page.getByText('Choose a lesson').click();
  await page.locator('#field-capacity').fill('999');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.locator('.editor-summary')).toBeVisible();
}

test('axe finds no violations in the light theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await busyLab(page, 'preset=backpressure');
  await expectNoAxeViolations(page);
});

test('axe finds no violations in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await busyLab(page, 'preset=backpressure&theme=dark');
  await expectNoAxeViolations(page);
});

test('axe finds no violations with reduced motion, while playing', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await busyLab(page, 'preset=fan-out&speed=4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expectNoAxeViolations(page);
});

test('axe finds no violations in the embedded view or in manual mode', async ({ page }) => {
  await openLab(page, 'embed=1&step=5');
  await expectNoAxeViolations(page);
  await openLab(page, 'policy=manual&preset=fan-in');
  await page.getByRole('button', { name: 'Run P2' }).click();
  await expectNoAxeViolations(page);
});
