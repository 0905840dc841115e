import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test.use({ locale: 'en-GB' });

test('a first visit opens in Dutch even on a phone set to English; a link can ask for English', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { name: 'Lijnen', exact: true })).toBeVisible();
  await openApp(page, '?lang=en');
  await expect(page.getByRole('heading', { name: 'Lines', exact: true })).toBeVisible();
});

test('while the body loads, a bar counts its bytes', async ({ page }) => {
  // Hold the model back until the bar has been seen, as on slow wifi.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/models/body.glb', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?lang=en');
  const bar = page.getByRole('progressbar', { name: 'Loading the 3D body' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  release();
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(bar).toHaveCount(0);
});

test('a region opened from a link shows its long texts, which load after the first frame', async ({ page }) => {
  await openApp(page, '?lang=en&region=jaw');
  const panel = page.getByRole('region', { name: /jaw/i }).first();
  // Long passages are in the deferred file: once merged, the panel's paragraphs are not empty.
  await expect.poll(async () => panel.locator('p').evaluateAll((paragraphs) => paragraphs.filter((p) => (p.textContent ?? '').trim().length > 120).length)).toBeGreaterThan(0);
});
