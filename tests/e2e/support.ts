/**
 * Shared helpers for the end-to-end tests: how to launch Debian's Chromium, the static
 * server for dist/, a page watcher that records console errors and every request, and
 * an axe-core check. New spec files should import from here rather than repeat them.
 *
 * The tests run against a release build: `trunk build --release` first (scripts/test.sh
 * does), then `npx playwright test`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type ConsoleMessage, type Page } from '@playwright/test';

/** Port of the static server; scripts/test.sh picks a free one and exports it. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);

/** The origin every request must go to: the app is fully self-contained. */
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The sub-path where the server also serves dist/, as a static host might. */
export const SUB_PATH = '/lab/';

/** The one event that makes the app panic on purpose (src/app/crash_overlay.rs). */
export const TEST_PANIC_EVENT = 'pclab-test-panic';

/** The WCAG levels the axe scan checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it from calling hosts
 * it cannot reach and let it run as root in a container; Playwright gives every
 * launch a fresh user-data-dir.
 */
export const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** Playwright's `webServer` entry: dist/ at `/` and at SUB_PATH, on loopback only. */
export const staticServer = {
  command: `node tests/e2e/static-server.mjs dist ${PORT}`,
  url: `${ORIGIN}/index.html`,
  reuseExistingServer: false,
  timeout: 15_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
};

/** What a page did while a test watched it. */
export interface PageLog {
  /** Text of every `console.error` and of every uncaught exception. */
  errors: string[];
  /** URL of every request the page made, in order. */
  requests: string[];
  /** URL and status of every response with status 400 or more. */
  failures: string[];
}

/** Starts recording console errors, uncaught exceptions and requests. Call before goto. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = { errors: [], requests: [], failures: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failures.push(`${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failures.push(`${response.url()} ${response.status()}`);
  });
  return log;
}

/** Opens the app at `path` and waits until Yew has mounted it. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expectAppMounted(page);
}

/** Waits until the page shows the mounted app: its `<main>` and its heading. */
export async function expectAppMounted(page: Page): Promise<void> {
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Producer–Consumer Lab');
}

/** Makes the running app panic for real, through the test-only window event. */
export async function triggerTestPanic(page: Page): Promise<void> {
  await page.evaluate((name) => window.dispatchEvent(new CustomEvent(name)), TEST_PANIC_EVENT);
}

/** Runs axe-core with AXE_TAGS and fails with a readable list of any violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  );
  expect(summary, 'axe-core violations').toEqual([]);
}
