/**
 * One screen for teaching: at 1366×768 the stage, the controls, the narration and every
 * task's next line are all in view without scrolling (the seed, and figure 30.11 at step
 * 15 with four tasks), and scrubbing the timeline leaves the stage where it is; on a
 * 390×844 phone the playback buttons sit at the bottom, the stage takes at most about half
 * the height and the narration follows it; view=present fits a 1280×720 projector with
 * large labels; and no stage text is under 11 CSS px in a 700 px-wide window.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { currentStep, openLab, timeline } from './lab_support';
import { expectNoAxeViolations } from './support';

/** Fails unless `locator`'s whole box lies inside the viewport. */
async function expectWhollyInView(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box, `${what} has a box`).not.toBeNull();
  if (!box || !size) return;
  expect(
    box.y >= -0.5 && box.x >= -0.5 && box.y + box.height <= size.height + 0.5 && box.x + box.width <= size.width + 0.5,
    `${what} at ${Math.round(box.y)}..${Math.round(box.y + box.height)} fits 0..${size.height}`,
  ).toBe(true);
}

async function expectTeachingScreen(page: Page, tasks: number): Promise<void> {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectWhollyInView(page, page.locator('.stage-frame'), 'the stage');
  for (const name of ['Play', 'Step', 'Step back', 'Reset', 'Run to end']) {
    await expectWhollyInView(page, page.getByRole('button', { name, exact: true }), name);
  }
  await expectWhollyInView(page, page.locator('#narration'), 'the narration');
  const lines = page.locator('.current-lines li');
  await expect(lines).toHaveCount(tasks);
  for (let i = 0; i < tasks; i++) {
    await expectWhollyInView(page, lines.nth(i).locator('code'), `task ${i + 1}'s next line`);
  }
}

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the seed shows stage, controls, narration and both tasks\' lines on one screen', async ({ page }) => {
    await openLab(page, 'preset=seed');
    await expectTeachingScreen(page, 2);
    await page.screenshot({ path: 'tests/e2e/screenshots/onescreen-seed-1366x768.png' });
  });

  test('figure 30.11 at step 15 shows all four tasks\' lines with the scheduler open', async ({ page }) => {
    await openLab(page, 'preset=ostep-fig-30-11&step=15');
    await expect(page.getByRole('button', { name: 'Run C1' })).toBeVisible();
    await expectTeachingScreen(page, 4);
    await expectWhollyInView(page, page.getByRole('button', { name: 'Run C1' }), 'the scheduler');
    await page.screenshot({ path: 'tests/e2e/screenshots/onescreen-fig-30-11-1366x768.png' });
  });

  test('scrubbing the timeline keeps the stage in view and the page where it was', async ({ page }) => {
    await openLab(page, 'preset=backpressure');
    await page.getByRole('button', { name: 'Run to end', exact: true }).click();
    const box = await timeline(page).boundingBox();
    if (!box) throw new Error('no timeline');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
    await page.mouse.up();
    expect(await currentStep(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectWhollyInView(page, page.locator('.stage-frame'), 'the stage');
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the buttons sit at the bottom, the stage is at most half the height, the narration under it', async ({ page }) => {
    await openLab(page, 'preset=fan-in');
    const stage = await page.locator('.stage-frame').boundingBox();
    const narration = await page.locator('#narration').boundingBox();
    expect(stage && stage.height <= 844 * 0.5).toBe(true);
    expect(stage && narration && narration.y >= stage.y + stage.height).toBe(true);
    await expectWhollyInView(page, page.locator('#narration'), 'the narration');
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await expectWhollyInView(page, step, 'Step');
    expect((await step.boundingBox())!.y).toBeGreaterThan(844 - 80);
    // Still at hand further down the page.
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expectWhollyInView(page, step, 'Step after scrolling');
    await step.click();
    expect(await currentStep(page)).toBe(1);
    await page.screenshot({ path: 'tests/e2e/screenshots/onescreen-phone-390x844.png' });
  });
});

test.describe('the presentation view at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('shows only stage, controls, narration and code, with stage labels of 24 px or more', async ({ page }) => {
    await openLab(page, 'preset=ostep-fig-30-11&step=15');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('main.present')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('present');
    for (const gone of ['.side-column', '.task-cards', '.panels', '.share-panel', '.intro-reopen']) {
      await expect(page.locator(gone), gone).toHaveCount(0);
    }
    await expectTeachingScreen(page, 4);
    const sizes = await page.locator('svg.stage .node-name').evaluateAll((texts) =>
      texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 0)),
    );
    expect(sizes.length).toBe(4);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    await page.screenshot({ path: 'tests/e2e/screenshots/present-1280x720.png' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(page.locator('.side-column')).toBeVisible();
  });
});

for (const query of ['preset=seed', 'preset=ostep-fig-30-11&step=15', 'preset=fan-out', 'preset=unbuffered']) {
  test(`no stage text is under 11 CSS px in a 700 px-wide window: ${query}`, async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 900 });
    await openLab(page, query);
    const small = await page.locator('svg.stage text').evaluateAll((texts) =>
      texts
        .map((t) => ({
          text: t.textContent,
          px: parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
        }))
        .filter((t) => t.text && t.px < 11),
    );
    expect(small).toEqual([]);
  });
}

// The page measures the stage's box (its column's width under the drawing's height cap)
// and picks the layout that reads best in it, so a laptop's four-task figure and a
// phone's fan-out keep their stage text readable too.
for (const [width, height, query] of [
  [1366, 768, 'preset=ostep-fig-30-11&step=15'],
  [1366, 768, 'preset=seed'],
  [390, 844, 'preset=seed'],
  [390, 844, 'preset=fan-out'],
  [390, 844, 'preset=fan-in'],
  [390, 844, 'preset=ostep-correct'],
] as const) {
  test(`no stage text is under 11 CSS px at ${width}×${height}: ${query}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLab(page, query);
    await expect
      .poll(() =>
        page.locator('svg.stage text').evaluateAll((texts) =>
          texts
            .map((t) => ({
              text: t.textContent,
              px: parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
            }))
            .filter((t) => t.text && t.px < 11),
        ),
      )
      .toEqual([]);
  });
}

test('the laptop and phone layouts have no axe violations, light and dark', async ({ page }) => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    await openLab(page, 'preset=ostep-fig-30-11&step=15');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  }
});
