/**
 * The program lab (`?edit=go`, `?program=…`): a learner edits Go source on the page and
 * runs it statement by statement. What each program must print was recorded from the
 * real Go 1.19 toolchain, not from the lab:
 *
 *   python3 tools/go-programs/gorun.py --runs 11 tests/e2e/fixtures/*.go \
 *     > tests/e2e/fixtures/real-go.jsonl
 *
 * (`-tags faketime`, `GOMAXPROCS=1`, every program stable across the 11 runs).
 * `seed_cap0.go` is the seed as the editor opens it (`pc-trace --go-source ''`) with the
 * capacity changed to 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAppMounted, expectNoAxeViolations } from './support';

const FIXTURES = join(__dirname, 'fixtures');
const source = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** What real Go printed for each fixture, as `<ms> <text>` lines, and how it ended. */
const REAL_GO: Record<string, { lines: string[]; end?: string; compile?: string }> = {};
for (const line of readFileSync(join(FIXTURES, 'real-go.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  expect(rec.stable, `${rec.file} was stable on real Go`).toBe(true);
  const name = rec.file.split('/').pop();
  const lines = rec.result.filter((r: any) => 'text' in r).map((r: any) => `${r.t} ${r.text}`);
  const end = rec.result.find((r: any) => 'end' in r)?.end;
  const compile = rec.result.find((r: any) => 'compile' in r)?.compile;
  REAL_GO[name] = { lines, end, compile };
}

async function openProgramLab(page: Page, query = 'edit=go'): Promise<void> {
  await page.goto(`/?${query}`);
  await expectAppMounted(page);
  await expect(page.locator('#go-source')).toBeVisible();
}

/** The output panel's lines as `<ms> <text>`. */
async function outputLines(page: Page): Promise<string[]> {
  return page.locator('.program-console li').evaluateAll((items) =>
    items.map((li) => {
      const t = (li.querySelector('.console-time')?.textContent ?? '').replace(/ ms$/, '');
      return `${t} ${li.querySelector('code')?.textContent ?? ''}`;
    }),
  );
}

async function runProgram(page: Page, text: string): Promise<void> {
  await page.locator('#go-source').fill(text);
  await page.getByRole('button', { name: 'Run program' }).click();
  await expect(page.locator('.program-controls label[for=program-step]')).toContainText('Step 0');
}

async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.locator('.program-controls .outcome')).toBeVisible();
}

test('the seed edited to capacity 0 runs unbuffered and prints what real Go prints', async ({ page }) => {
  await openProgramLab(page);
  const field = page.locator('#go-source');
  const seed = await field.inputValue();
  expect(seed).toContain('make(chan int, 2)');
  const edited = seed.replace('make(chan int, 2)', 'make(chan int, 0)');
  expect(edited).toBe(source('seed_cap0.go'));
  await runProgram(page, edited);
  // main's first statement makes the channel.
  await page.getByRole('button', { name: 'Step ▶' }).click();
  await expect(page.locator('.chan-row .chan-name')).toHaveText(['ch · unbuffered']);
  await runToEnd(page);
  expect(REAL_GO['seed_cap0.go'].end).toBe('finished');
  await expect(page.locator('.outcome')).toContainText('The program finished');
  expect(await outputLines(page)).toEqual(REAL_GO['seed_cap0.go'].lines);
});

