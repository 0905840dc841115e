import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('search in the client\'s words: "nekpijn" opens the neck, "IT band" offers the iliotibial tract first', async ({ page }) => {
  await openApp(page, '?lang=nl');
  const search = page.getByRole('combobox', { name: 'Zoeken' });
  await search.fill('nekpijn');
  await expect(page.getByRole('option').first()).toContainText('nek');
  await search.press('Enter');
  await expect(page.getByRole('region', { name: /nek/i })).toBeVisible();
  await expect(page).toHaveURL(/region=neck/);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('combobox', { name: 'Search' }).fill('IT band');
  await expect(page.getByRole('option').first()).toContainText('Iliotibial tract');
});

test('the list swatch is the line\'s colour on the body, with its abbreviation, and no dummy booking link', async ({ page }) => {
  await openApp(page, '?lang=en');
  const swatch = page.locator('button.line-toggle[data-line="sbl"] .line-toggle__swatch');
  await expect(swatch).toHaveText('SBL');
  // The colour in data/lines/sbl.json, the one the ribbon on the body is drawn in.
  const hex = (JSON.parse(readFileSync('data/lines/sbl.json', 'utf8')) as { colour: string }).colour;
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  await expect(swatch).toHaveCSS('background-color', `rgb(${r}, ${g}, ${b})`);
  await expect(page.locator('a[href*="example."]')).toHaveCount(0);
});
