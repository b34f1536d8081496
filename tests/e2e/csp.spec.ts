/**
 * The strict Content Security Policy: the static server sends the policy of issue 11
 * with every response (tests/e2e/csp-policy.mjs), and here the page must mount, play and
 * open its dialogs without a single `securitypolicyviolation` event, in every view.
 */
import { expect, test, type Page } from '@playwright/test';
import { CSP } from './csp-policy.mjs';
import { INTRO_DISMISSED_KEY, press } from './lab_support';
import { expectAppMounted, watchPage } from './support';

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

const VIEWS = [
  '',
  'embed=1',
  'theme=dark&preset=ostep-fig-30-11&step=15',
  'preset=semaphore-correct&policy=manual',
];

for (const query of VIEWS) {
  test(`the page runs under the strict CSP with no violation: ?${query}`, async ({ page }) => {
    const log = watchPage(page);
    await recordViolations(page);
    await page.addInitScript((key) => window.localStorage.setItem(key, '1'), INTRO_DISMISSED_KEY);
    const response = await page.goto(`/?${query}`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await expectAppMounted(page);
    await expect(page.locator('.stage-frame svg').first()).toBeVisible();
    if (!query.includes('manual')) {
      await press(page, 'Step', 3);
      await press(page, 'Run to end');
    }
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
}

test('the program page (its own bundle) runs, packs its link and opens a packed one under the strict CSP', async ({ page }) => {
  const log = watchPage(page);
  await recordViolations(page);
  const response = await page.goto('/?edit=go');
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await expectAppMounted(page);
  await expect(page.getByRole('textbox', { name: 'Go program' })).toBeVisible();
  await page.getByRole('button', { name: 'Run program' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.locator('.program-controls .outcome')).toBeVisible();
  // The address now carries the program, packed by the browser's CompressionStream.
  await expect.poll(() => new URL(page.url()).searchParams.get('program') ?? '').not.toBe('');
  await page.goto(page.url());
  await expect(page.getByRole('textbox', { name: 'Go program' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the first visit with its introduction runs under the strict CSP too', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/lab/');
  await expectAppMounted(page);
  await expect(page.locator('.intro')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the violation check itself sees an inline script being blocked', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  await expectAppMounted(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toHaveLength(1);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
});