test('a compile error is marked at its line and column, announced, and the old program keeps running', async ({ page }) => {
  await openProgramLab(page);
  await page.getByRole('button', { name: 'Step ▶' }).click();
  // Real Go: "./undefined_name.go:11:9: undefined: item".
  const [, line, col, message] = /:(\d+):(\d+): (.*)\n/.exec(REAL_GO['undefined_name.go'].compile!)!;
  await page.locator('#go-source').fill(source('undefined_name.go'));
  await page.getByRole('button', { name: 'Run program' }).click();
  await expect(page.locator('.compile-errors li')).toHaveText(`line ${line}, column ${col}: ${message}`);
  await expect(page.locator('#go-source')).toHaveAttribute('aria-invalid', 'true');
  const gutter = page.locator('.gutter-line').nth(Number(line) - 1);
  await expect(gutter).toHaveClass(/has-error/);
  await expect(gutter).toContainText('!');
  await expect(page.locator('.code-line.has-error .code-error')).toHaveText('i');
  await expect(page.locator('[role=status][aria-live=polite]').last()).toContainText(
    `does not compile: line ${line}, column ${col}: ${message}`,
  );
  // The seed is still on the stage, at the step it was on.
  await expect(page.locator('.chan-row .chan-name')).toHaveText(['ch · cap 2']);
  await expect(page.locator('label[for=program-step]')).toContainText('Step 1 of');
  // The error's button puts the caret on it.
  await page.locator('.compile-errors li button').click();
  await expect(page.locator('#go-source')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a program with two channels and a WaitGroup draws both rows, the WaitGroup and who waits', async ({ page }) => {
  await openProgramLab(page);
  await runProgram(page, source('two_channels_wg.go'));
  const step = page.getByRole('button', { name: 'Step ▶' });
  for (let i = 0; i < 60 && (await page.locator('.wait-arrow').count()) === 0; i++) {
    await step.click();
  }
  await expect(page.locator('.chan-row .chan-name')).toHaveText(['jobs · cap 3', 'results · cap 2']);
  await expect(page.locator('.sync-box .sync-name')).toHaveText(['wg · WaitGroup']);
  // Main fills jobs (capacity 3) before any worker runs, so its fourth send waits.
  await expect(page.locator('.wait-arrow text')).toHaveText(['send']);
  await expect(page.locator('.program-queues')).toContainText('send queue: main');
  await expect(page.locator('.program-card').first()).toContainText('waits to send on jobs: the buffer is full');
  // The drawing's text alternative says the same in words.
  const label = (await page.locator('svg.program-stage').getAttribute('aria-label')) ?? '';
  expect(label).toMatch(/^At \d+ ms: \d+ goroutines \(main: waits to send on jobs: the buffer is full; /);
  expect(label).toContain('2 channels (jobs · cap 3, 3 of 3 full; results · cap 2, ');
  expect(label).toContain('1 sync object (wg · WaitGroup, counter ');
  await runToEnd(page);
  expect(await outputLines(page)).toEqual(REAL_GO['two_channels_wg.go'].lines);
  await expectNoAxeViolations(page);
});

test('a goroutine that panics is shown crashed on the line it crashed on, and nothing runs next', async ({ page }) => {
  await openProgramLab(page);
  await runProgram(page, source('goroutine_panics.go'));
  await runToEnd(page);
  const real = REAL_GO['goroutine_panics.go'];
  expect(real.end).toBe('error');
  expect(await outputLines(page)).toEqual(real.lines);
  await expect(page.locator('.outcome')).toContainText('The program crashed. Go says: panic: close of closed channel');
  // The second close(ch), line 8 of the fixture, is where closer crashed.
  const card = page.locator('.program-card', { has: page.getByRole('heading', { name: 'closer' }) });
  await expect(card.locator('.card-state')).toContainText('crashed: panic: close of closed channel');
  await expect(card.locator('.card-line')).toContainText('line 8');
  await expect(card.locator('.card-line code')).toHaveText('close(ch)');
  await expect(page.locator('.goroutine-node.g-last .g-state')).toHaveText('crashed');
  const said = await page.locator('.program-narration').textContent();
  expect(said).not.toContain('Next it runs');
  expect(said).toMatch(/\. The program crashed\./);
});

test('stepping a long program keeps a current line in view inside the field, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openProgramLab(page);
  await page.getByLabel('Start from an example').selectOption('bounded_buffer_cond.go');
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.locator('#go-source')).toHaveValue(/sync\.NewCond/);
  const step = page.getByRole('button', { name: 'Step ▶' });
  const pageScroll = await page.evaluate(() => scrollY);
  for (let i = 0; i < 5; i++) await step.click();
  // main is far down the file (line 40 and after): some ▶ is inside the field's box.
  const inView = await page.locator('.code-scroll').evaluate((box) => {
    const frame = box.getBoundingClientRect();
    return [...box.querySelectorAll('.gutter-line.is-current')].some((line) => {
      const r = line.getBoundingClientRect();
      return r.top >= frame.top && r.bottom <= frame.bottom;
    });
  });
  expect(inView).toBe(true);
  expect(await page.evaluate(() => scrollY)).toBe(pageScroll);
});

