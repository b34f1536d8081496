/**
 * The monitor and semaphore modes, end to end: each of the book's figure presets stepped
 * to its end with the → key alone, its last book row highlighted and its outcome shown in
 * the outcome panel and announced in the live region; axe finds nothing mid-run or at
 * the end; on a phone the book's table scrolls inside its own box, never the page. Also
 * saves tests/e2e/screenshots/ostep-fig-30-11.png (the figure 30.11 deadlock).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAppMounted, expectNoAxeViolations, watchPage } from './support';

/** The localStorage key that hides the first-visit introduction (src/app/panels/intro.rs). */
const INTRO_DISMISSED_KEY = 'pclab.intro.dismissed';

/** Opens the lab at `/?query` as a returning learner (introduction closed). */
async function openOstep(page: Page, query: string): Promise<void> {
  await page.addInitScript((key) => window.localStorage.setItem(key, '1'), INTRO_DISMISSED_KEY);
  await page.goto(`/?${query}`);
  await expectAppMounted(page);
}

/** Presses → on the page (nothing focused) until the run ends; returns how many presses. */
async function stepToTheEndByKeyboard(page: Page): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const outcome = page.locator('.stage-caption .outcome');
  for (let presses = 1; presses <= 60; presses++) {
    await page.keyboard.press('ArrowRight');
    // Wait for this press's step to be drawn before asking whether the run has ended.
    await expect(page.locator('.stage-caption')).toContainText(`Step ${presses}`);
    if ((await outcome.count()) > 0) return presses;
  }
  throw new Error('the run did not end after 60 presses of →');
}

/** The live region's text. */
function liveRegion(page: Page) {
  return page.locator('#narration[role="status"]');
}

/** Each figure preset: its book's last row, how the run ends, and what the page says. */
const FIGURES = [
  {
    preset: 'ostep-fig-30-9',
    steps: 23,
    lastRow: { number: '17', comment: 'Oh oh! No data' },
    outcome: 'error',
    heading: 'Safety error: tried to get an empty buffer',
    said: ['tried to get an empty buffer', 'At step 23 C1 ran do_get(), but the slot at use_ptr (slot 0) was empty.'],
  },
  {
    preset: 'ostep-fig-30-11',
    steps: 31,
    lastRow: { number: '23', comment: 'Everyone asleep...' },
    outcome: 'deadlock',
    heading: 'Deadlock: every thread is blocked',
    said: [
      'Every thread is asleep',
      "C1's signal at step 23 woke C2 instead of a producer; now P1, C1 and C2 are all asleep on cv.",
    ],
  },
  {
    preset: 'ostep-fig-31-mutex-outside',
    steps: 6,
    lastRow: { number: '3', comment: 'Tp waits for the mutex: deadlock' },
    outcome: 'deadlock',
    heading: 'Deadlock: every thread is blocked',
    said: [
      'C1 holds the mutex.',
      'C1 sleeps on full while holding the mutex, and P1 cannot go on without the mutex',
    ],
  },
];

for (const figure of FIGURES) {
  test(`${figure.preset} steps to its end by keyboard alone, ending on the book's last row`, async ({ page }) => {
    const log = watchPage(page);
    await openOstep(page, `preset=${figure.preset}`);
    expect(await stepToTheEndByKeyboard(page)).toBe(figure.steps);

    await expect(page.locator('.stage-caption .outcome')).toHaveText(figure.outcome);
    const current = page.locator('.book-table tbody tr[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current.locator('th')).toHaveText(`▶${figure.lastRow.number}`);
    await expect(current.locator('.book-comment')).toHaveText(figure.lastRow.comment);
    await expect(page.locator('.book-table tbody tr').last()).toHaveAttribute('aria-current', 'step');

    const panel = page.getByRole('region', { name: figure.heading });
    await expect(panel).toBeVisible();
    for (const words of figure.said) {
      await expect(panel).toContainText(words);
      await expect(liveRegion(page)).toContainText(words);
    }
    expect(log.errors).toEqual([]);
  });
}

test('the locks table and the task cards show the owner, the queues, the counts and the markers', async ({ page }) => {
  await openOstep(page, 'preset=ostep-fig-31-mutex-outside&step=6');
  const locks = page.getByRole('table', { name: /Each lock, condition variable or semaphore/ });
  await expect(locks.getByRole('row', { name: /sem mutex/ })).toContainText('count 0, held by C1');
  await expect(locks.getByRole('row', { name: /sem full/ })).toContainText('C1');
  await expect(locks.getByRole('row', { name: /sem mutex/ })).toContainText('P1');
  const c1 = page.getByRole('article', { name: /C1/ });
  await expect(c1).toContainText('holds mutex');
  await expect(c1.locator('[aria-current="true"]')).toContainText('sem_wait(&full);');
  await expect(c1).toContainText('marker c2');
});

test('axe finds no violations in a figure preset mid-run, at its deadlock and at its error', async ({ page }) => {
  await openOstep(page, 'preset=ostep-fig-30-11&step=14');
  await expect(page.locator('.book-table tr[aria-current="step"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.keyboard.press('End');
  await expect(page.locator('.outcome-panel')).toBeVisible();
  await expectNoAxeViolations(page);

  await openOstep(page, 'preset=ostep-fig-30-9&step=40&theme=dark');
  await expect(page.locator('.outcome-panel.error')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test("the book's table scrolls inside its own box and the page never sideways", async ({ page }) => {
    await openOstep(page, 'preset=ostep-fig-30-11&step=31');
    const box = page.locator('.book-scroll');
    await expect(box).toBeVisible();
    const widths = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(widths[0]).toBeGreaterThan(widths[1]);
    const sideways = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth > root.clientWidth;
    });
    expect(sideways).toBe(false);
    await box.focus();
    await expect(box).toBeFocused();
  });
});

test('capture: figure 30.11 at its end, everyone asleep, saved for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openOstep(page, 'preset=ostep-fig-30-11');
  await stepToTheEndByKeyboard(page);
  await expect(page.locator('.outcome-panel')).toBeVisible();
  // The viewport, not the full page: the book's box keeps its scroll (the last row).
  const png = await page.screenshot({ path: 'tests/e2e/screenshots/ostep-fig-30-11.png' });
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 1400]);
});
