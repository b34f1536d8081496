/**
 * A real panic in the release build (panic = "abort"): the hook must log it and show the
 * crash overlay before the wasm instance traps, and Reload must bring the app back.
 *
 * The panic is caused through a test-only `window` event (see support.ts); no URL, click
 * or key can reach it. This is the only test allowed to log console errors, and it
 * checks that they are exactly the deliberate panic and the trap that follows it.
 */
import { expect, test } from '@playwright/test';
import {
  expectAppMounted,
  expectNoAxeViolations,
  openApp,
  triggerTestPanic,
  watchPage,
} from './support';

const HEADING = 'Something went wrong — reload';

test('a panic shows the crash overlay with a focused Reload button', async ({ page }) => {
  const log = watchPage(page);
  await openApp(page);
  await triggerTestPanic(page);

  const overlay = page.getByRole('alertdialog', { name: HEADING });
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('button', { name: 'Reload' })).toBeFocused();

  await expect.poll(() => log.errors.length).toBeGreaterThan(0);
  expect(log.errors[0]).toContain('deliberate panic');
  // After the hook, panic = "abort" traps: the browser reports `unreachable`.
  const unexpected = log.errors.filter(
    (text) => !text.includes('deliberate panic') && !/^uncaught: .*unreachable/.test(text),
  );
  expect(unexpected, 'only the deliberate panic and its trap are logged').toEqual([]);
});

test('the crash overlay has no WCAG 2.2 AA violations that axe-core can find', async ({
  page,
}) => {
  await openApp(page);
  await triggerTestPanic(page);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'tests/e2e/screenshots/crash-overlay.png' });
});

test('Reload on the crash overlay brings the app back with the same address', async ({
  page,
}) => {
  await openApp(page, '/?seed=7');
  await triggerTestPanic(page);
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Reload' }).click(),
  ]);

  await expectAppMounted(page);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?seed=7');
});
