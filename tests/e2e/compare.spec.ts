/**
 * Two runs of one program side by side (`compare=`), the debugging-difficulty lesson: the
 * summary names which run failed, the rows are marked in words, a bad value is explained,
 * it works by keyboard, and an embed shows a linked comparison or challenge.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import { openLab } from './lab_support';

/** The debugging lesson's program (static/lessons.txt); seeds 3 and 4 computed natively in
 * tests/compare_runs.rs. */
const LESSON = 'mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&items=2&policy=random&seed=3';

test('a compare link lines up seed 3, which fails, beside seed 4, which finishes', async ({ page }) => {
  await openLab(page, `${LESSON}&compare=4`);
  const summary = page.locator('.compare-summary');
  await expect(summary).toContainText('random, seed 3: error: tried to get an empty buffer.');
  await expect(summary).toContainText('random, seed 4: finished.');
  await expect(summary).toContainText('The runs part at step');
  await expect(page.locator('.compare-table tr.ends td')).toHaveText([
    'error: tried to get an empty buffer',
    'finished',
  ]);
  // Every row says in words which run printed it.
  const marks = await page.locator('.compare-table tbody th[scope=row]').allTextContents();
  expect(marks.length).toBeGreaterThan(1);
  for (const mark of marks) {
    expect(['= same', '− first only', '+ second only', 'end']).toContain(mark);
  }
  await expectNoAxeViolations(page);
});

test('by keyboard alone a new comparison is made, and a bad value is explained', async ({ page }) => {
  await openLab(page, LESSON);
  await page.locator('#compare-input').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('random:3');
  await page.keyboard.press('Enter');
  await expect(page.locator('.compare-summary')).toContainText(
    'The two runs ran the same tasks at every step. They printed the same lines.',
  );
  await page.locator('#compare-input').fill('fastest');
  await page.locator('#compare-input').press('Enter');
  await expect(page.locator('#compare-error')).toHaveText(
    /^compare=fastest: allowed a seed \(a whole number\), a policy \(.*\), or POLICY:SEED$/,
  );
  // The run on the stage is untouched.
  await expect(page.locator('.stage-caption')).toContainText('Step 0');
});

test('an embed shows a linked comparison and a linked challenge', async ({ page }) => {
  await openLab(page, `${LESSON}&embed=1&compare=4`);
  await expect(page.locator('.embed-panels .compare-summary')).toContainText('random, seed 4: finished.');
  await expectNoAxeViolations(page);
  await openLab(page, 'embed=1&challenge=semaphore-mutex-outside');
  await expect(page.locator('.embed-panels .challenge h3')).toHaveText('Sleep holding the lock');
  for (const key of ['2', '2', '2', '3', '1', '1']) {
    await page.locator('body').press(key);
  }
  await expect(page.locator('.challenge-status')).toHaveText('Found in 6 picks; par 6. You matched par.');
  await expectNoAxeViolations(page);
});
