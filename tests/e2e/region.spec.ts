import { expect, test } from '@playwright/test';
import { openApp, viewerPicture } from './helpers';

test('a region link opens its panel with the lines through it and its compensation patterns', async ({ page }) => {
  await openApp(page, '?lang=en&region=jaw');
  const panel = page.getByRole('region', { name: 'Jaw' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Deep Front Line' }).first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Compensation patterns' })).toBeVisible();
  const pattern = panel.locator('details.pattern').first();
  await pattern.locator(':scope > summary').click();
  await expect(pattern).toHaveAttribute('open', '');
  await expect(pattern.getByText('What a therapist looks for')).toBeVisible();
  // Tapping a line in the panel lights it on the body.
  await panel.getByRole('button', { name: 'Deep Front Line' }).first().click();
  await expect(page).toHaveURL(/lines=dfl/);
});

test('the Dutch panel says "Compensatiepatronen"', async ({ page }) => {
  await openApp(page, '?lang=nl&region=lower_back');
  const panel = page.getByRole('region', { name: 'Onderrug' });
  await expect(panel.getByRole('heading', { name: 'Compensatiepatronen' })).toBeVisible();
});

test('tapping the body selects the region under the finger', async ({ page }) => {
  await openApp(page, '?lang=en');
  const canvas = page.locator('[data-testid="viewer"] canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  // The chest sits a little above the middle of the front view.
  await canvas.click({ position: { x: box.width / 2, y: box.height * 0.3 } });
  await expect(page.getByRole('region').first()).toBeVisible();
  await expect(page).toHaveURL(/region=(chest|abdomen|upper_back)/);
});

test('unknown ids in a link are dropped with a notice, and back/forward restore the view', async ({ page }) => {
  await openApp(page, '?lang=en&lines=dfl,nonsense&region=elbow');
  await expect(page.getByRole('status').filter({ hasText: 'was not recognised' })).toContainText('nonsense');
  await expect(page.locator('button.line-toggle[data-line="dfl"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('button.line-toggle[data-line="sbl"]').click();
  await expect(page).toHaveURL(/lines=sbl,dfl|lines=dfl,sbl/);
  await page.goBack();
  await expect(page.locator('button.line-toggle[data-line="sbl"]')).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(page.locator('button.line-toggle[data-line="sbl"]')).toHaveAttribute('aria-pressed', 'true');
});

test('through an x-ray skin, tapping a track names it and its lines', async ({ page }) => {
  await openApp(page, '?lang=en&lines=sfl');
  // The x-ray slider lives with the other layers, in a panel beside the view that a tap opens.
  await page.getByRole('button', { name: 'Layers', exact: true }).click();
  // The slider runs from "Skin" (whole) to "X-ray": toward X-ray the skin turns see-through.
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '0% see-through');
  // While the slider is held, the rest of the panel steps aside so the body under it shows the change.
  const slider = page.getByRole('slider');
  const track = await slider.boundingBox();
  if (!track) throw new Error('no slider');
  await page.mouse.move(track.x + 4, track.y + track.height / 2);
  await page.mouse.down();
  await expect(page.getByRole('checkbox', { name: 'Superficial tracks' })).toBeHidden();
  await page.mouse.up();
  await expect(page.getByRole('checkbox', { name: 'Superficial tracks' })).toBeVisible();
  await page.getByRole('slider').fill('80');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('fascia-explorer.preferences') ?? '{}').state?.skinOpacity)).toBeCloseTo(0.2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('slider')).toBeHidden();
  const canvas = page.locator('[data-testid="viewer"] canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  // The front of the belly: the rectus abdominis of the Superficial Front Line lies there.
  await canvas.click({ position: { x: box.width / 2 + 12, y: box.height * 0.42 } });
  const card = page.locator('.focus-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(/Part of: .+|Not part of any line/);
});

test('double-tapping a region frames it and opens it', async ({ page }) => {
  await openApp(page, '?lang=en');
  const canvas = page.locator('[data-testid="viewer"] canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const spot = { x: box.width / 2, y: box.height * 0.3 };
  // A single tap tints the region; the picture then differs only by the framing that a double tap adds.
  await canvas.click({ position: spot });
  await expect(page).toHaveURL(/region=(chest|abdomen|upper_back)/);
  const tinted = await viewerPicture(page);
  await canvas.dblclick({ position: spot });
  await expect(page).toHaveURL(/region=(chest|abdomen|upper_back)/);
  expect((await viewerPicture(page)).equals(tinted)).toBe(false);
});
