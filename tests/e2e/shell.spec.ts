import { expect, test } from '@playwright/test';
import { openApp, settledFrames } from './helpers';

test('the app loads the body and draws it, with nothing fetched from another origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fascia Line Explorer');
  // Exercise the parts that could reach out: a line, a region, the search.
  await page.getByRole('button', { name: /Diepe Voorlijn|Deep Front Line/ }).first().click();
  await page.goto('/?region=jaw');
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });

  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(problems.filter((text) => /Content Security Policy|Refused/.test(text)), 'CSP violations').toEqual([]);
  expect(problems, 'errors in the console').toEqual([]);
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('http');
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the pulse runs out and an idle scene draws no frames', async ({ page }) => {
    await openApp(page, '?lines=sbl');
    // On a busy machine the lit line can appear a moment after the body: wait until its pulse has really run
    // (a pulse is dozens of frames), so "settled" means after the pulse, not before it started.
    await expect.poll(() => page.evaluate(() => window.__fasciaFrames ?? 0), { timeout: 60_000 }).toBeGreaterThan(10);
    const before = await settledFrames(page);
    await page.waitForTimeout(1500);
    const after = await page.evaluate(() => window.__fasciaFrames ?? 0);
    expect(after).toBe(before);
  });
});
