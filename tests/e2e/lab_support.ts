/**
 * Helpers for the lab_*.spec.ts end-to-end tests: open the lab on a query string, read
 * what the page shows as plain data (so two moments can be compared exactly), and drive
 * it like a learner. Launch options, the server and axe live in support.ts.
 */
import { expect, type Page } from '@playwright/test';
import { expectAppMounted } from './support';

/** The localStorage key that hides the first-visit introduction (src/app/panels/intro.rs). */
export const INTRO_DISMISSED_KEY = 'pclab.intro.dismissed';

/** The seed program's output on the real Go runtime (SEMANTICS.md §1), time in ms. */
export const SEED_TRACE = [
  '0 P1 Produced :  1',
  '0 C1 Consumed :  1',
  '5000 P1 Produced :  2',
  '8000 C1 Consumed :  2',
  '10000 P1 Produced :  3',
  '15000 P1 Produced :  4',
  '16000 C1 Consumed :  3',
  '20000 P1 Produced :  5',
  '24000 C1 Consumed :  4',
  '32000 C1 Consumed :  5',
];

/**
 * Opens the lab at `/?query`. Unless `intro` is true, the introduction is marked as seen
 * first, as for a returning learner, so it does not push the lab down.
 */
export async function openLab(page: Page, query = '', { intro = false } = {}): Promise<void> {
  if (!intro) {
    await page.addInitScript((key) => window.localStorage.setItem(key, '1'), INTRO_DISMISSED_KEY);
  }
  await page.goto(query ? `/?${query}` : '/');
  await expectAppMounted(page);
}

/** The console's lines as the trace tool prints them: `<ms> <task> <text>`. */
export async function consoleLines(page: Page): Promise<string[]> {
  return page.locator('.console li').evaluateAll((items) =>
    items.map((li) => {
      const part = (name: string) => li.querySelector(`.${name}`)?.textContent?.trim() ?? '';
      return `${part('time').replace(/ ms$/, '')} ${part('who')} ${part('text')}`;
    }),
  );
}

/**
 * Resolves once at least `frames` animation frames have been drawn *and* `ms` of real time
 * have passed: the span over which a paused run must stay put. On a loaded machine frames
 * come slower, so this only waits longer; it never cuts the span short.
 */
export async function framesAndTime(page: Page, frames: number, ms: number): Promise<void> {
  await page.evaluate(
    ([frames, ms]) =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let seen = 0;
        const tick = () => {
          seen += 1;
          if (seen >= frames && performance.now() - start >= ms) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [frames, ms],
  );
}

/** The step number in the stage caption ("Step 12"). */
export async function currentStep(page: Page): Promise<number> {
  const caption = await page.locator('.stage-caption').innerText();
  const match = /Step (\d+)/.exec(caption);
  expect(match, `a step in "${caption}"`).not.toBeNull();
  return Number(match?.[1]);
}

/** Everything that describes the run at this moment, as shown on the page. */
export interface LabSnapshot {
  caption: string;
  narration: string;
  console: string[];
  badges: string[];
  stage: string;
  slots: string[];
  tokens: string[];
  queues: string;
  timelineStep: string | null;
}

/** Reads a [`LabSnapshot`] from the page. */
export async function snapshot(page: Page): Promise<LabSnapshot> {
  const texts = (selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
  return {
    caption: await page.locator('.stage-caption').innerText(),
    narration: await page.locator('#narration').innerText(),
    console: await consoleLines(page),
    badges: await texts('.task-card .badge'),
    stage: (await page.locator('.stage-frame svg').first().getAttribute('aria-label')) ?? '',
    slots: await page
      .locator('.stage-frame .ring path')
      .evaluateAll((els) => els.map((e) => e.getAttribute('class') ?? '')),
    tokens: await texts('.stage-frame .tokens text'),
    queues: await page.locator('.wait-queues').innerText(),
    timelineStep: await timeline(page).getAttribute('aria-valuenow'),
  };
}

/** The timeline's slider. */
export function timeline(page: Page) {
  return page.getByRole('slider', { name: 'Timeline position (step)' });
}

/** Clicks a playback button by its name ("Step", "Step back", "Reset", "Run to end"). */
export async function press(page: Page, name: string, times = 1): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < times; i++) await button.click();
}

/** Waits until the stage caption says the run ended with `word` (`finished`, `deadlock`). */
export async function expectOutcome(page: Page, word: string, timeout = 10_000): Promise<void> {
  await expect(page.locator('.stage-caption .outcome')).toHaveText(word, { timeout });
}

/** True when the page scrolls sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}
