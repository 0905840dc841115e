// Issue 16, point 1: without WebGL the flat body map stands where the 3D body would, and it works.
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL a flat body map shows the lit Deep Front Line, and a tap on a region opens its panel', async ({ page }) => {
  await page.goto('/?lang=en&lines=dfl');
  const viewer = page.getByTestId('viewer');
  await expect(viewer).toHaveAttribute('data-flat', 'true');
  await expect(viewer.getByTestId('fallback-note')).toContainText('3D is not available on this device');
  await expect(viewer.locator('canvas')).toHaveCount(0);
  // The line is drawn in its own colour along its stations, on both sides.
  const dfl = viewer.locator('[data-line="dfl"]');
  await expect(dfl).toHaveCount(2);
  expect(await dfl.first().locator('polyline').count()).toBeGreaterThan(1);

  await viewer.locator('[data-region="jaw"]').click();
  await expect(page.locator('#detail')).toContainText(/jaw/i);
  await expect(viewer.locator('[data-region="jaw"]')).toHaveAttribute('aria-pressed', 'true');

  // The back, by the toggle; regions are reached with the keyboard too.
  await viewer.getByRole('button', { name: 'Back' }).click();
  await expect(viewer.getByTestId('flat-body')).toHaveAttribute('data-view', 'back');
  const lowerBack = viewer.locator('[data-region="lower_back"]');
  await lowerBack.focus();
  await page.keyboard.press('Enter');
  await expect(lowerBack).toHaveAttribute('aria-pressed', 'true');
});