test('a shared link reopens the program, the manual schedule and the step in a fresh browser', async ({ page, browser }) => {
  await openProgramLab(page);
  await runProgram(page, source('two_channels_wg.go'));
  await page.locator('#program-policy').selectOption('manual');
  // Main runs until it has started both workers; then the second worker goes first.
  const runMain = page.getByRole('button', { name: 'Run main', exact: true });
  const second = page.getByRole('button', { name: /^Run main\.func1 #2$/ });
  for (let i = 0; i < 20 && (await second.count()) === 0; i++) await runMain.click();
  await second.click();
  await page.getByRole('button', { name: /^Run main\.func1 #1$/ }).click();
  const label = await page.locator('label[for=program-step]').innerText();
  const steps = Number(/Step (\d+) of/.exec(label)![1]);
  expect(steps).toBeGreaterThan(4);
  const cards = await page.locator('.program-cards').innerText();
  const stage = await page.locator('svg.program-stage').innerHTML();
  const link = await page.locator('#share-link').inputValue();
  expect(link).toContain('program=');
  expect(link).toContain('policy=manual');
  expect(link).toContain(`step=${steps}`);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expectAppMounted(other);
  await expect(other.locator('label[for=program-step]')).toContainText(`Step ${steps} of ${steps}`);
  await expect(other.locator('#go-source')).toHaveValue(source('two_channels_wg.go'));
  expect(await other.locator('.program-cards').innerText()).toBe(cards);
  expect(await other.locator('svg.program-stage').innerHTML()).toBe(stage);
  await fresh.close();
});

test('a damaged program link says why and opens the seed program', async ({ page }) => {
  await openProgramLab(page, 'program=AAAAAAAA_not-deflate');
  await expect(page.locator('.param-errors')).toContainText('program= does not unpack');
  await expect(page.locator('.param-errors')).toContainText('opened the seed program instead');
  await expect(page.locator('#go-source')).toHaveValue(/func Producer/);
  await openProgramLab(page, 'program=%%%');
  await expect(page.locator('.param-errors')).toContainText('program=');
});

test('keyboard only: type a program with Tab indents, leave the field with Escape then Tab or Shift+Tab, run it', async ({ page }) => {
  await openProgramLab(page);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator('#go-source').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.locator('#go-source')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Typing "\t" presses Tab: inside the field it indents instead of leaving.
  await page.keyboard.type(source('keyboard_typed.go'));
  await expect(page.locator('#go-source')).toHaveValue(source('keyboard_typed.go'));
  await expect(page.locator('#go-source')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Run program' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('label[for=program-step]')).toContainText('Step 0');
  await page.keyboard.press('End');
  await expect(page.locator('.outcome')).toContainText('The program finished');
  expect(await outputLines(page)).toEqual(REAL_GO['keyboard_typed.go'].lines);
  // Back in the field, Ctrl+Enter runs the program again from step 0.
  await page.locator('#go-source').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('label[for=program-step]')).toContainText('Step 0');
  // Escape then Shift+Tab leaves it backwards, and leaves the text as it was.
  const before = await page.locator('#go-source').inputValue();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#go-source')).not.toBeFocused();
  await expect(page.locator('#go-source')).toHaveValue(before);
});

test('the program lab has no axe violations in light and dark, and the Go lab links to it', async ({ page }) => {
  await openProgramLab(page, 'edit=go&theme=dark');
  await page.getByRole('button', { name: 'Step ▶' }).click();
  await expectNoAxeViolations(page);
  await openProgramLab(page, 'edit=go&theme=light');
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(page.locator('#help-go-field')).toContainText('press Escape, then Tab');
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page);
  await page.addInitScript(() => window.localStorage.setItem('pclab.intro.dismissed', '1'));
  await page.goto('/?capacity=0');
  await expectAppMounted(page);
  await page.getByRole('link', { name: /Edit this program as Go source/ }).click();
  await expect(page.locator('#go-source')).toHaveValue(/make\(chan int, 0\)/);
});

test('a program challenge is solved by its stored schedule, announced, and replays', async ({ page }) => {
  // The challenge and its par come from static/program-challenges.txt, whose par
  // tests/program_challenges.rs confirms by searching every schedule.
  const text = readFileSync(join(__dirname, '../../static/program-challenges.txt'), 'utf8');
  const record = text.split('\n\n').find((r) => r.includes('name: go-close-too-soon'))!;
  const solution = /solution: (.*)/.exec(record)![1].split(',').map(Number);
  await openProgramLab(page, 'edit=go&challenge=go-close-too-soon');
  await expect(page.locator('.program-challenge h2')).toHaveText('Challenge: Closed too soon');
  await expect(page.locator('#program-policy')).toHaveValue('manual');
  await expect(page.locator('#go-source')).toHaveValue(source('../../../static/programs/close_too_soon.go'));
  // By keyboard: digit n runs goroutine n-1 (1 is main).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (const g of solution) await page.keyboard.press(String(g + 1));
  await expect(page.locator('.program-challenge .challenge-status')).toHaveText(
    `Found in ${solution.length} picks; par ${solution.length}.`,
  );
  await expect(page.locator('[role=status][aria-live=polite]').last()).toContainText('You matched par.');
  await expect(page.locator('.outcome')).toContainText('panic: send on closed channel');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Replay a shortest solution' }).click();
  await expect(page.locator('label[for=program-step]')).toContainText(`Step ${solution.length} of`);
  await openProgramLab(page, 'edit=go&challenge=no-such-thing');
  await expect(page.locator('.param-errors')).toContainText('challenge=no-such-thing is not a program challenge');
});

test('the last line of a long program can be edited, and a runaway recursion stops at the limit', async ({ page }) => {
  await openProgramLab(page);
  // The menu never claims to name the program in the field; Load with nothing chosen says so.
  await expect(page.getByLabel('Start from an example')).toHaveValue('');
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.locator('[role=status][aria-live=polite]')).toHaveText(
    'The example could not be loaded: choose one in the menu first.',
  );
  await page.getByLabel('Start from an example').selectOption('fan_in_waitgroup.go');
  // Choosing in the menu loads nothing until Load example is pressed.
  await expect(page.locator('#go-source')).toHaveValue(/func Producer/);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.locator('#go-source')).toHaveValue(source('../../../static/programs/fan_in_waitgroup.go'));
  const field = page.locator('#go-source');
  const [fieldBox, shadesBox] = [await field.boundingBox(), await page.locator('.code-shades').boundingBox()];
  expect(fieldBox!.height).toBeGreaterThanOrEqual(shadesBox!.height - 1);
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// the end');
  await expect(field).toHaveValue(/\/\/ the end$/);
  await expect(page.locator('.code-shades')).toContainText('// the end');
  // Recursion without end: the page keeps answering and says which limit it hit.
  await runProgram(page, 'package main\n\nfunc f(n int) int {\n\treturn f(n + 1)\n}\n\nfunc main() {\n\tf(0)\n}\n');
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.locator('.outcome')).toContainText(
    'runtime: goroutine stack exceeds 1000000000-byte limit — lab limit: 100000 nested calls',
    { timeout: 20_000 },
  );
});

