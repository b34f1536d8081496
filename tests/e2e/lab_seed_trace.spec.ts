/**
 * The seed program, end to end: the page's console must print exactly what the real Go
 * runtime prints for seed.md's program (SEMANTICS.md §1), with virtual times and tasks,
 * and the run must end as Go's does, at 40000 ms.
 */
import { expect, test } from '@playwright/test';
import { SEED_TRACE, consoleLines, expectOutcome, openLab, press } from './lab_support';

test('the seed preset run to its end prints exactly the Go trace', async ({ page }) => {
  await openLab(page, 'preset=seed');
  await expect(page.locator('.console-panel')).toContainText('Nothing printed yet.');

  await press(page, 'Run to end');

  await expectOutcome(page, 'finished');
  expect(await consoleLines(page)).toEqual(SEED_TRACE);
  await expect(page.locator('.stage-caption')).toContainText('Clock 40000 ms');
  await expect(page.locator('#narration')).toContainText('The run finished');
});

test('the seed program played at top speed prints the same trace as it goes', async ({ page }) => {
  await openLab(page, 'autoplay=1&speed=64');

  await expectOutcome(page, 'finished', 20_000);

  expect(await consoleLines(page)).toEqual(SEED_TRACE);
  await expect(page.locator('.stage-caption')).toContainText('Clock 40000 ms');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('stepping through the seed shows each print at the moment it happens', async ({ page }) => {
  await openLab(page);
  const seen: string[] = [];
  for (let step = 0; step < 200 && seen.length < SEED_TRACE.length; step++) {
    await press(page, 'Step');
    const lines = await consoleLines(page);
    // Each step prints at most one line, and never rewrites an earlier one.
    expect(lines.slice(0, seen.length)).toEqual(seen);
    expect(lines.length - seen.length).toBeLessThanOrEqual(1);
    seen.splice(0, seen.length, ...lines);
  }
  expect(seen).toEqual(SEED_TRACE);
});
