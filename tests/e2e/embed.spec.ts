/**
 * Embeds on a course page: `embed=1` fits 360×420, 700×450 and 1200×600 frames with the
 * scheduler's buttons showing, without a scrollbar or anything cut off, and in a 700×450
 * frame no stage text is under 11 CSS px (the stage fits its layout to its box); `panels=` adds
 * the code, console, queues, book table and timeline; the Embed snippet keeps the step
 * and the view parameters; and across two origins (a host page on one loopback port, the
 * lab on another) embed.js sizes the frame from the lab's messages, ignoring any other
 * origin's, with no autofocus warning from the frame.
 */
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { openLab, press } from './lab_support';
import { ORIGIN, expectNoAxeViolations } from './support';

const MANUAL_FIGURE = 'preset=ostep-fig-30-9&embed=1';

/** Every control, the stage and the narration lie inside the viewport; nothing scrolls. */
async function expectFits(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const root = document.documentElement;
    const out: string[] = [];
    if (root.scrollHeight > innerHeight) out.push(`scrolls down: ${root.scrollHeight} > ${innerHeight}`);
    if (root.scrollWidth > innerWidth) out.push(`scrolls sideways: ${root.scrollWidth} > ${innerWidth}`);
    const watched = document.querySelectorAll('main button, main select, main input, #narration, .stage-frame svg, h1, .open-full');
    for (const el of watched) {
      const box = el.getBoundingClientRect();
      if (getComputedStyle(el).position === 'absolute' && box.width <= 1) continue;
      if (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5 || box.top < -0.5 || box.left < -0.5) {
        out.push(`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${box.left},${box.top}-${box.right},${box.bottom}`);
      }
    }
    return out;
  });
  expect(report).toEqual([]);
}

for (const [width, height] of [[360, 420], [700, 450], [1200, 600]]) {
  test(`embed=1 fits a ${width}×${height} frame with the scheduler's buttons showing`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLab(page, MANUAL_FIGURE);
    await expect(page.getByRole('button', { name: 'Run main' })).toBeVisible();
    await expectFits(page);
    await page.screenshot({ path: `tests/e2e/screenshots/embed-${width}x${height}.png` });
    // The keyboard help fits the frame too.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= height && box.x + box.width <= width).toBe(true);
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    // It opens at its top: the heading and the first shortcut are in view, not scrolled
    // past to reach the focused button.
    await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
    await expect(dialog.getByRole('rowheader', { name: 'Space' })).toBeInViewport();
  });
}

for (const [width, height] of [[360, 420], [1000, 420]]) {
  test(`with tasks blocked (figure 30.11, step 15) a ${width}×${height} frame still fits`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLab(page, 'preset=ostep-fig-30-11&step=15&embed=1&policy=manual');
    await expect(page.getByRole('button', { name: 'Run main' })).toBeVisible();
    // Each blocked task's reason is still there for screen readers.
    await expect(page.getByRole('button', { name: 'Run C2' })).toHaveAccessibleDescription(/waiting on the condition variable cv/);
    await expectFits(page);
  });
}

/** Stage texts drawn under 11 CSS px: font size in user units times the drawing's scale. */
async function smallStageText(page: Page): Promise<string[]> {
  return page.locator('svg.stage text').evaluateAll((texts) =>
    texts
      .map((t) => ({
        text: (t.textContent ?? '').trim(),
        px: parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
      }))
      .filter((t) => t.text && t.px < 11)
      .map((t) => `"${t.text}" at ${t.px.toFixed(1)} px`),
  );
}

for (const query of ['preset=seed', 'preset=ostep-fig-30-11&step=15', 'preset=fan-out', 'preset=unbuffered']) {
  test(`a fixed 700×450 frame draws no stage text under 11 CSS px, scheduler open: ${query}`, async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 450 });
    await openLab(page, `${query}&embed=1&policy=manual`);
    await expect(page.getByRole('button', { name: /^Run / }).first()).toBeVisible();
    // The stage measures its box and redraws to fit it: wait for that drawing.
    await expect.poll(() => smallStageText(page)).toEqual([]);
    await expectFits(page);
  });
}

test('panels= adds the code, console, queues, book table and timeline to the embed', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 450 });
  await openLab(page, 'preset=ostep-fig-30-11&embed=1&panels=code,console,queues,book,timeline&step=15');
  await expect(page.locator('.task-card')).toHaveCount(4);
  await expect(page.locator('.task-card .current').first()).toBeVisible();
  await expect(page.locator('.console-panel')).toBeVisible();
  await expect(page.locator('.sync-table')).toBeVisible();
  await expect(page.locator('.book-table')).toBeVisible();
  await expect(page.locator('.timeline-panel')).toBeVisible();
  await expect(page.locator('.metrics-panel')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await openLab(page, 'embed=1&panels=code');
  await expect(page.locator('.task-card')).toHaveCount(2);
  await expect(page.locator('.console-panel, .timeline-panel, .wait-queues')).toHaveCount(0);
});