for (const [width, height] of [[390, 844], [360, 640], [700, 900], [1366, 768]]) {
  test(`at ${width}×${height} no program-stage text is under 11 CSS px and no two channel rows overlap`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openProgramLab(page);
    // Three channels of 8, 8 and 6 slots, four goroutines (tests/e2e/fixtures/three_channels.go).
    await runProgram(page, source('three_channels.go'));
    for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Step ▶' }).click();
    await expect(page.locator('.chan-row')).toHaveCount(3);
    const small = await page.locator('svg.program-stage text').evaluateAll((texts) =>
      texts
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const svg = t.ownerSVGElement as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        })
        .filter((t) => t.px < 11),
    );
    expect(small).toEqual([]);
    const rows = await page.locator('.chan-row').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    for (let a = 0; a < rows.length; a++) {
      for (let b = a + 1; b < rows.length; b++) {
        const [l1, t1, r1, b1] = rows[a];
        const [l2, t2, r2, b2] = rows[b];
        const overlap = l1 < r2 && l2 < r1 && t1 < b2 && t2 < b1;
        expect(overlap, `channel rows ${a} and ${b} overlap`).toBe(false);
      }
    }
    await runToEnd(page);
    expect(await outputLines(page)).toEqual(REAL_GO['three_channels.go'].lines);
  });
}

