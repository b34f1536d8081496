/**
 * Being the scheduler, end to end: in manual mode the learner forces an interleaving the
 * default policy would never pick, and "Copy link" reproduces exactly that run, at that
 * step, after a reload, whether the link is read from the field or from the clipboard.
 */
import { expect, test } from '@playwright/test';
import { consoleLines, openLab, press, snapshot } from './lab_support';

test('a learner forces a different interleaving and the copied link replays it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Go's order: C1 (main) blocks first, then P3, the goroutine created last, prints 7.
  await openLab(page, 'preset=fan-in');
  await press(page, 'Step', 3);
  expect(await consoleLines(page)).toEqual(['0 P3 Produced :  7']);

  await openLab(page, 'preset=fan-in&policy=manual');
  await expect(page.getByRole('heading', { name: 'You are the scheduler' })).toBeVisible();
  for (const task of ['P2', 'P2', 'P2', 'C1', 'P1', 'P1', 'C1', 'C1']) {
    await page.getByRole('button', { name: `Run ${task}` }).click();
  }
  // P2 went first: Go's own order never chooses that.
  expect((await consoleLines(page))[0]).toBe('0 P2 Produced :  4');
  const forced = await snapshot(page);

  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.locator('.copy-status')).toHaveText('Link copied.');
  const field = await page.locator('#share-link').inputValue();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(field);
  expect(field).toContain('schedule=');

  await page.goto('about:blank');
  await page.goto(clipboard);
  await expect(page.locator('.stage-caption')).toContainText('Step 8');
  expect(await snapshot(page)).toEqual(forced);
  await page.reload();
  expect(await snapshot(page)).toEqual(forced);
});
