// Issue 16, point 8: during a start and a few taps nothing is requested from another origin and the policy is
// never violated (a violation would mean a library tried inline script, eval or a foreign address).
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test('a start and a few taps stay on the app\'s own origin, within its security policy', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await openApp(page, '?lang=en');
  const canvas = page.locator('[data-testid="viewer"] canvas');
  const box = await canvas.boundingBox();
  // A tap on the body (the chest), a line, the other language, a search, another mode.
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.35);
  await page.locator('button.line-toggle[data-line="dfl"]').click();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('combobox').fill('nek');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Rondleidingen|Tours/ }).first().click();
  await page.waitForTimeout(1500);

  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations), 'policy violations').toEqual([]);
});