test('the embed has no axe violations, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 420 });
  await openLab(page, MANUAL_FIGURE);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('the Embed snippet carries the step and every view parameter, and embed.js', async ({ page }) => {
  await openLab(page, 'preset=backpressure&speed=4&theme=dark');
  await press(page, 'Step', 3);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const snippet = await page.getByLabel('Embed snippet (HTML)').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)?.[1].replaceAll('&amp;', '&') ?? '';
  const params = new URL(src).searchParams;
  expect(params.get('preset')).toBe('backpressure');
  expect(params.get('embed')).toBe('1');
  expect(params.get('step')).toBe('3');
  expect(params.get('speed')).toBe('4');
  expect(params.get('theme')).toBe('dark');
  expect(snippet).toContain(`<script src="${ORIGIN}/embed.js" defer></script>`);
});

/** A host page on its own loopback port, framing the lab from ORIGIN. */
async function hostServer(
  labQuery: string,
  { width = '100%', script = true }: { width?: string; script?: boolean } = {},
): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
    <h1>Week 5: bounded buffers</h1>
    <iframe src="${ORIGIN}/?${labQuery}" title="Producer–Consumer Lab" width="${width}" height="480"
      style="border: 0" data-pclab-embed></iframe>
    ${script ? `<script src="${ORIGIN}/embed.js" defer></script>` : ''}</body></html>`;
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}/` };
}

test('across origins embed.js sizes the frame from the lab, ignores other origins, and no autofocus warning', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  const { server, url } = await hostServer('preset=ostep-fig-30-9&embed=1&panels=code');
  try {
    await page.goto(url);
    const frame = page.locator('iframe');
    const lab = page.frameLocator('iframe');
    await expect(lab.getByRole('button', { name: 'Run main' })).toBeVisible();
    // The frame grows past its 480 px to hold the task cards, and then nothing scrolls.
    await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(600);
    const inner = await lab.locator('html').evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      shown: innerHeight,
    }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.shown + 1);
    const sized = (await frame.boundingBox())?.height;
    // The same message from the host's own origin is ignored.
    await page.evaluate(() => window.postMessage({ type: 'pclab-embed-height', height: 200 }, '*'));
    await page.waitForTimeout(300);
    expect((await frame.boundingBox())?.height).toBe(sized);
    expect(messages.filter((m) => /autofocus/i.test(m))).toEqual([]);
  } finally {
    server.close();
  }
});

/** The frame's height once it has stopped changing: the same over two looks 600 ms apart. */
async function settledHeight(page: Page): Promise<number> {
  const frame = page.locator('iframe');
  let last = -1;
  for (let look = 0; look < 20; look++) {
    const now = (await frame.boundingBox())?.height ?? 0;
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(600);
  }
  throw new Error(`the frame's height never settled (last ${last} px)`);
}

for (const width of ['360', '1200']) {
  test(`with panels a ${width} px frame settles at the lab's own height and never creeps`, async ({ page }) => {
    await page.setViewportSize({ width: 1300, height: 900 });
    const { server, url } = await hostServer('preset=seed&embed=1&panels=code,console', { width });
    try {
      await page.goto(url);
      const lab = page.frameLocator('iframe');
      await expect(lab.locator('.console-panel')).toBeVisible();
      await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).toBeGreaterThan(480);
      const settled = await settledHeight(page);
      // The frame holds the lab's content exactly: nothing scrolls inside, and no empty band.
      const inner = await lab.locator('html').evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        shown: innerHeight,
        main: document.querySelector('main')?.getBoundingClientRect().height ?? 0,
      }));
      expect(inner.scroll).toBeLessThanOrEqual(inner.shown + 1);
      expect(Math.abs(inner.main - settled)).toBeLessThanOrEqual(2);
      // Stepping the run changes the panels' text but not the page's height for long.
      await lab.getByRole('button', { name: 'Step', exact: true }).click();
      expect(Math.abs((await settledHeight(page)) - settled)).toBeLessThanOrEqual(40);
    } finally {
      server.close();
    }
  });
}

test('embed.js added after the lab has started still sizes the frame (it asks the lab)', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  const { server, url } = await hostServer('preset=seed&embed=1&panels=code,console', { script: false });
  try {
    await page.goto(url);
    const lab = page.frameLocator('iframe');
    await expect(lab.locator('.console-panel')).toBeVisible();
    // The lab has posted its height by now, to nobody.
    await page.waitForTimeout(300);
    expect((await page.locator('iframe').boundingBox())?.height).toBe(480);
    await page.evaluate((origin) => {
      const script = document.createElement('script');
      script.src = `${origin}/embed.js`;
      document.body.append(script);
    }, ORIGIN);
    await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).toBeGreaterThan(480);
  } finally {
    server.close();
  }
});
