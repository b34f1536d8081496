/**
 * The printed handout (static/print.css), through Chromium's own PDF output: the seed at
 * step 20 prints on at most two A4 pages (and two Letter pages), with the scenario, the
 * stage, both tasks' code with the current line, the console and the link as text, and no
 * button, menu or field on the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLab } from './lab_support';

/** Pages in a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function openSeedAtStep20(page: Page): Promise<void> {
  await openLab(page, 'preset=seed&step=20');
  await expect(page.locator('.stage-caption')).toContainText('Step 20');
}

test('the seed prints on at most two A4 or Letter pages', async ({ page }) => {
  await openSeedAtStep20(page);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pageCount(pdf);
    expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
  }
});

test('the handout shows scenario, stage, code, console and link, and no controls', async ({ page }) => {
  await openSeedAtStep20(page);
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(handout).toBeVisible();
  await expect(handout).toContainText('Producer–Consumer Lab: ');
  const link = await page.locator('.handout-link span').innerText();
  expect(new URL(link).searchParams.get('step')).toBe('20');
  await expect(page.locator('.stage-frame svg')).toBeVisible();
  await expect(page.locator('.task-card')).toHaveCount(2);
  await expect(page.locator('.task-card .listing li.current')).toHaveCount(2);
  await expect(page.locator('.console-panel')).toBeVisible();
  const visibleControls = await page
    .locator('button, select, input, textarea, [role=slider]')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 60)));
  expect(visibleControls).toEqual([]);
  await page.screenshot({ path: 'tests/e2e/screenshots/print-seed.png', fullPage: true });
});

test('a book figure prints its table', async ({ page }) => {
  await openLab(page, 'preset=ostep-fig-30-11&step=15');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.book-table')).toBeVisible();
  await expect(page.locator('.book-table [aria-current]').first()).toBeVisible();
});
