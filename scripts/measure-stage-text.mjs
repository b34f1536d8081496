#!/usr/bin/env node
// Measures the smallest text on the stage, in CSS px, for the presets a course shows
// most, on the page (laptop, projector-sized window, phone) and in fixed-size embed
// frames with the scheduler's buttons open, against a release build in dist/ (run
// `scripts/release-build.sh` first). A text's size is its font size in user units times
// the drawing's scale (`getScreenCTM().a`), as tests/e2e/onescreen.spec.ts and
// embed.spec.ts measure it. Prints figures; it is not a test. README, "One screen for
// teaching".
//
//   node scripts/measure-stage-text.mjs
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const PRESETS = [
  'preset=seed',
  'preset=fan-out',
  'preset=fan-in',
  'preset=unbuffered',
  'preset=ostep-fig-30-11&step=15',
  'preset=ostep-correct',
  'producers=4&consumers=4',
];
const PAGES = [[1366, 768], [1280, 720], [390, 844]];
const EMBEDS = [[700, 450], [1200, 600], [360, 420]];

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn('node', ['tests/e2e/static-server.mjs', 'dist', String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  await waitForServer();
  for (const [width, height] of PAGES) await measure(width, height, '');
  for (const [width, height] of EMBEDS) await measure(width, height, 'embed=1&policy=manual&');
} finally {
  await browser.close();
  server.kill();
}

/** Prints the smallest stage text of every preset at `width` × `height`. */
async function measure(width, height, prefix) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.addInitScript(() => localStorage.setItem('pclab.intro.dismissed', '1'));
  for (const query of PRESETS) {
    await page.goto(`http://127.0.0.1:${port}/?${prefix}${query}`);
    await page.waitForSelector('svg.stage text');
    // The stage measures its box after the first layout, then redraws to fit it.
    await page.waitForTimeout(300);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('svg.stage text')]
          .filter((t) => t.textContent.trim())
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)),
      ),
    );
    const where = prefix ? 'embed' : 'page';
    console.log(`${where} ${width}x${height}  ${query.padEnd(32)} smallest stage text ${smallest.toFixed(1)} px`);
  }
  await page.close();
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
}
