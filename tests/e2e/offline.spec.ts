import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('after one visit the app, its content and the body work offline', async ({ page, context }) => {
  await openApp(page, '?lang=en');
  // Wait until the service worker has precached everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.goto('/?lang=en&lines=dfl&region=jaw');
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Jaw' })).toBeVisible();
  await context.setOffline(false);
});