test('clicking into the middle of the Go program field keeps the line numbers and marks in view', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openProgramLab(page);
  const field = page.locator('#go-source');
  // The field's scroll box, not the field: the box may already be scrolled down to main's
  // current line, with the field's top above it.
  const box = await page.locator('.code-scroll').boundingBox();
  if (!box) throw new Error('the Go program field is not laid out');
  // The seed's longest line is wider than the box at this width, so the box scrolls sideways.
  await page.mouse.click(box.x + box.width / 2, box.y + 120);
  await expect(field).toBeFocused();
  const sides = await page.evaluate(() => {
    const scroll = document.querySelector('.code-scroll')!.getBoundingClientRect();
    const gutter = document.querySelector('.code-gutter')!.getBoundingClientRect();
    return { scrollLeft: scroll.left, gutterLeft: gutter.left, gutterRight: gutter.right };
  });
  expect(sides.gutterLeft).toBeGreaterThanOrEqual(sides.scrollLeft - 1);
  expect(sides.gutterRight).toBeGreaterThan(sides.scrollLeft + 30);
  // A compile error's line number and its ! mark are then where the learner looks.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nvar unused = undefinedName\n');
  await page.keyboard.press('Control+Enter');
  const marked = page.locator('.gutter-line.has-error');
  await expect(marked).toHaveCount(1);
  await expect(marked).toBeInViewport();
  const markLeft = (await marked.boundingBox())?.x ?? -1;
  expect(markLeft).toBeGreaterThanOrEqual(sides.scrollLeft - 1);
});

test('under the manual policy each goroutine button shows the digit key that picks it', async ({ page }) => {
  await openProgramLab(page);
  await runProgram(page, source('two_channels_wg.go'));
  await page.locator('#program-policy').selectOption('manual');
  const runMain = page.getByRole('button', { name: 'Run main', exact: true });
  const second = page.getByRole('button', { name: /^Run main\.func1 #2$/ });
  for (let i = 0; i < 20 && (await second.count()) === 0; i++) await runMain.click();
  const buttons = page.locator('.manual-picker button');
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Keys in start order, shown on the button and declared to assistive technology.
  expect(await page.locator('.manual-picker button kbd').allInnerTexts()).toEqual(
    Array.from({ length: Math.min(count, 9) }, (_, i) => String(i + 1)),
  );
  await expect(second).toHaveAttribute('aria-keyshortcuts', '3');
  await expect(second).toContainText('3');
  // The digit does what the badge says: 3 runs main.func1 #2.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('3');
  await expect(page.locator('[role=status]').last()).toContainText('main.func1 #2 ran line');
});

test('before anything is made the wait queues say so, and printed text is as large as its time', async ({ page }) => {
  await openProgramLab(page);
  await expect(page.locator('.program-queues')).toContainText('No channel or sync object yet');
  await runToEnd(page);
  await expect(page.locator('.program-queues')).not.toContainText('No channel or sync object yet');
  const sizes = await page.locator('.program-console li').first().evaluate((li) => ({
    text: getComputedStyle(li.querySelector('code')!).fontSize,
    time: getComputedStyle(li.querySelector('.console-time')!).fontSize,
  }));
  expect(sizes.text).toBe(sizes.time);
});
