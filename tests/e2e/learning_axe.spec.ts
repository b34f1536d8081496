/**
 * The active-learning features end to end, with axe-core finding no WCAG 2.2 AA violation
 * while a question is open, once a challenge is solved (it is announced with par), with
 * the experiment's chart shown, and after the explorer has found a failure.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import { openLab, press } from './lab_support';

test('a question holds the run, and axe finds no violations while it is open', async ({ page }) => {
  await openLab(page, 'ask=0:next&ask=2:buffer');
  await expect(page.locator('.question-prompt')).toContainText('Which task runs next?');
  await press(page, 'Step', 1);
  await expect(page.locator('.stage-caption')).toContainText('Step 0');
  await expectNoAxeViolations(page);
  // By keyboard alone: Tab to the first answer and press Enter.
  await page.locator('.answers button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reveal')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a challenge solved by digit keys is announced with par, and axe finds no violations', async ({
  page,
}) => {
  await openLab(page, 'challenge=semaphore-mutex-outside');
  await expect(page.locator('.challenge h3')).toHaveText('Sleep holding the lock');
  // P1 is 1, C1 is 2, main is 3: the stored solution C1*3.M.P1*2.
  for (const key of ['2', '2', '2', '3', '1', '1']) {
    await page.locator('body').press(key);
  }
  await expect(page.locator('.challenge-status')).toHaveText(
    'Found in 6 picks; par 6. You matched par.',
  );
  await expectNoAxeViolations(page);
});

test('the consumer sweep draws its chart and table, and axe finds no violations', async ({
  page,
}) => {
  await openLab(page, 'preset=backpressure');
  await page.locator('#sweep-input').fill('consumers:1-8');
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  await expect(page.locator('.sweep-table tbody tr')).toHaveCount(8);
  await expect(page.locator('.sweep-chart circle')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

test('the explorer finds the shortest deadlock, and axe finds no violations', async ({ page }) => {
  await openLab(page, 'mode=semaphore&variant=mutex-outside');
  await page.getByRole('button', { name: 'Search every interleaving' }).click();
  await expect(page.locator('.explorer-status')).toContainText('in 6 picks');
  await expectNoAxeViolations(page);
});

test('a lesson holds back its spoiler until its question is answered, and axe agrees', async ({
  page,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Show the lessons' }).click();
  await page.getByRole('button', { name: 'The buffer', exact: true }).click();
  await expect(page.locator('.lesson h3')).toHaveText('The buffer');
  await expect(page.locator('.lesson-after')).toHaveCount(0);
  await press(page, 'Run to end');
  await expect(page.locator('.stage-caption')).toContainText('Step 34');
  await expect(page.locator('.question-prompt')).toContainText('How many items');
  await page.locator('.answers button').first().click();
  await expect(page.locator('.lesson-after')).toBeVisible();
  await expect(page.locator('.lesson-try')).toContainText('Now try:');
  await expectNoAxeViolations(page);
});

test('a lesson link opens the lesson in an embed, held back until answered by keyboard', async ({
  page,
}) => {
  await openLab(page, 'embed=1&lesson=buffer');
  await expect(page.locator('.embed-panels .lesson h3')).toHaveText('The buffer');
  await expect(page.locator('.lesson-after')).toHaveCount(0);
  // The lesson's question is pinned at step 34: End runs there and stops for it.
  await page.locator('body').press('End');
  await expect(page.locator('.question-prompt')).toContainText('How many items');
  await page.locator('.answers button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.lesson-after')).toBeVisible();
  await expectNoAxeViolations(page);
  await openLab(page, 'lesson=no-such-lesson');
  await expect(page.locator('.lesson-panel [role=alert]')).toContainText(
    'lesson=no-such-lesson is not a lesson (allowed: producer, consumer, buffer,',
  );
});

test('a lesson link shows the lesson right under the stage, before the task cards', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLab(page, 'lesson=buffer');
  const heading = page.locator('.lesson-panel .lesson h3');
  await expect(heading).toHaveText('The buffer');
  const order = await page.evaluate(() => {
    const lesson = document.querySelector('.lesson-panel');
    const cards = document.querySelector('.task-cards, .cards');
    const stage = document.querySelector('.lab-top');
    const follows = (a: Element | null, b: Element | null) =>
      !!a && !!b && !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { afterStage: follows(stage, lesson), beforeCards: cards ? follows(lesson, cards) : true };
  });
  expect(order).toEqual({ afterStage: true, beforeCards: true });
  // The lesson starts within the first screen and a half, not at the foot of the page.
  const top = (await heading.boundingBox())?.y ?? Infinity;
  expect(top).toBeLessThan(768 * 1.5);
  await expectNoAxeViolations(page);
});

test('a challenge link shows the challenge right under the stage, before the task cards', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLab(page, 'challenge=semaphore-mutex-outside');
  const heading = page.locator('.challenge h3');
  await expect(heading).toHaveText('Sleep holding the lock');
  const order = await page.evaluate(() => {
    const challenge = document.querySelector('.challenge-panel');
    const cards = document.querySelector('.task-cards');
    const stage = document.querySelector('.lab-top');
    const follows = (a: Element | null, b: Element | null) =>
      !!a && !!b && !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { afterStage: follows(stage, challenge), beforeCards: follows(challenge, cards) };
  });
  expect(order).toEqual({ afterStage: true, beforeCards: true });
  // Its task, goal and par start within the first screen and a half (it was at y 3300).
  expect((await heading.boundingBox())?.y ?? Infinity).toBeLessThan(768 * 1.5);
  await expectNoAxeViolations(page);
});
