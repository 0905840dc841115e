import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('everything can be done by keyboard: search, light a line, open a region, move the camera', async ({ page }) => {
  await openApp(page, '?lang=en');
  // The skip links come first, then the modes in the order they are seen, then the search box.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the explanation' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Skip to the body/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'What do you want to do?' }).getByRole('button', { name: 'Explore' })).toBeFocused();
  for (let press = 0; press < 4; press++) await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('spiral');
  await page.keyboard.press('Enter');
  await expect(page.locator('button.line-toggle[data-line="spl"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: /Spiral Line/ })).toBeVisible();

  await page.getByRole('combobox', { name: 'Search' }).focus();
  await page.keyboard.type('jaw');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Jaw' })).toBeVisible();

  const sbl = page.locator('button.line-toggle[data-line="sbl"]');
  await sbl.focus();
  await page.keyboard.press('Space');
  await expect(sbl).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Back', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('viewer-description')).toContainText('seen from the back');
});

test('the second skip link lands on the 3D view, where the arrow keys turn the body', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="viewer"] canvas')).toBeFocused();
  // A quarter turn in steps: the body is then seen from one side.
  for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('viewer-description')).not.toContainText('seen from the front');
});

test('axe finds no serious or critical accessibility problems', async ({ page }) => {
  await openApp(page, '?lang=en&lines=dfl&region=jaw');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('in the dark theme on a phone', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('axe finds no serious contrast or accessibility problems either', async ({ page }) => {
    await openApp(page, '?lang=nl&lines=dfl,sbl&region=lower_back');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
