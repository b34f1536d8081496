/**
 * Playwright runs the end-to-end tests in tests/e2e/ against the release build in dist/
 * (build it first: scripts/test.sh does), served on 127.0.0.1 by a tiny static server,
 * in Debian's Chromium. Launch options and the server live in tests/e2e/support.ts.
 */
import { defineConfig } from '@playwright/test';
import { ORIGIN, launchOptions, staticServer } from './tests/e2e/support';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Three on the 2-core machine: the tests wait on the browser as much as they compute
  // (179-180 s for the 118 tests, twice, all passing; 206 s with two).
  workers: 3,
  timeout: 30_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: ORIGIN,
    browserName: 'chromium',
    headless: true,
    launchOptions,
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  webServer: staticServer,
});
