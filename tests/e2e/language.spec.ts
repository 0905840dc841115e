import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('switching language changes every label without a reload and is remembered', async ({ page }) => {
  await openApp(page, '?lang=nl');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await expect(page.getByRole('heading', { name: 'Lijnen', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Lines', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  // The saved choice wins over the browser's language on the next visit without ?lang.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lines', exact: true })).toBeVisible();
});
