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

  // The jaw seen from the front is a band round the chin and up the sides (the lips are the face's), so the
  // middle of its box lies on the lips: tap the chin.
  const jaw = viewer.locator('[data-region="jaw"]');
  const jawBox = await jaw.boundingBox();
  await jaw.click({ position: { x: (jawBox?.width ?? 0) / 2, y: (jawBox?.height ?? 0) * 0.85 } });
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

// Issue 16, point 5 (run without WebGL: it is about the page, and the flat map starts fast).
test('a hostile link crashes nothing, renders no markup and drops what it does not know with a notice', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const script = '<script>alert(1)</script>';
  const image = '"><img src=x onerror=alert(2)>';
  const query = new URLSearchParams({ lang: 'en', lines: `dfl,${script}`, region: '__proto__', mode: 'constructor', scene: image, step: '1e308', line: 'x'.repeat(5000) });
  await page.goto(`/?${query.toString()}&constructor[prototype][polluted]=1&__proto__[polluted]=1`);
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-flat', 'true');
  const notice = page.locator('.notice').filter({ hasText: 'was not recognised' });
  await expect(notice).toContainText(script);
  await expect(notice).toContainText('region=__proto__');
  expect((await notice.innerText()).length).toBeLessThan(400);
  await expect(page.locator('button.line-toggle[data-line="dfl"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await page.locator('body script, #root img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // The link now says only what it means.
  await expect(page).toHaveURL(/\?lang=en&lines=dfl$/);
});

// Issue 16, point 4: a damaged long-text bundle at run time.
test('a broken long-text bundle leaves the app working and a notice names the bundle and the field', async ({ page }) => {
  await page.route(/\/assets\/long-[^/]*\.js$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: 'export default [{"path":["regions","jaw","summary"],"text":42},{"nothing":"here"}];',
    }),
  );
  await page.goto('/?lang=en&region=jaw');
  await expect(page.locator('.notice')).toContainText('long texts (en): regions › jaw › summary text: expected a text', { timeout: 30_000 });
  // Everything else works: the region's panel, a line, the flat map.
  await expect(page.locator('#detail')).toContainText(/jaw/i);
  await page.locator('button.line-toggle[data-line="sbl"]').click();
  await expect(page.getByTestId('viewer').locator('[data-line="sbl"]')).toHaveCount(2);
});
