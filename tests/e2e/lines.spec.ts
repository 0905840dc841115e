import { expect, test } from '@playwright/test';
import { LINE_IDS } from '../../src/content/ids';
import { openApp, viewerPicture } from './helpers';

test('switching on each line changes the picture and the URL', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page, '?lang=en');
  const plain = await viewerPicture(page);
  for (const id of LINE_IDS) {
    const toggle = page.locator(`button.line-toggle[data-line="${id}"]`);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`lines=[^&]*${id}`));
    const picture = await viewerPicture(page);
    expect(picture.equals(plain), `the picture changed when ${id} was switched on`).toBe(false);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  }
});

test('a line can be shown on one side only, and the text alternative says so', async ({ page }) => {
  await openApp(page, '?lang=en&lines=spl');
  const both = await viewerPicture(page);
  await page.getByRole('group', { name: /Side of Spiral Line/ }).getByRole('button', { name: 'Left' }).click();
  await expect(page).toHaveURL(/lines=spl-l/);
  expect((await viewerPicture(page)).equals(both)).toBe(false);
  await expect(page.getByTestId('viewer-description')).toContainText('Spiral Line (left)');
});

test('"All" lights every line and "Clear" switches them off', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(page.locator('button.line-toggle[aria-pressed="true"]')).toHaveCount(12);
  // The panel names all twelve side by side; one picked tells its story, and the way back returns to all of them.
  const overview = page.getByTestId('lit-overview');
  await expect(overview.getByRole('heading', { name: '12 lines lit' })).toBeVisible();
  await expect(overview.locator('button.lit-overview__line')).toHaveCount(12);
  await overview.locator('button.lit-overview__line[data-line="sbl"]').click();
  await expect(page.locator('.line-story[data-line="sbl"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Superficial Back Line/ })).toBeFocused();
  await page.getByRole('button', { name: /All 12 lit lines/ }).click();
  await expect(overview.getByRole('heading', { name: '12 lines lit' })).toBeFocused();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.locator('button.line-toggle[aria-pressed="true"]')).toHaveCount(0);
});
