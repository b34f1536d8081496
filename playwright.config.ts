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
  // Two, one per core: three were faster (179 s against 206 s for the 118 tests) but made
  // timing-sensitive tests flaky on the 2-core machine (a shared-link reopen, the offline
  // update), so the warm test command stays at about 5 minutes 10 s.
  workers: 2,
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
