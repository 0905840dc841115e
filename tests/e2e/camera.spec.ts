import { expect, test, type Page } from '@playwright/test';
import { LINE_IDS } from '../../src/content/ids';
import { openApp } from './helpers';

const distance = (page: Page) => page.evaluate(() => window.__fasciaCamera?.distance() ?? NaN);
const position = (page: Page) => page.evaluate(() => window.__fasciaCamera?.position() ?? [NaN, NaN, NaN]);
const description = (page: Page) => page.getByTestId('viewer-description');

test.describe('the camera follows the choice', () => {
  test('a lower-back link shows the body from behind, with the lower back on screen', async ({ page }) => {
    await openApp(page, '?lang=en&region=lower_back');
    await expect(description(page)).toContainText('seen from the back');
    const seen = await page.evaluate(() => window.__fasciaCamera?.regionSeen('lower_back') ?? 0);
    expect(seen).toBeGreaterThan(0.5);
  });

  test('a jaw link shows the face from the front', async ({ page }) => {
    await openApp(page, '?lang=en&region=jaw');
    await expect(description(page)).toContainText('seen from the front');
    expect(await page.evaluate(() => window.__fasciaCamera?.regionSeen('jaw') ?? 0)).toBeGreaterThan(0.4);
  });

  test('turning on each line shows most of it on screen, from the side where it lies', async ({ page }) => {
    await openApp(page, '?lang=en');
    let previous: string | undefined;
    for (const id of LINE_IDS) {
      if (previous) await page.locator(`button.line-toggle[data-line="${previous}"]`).click();
      await page.locator(`button.line-toggle[data-line="${id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`lines=${id}(&|$)`));
      await expect.poll(() => page.evaluate((line) => window.__fasciaCamera?.lineInFrame(line) ?? 0, id), { message: id }).toBeGreaterThan(0.9);
      if (id === 'sbl') await expect(description(page)).toContainText('seen from the back');
      if (id === 'sfl') await expect(description(page)).toContainText('seen from the front');
      if (id === 'll') await expect(description(page)).toContainText(/seen from the (left|right)/);
      previous = id;
    }
  });

  test('a line lit while a region is open turns the region to where the line runs on it', async ({ page }) => {
    await openApp(page, '?lang=en&region=knee_r');
    await expect(description(page)).toContainText('seen from the front');
    await page.locator('button.line-toggle[data-line="sbl"]').click();
    await expect(page).toHaveURL(/lines=sbl/);
    await expect(page).toHaveURL(/region=knee_r/);
    // The Superficial Back Line runs behind the knee: the knee is seen from behind, still close.
    await expect(description(page)).toContainText('seen from the back');
    expect(await distance(page)).toBeLessThan(1.6);
  });

  test('a person who turned the body by hand is not yanked away when a line is lit', async ({ page }) => {
    await openApp(page, '?lang=en');
    const canvas = page.locator('[data-testid="viewer"] canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await position(page))[0]).not.toBeCloseTo(0, 1);
    const turned = await position(page);
    await page.locator('button.line-toggle[data-line="sbl"]').click();
    await expect(page).toHaveURL(/lines=sbl/);
    await page.waitForTimeout(300);
    const after = await position(page);
    expect(Math.hypot(after[0] - turned[0], after[1] - turned[1], after[2] - turned[2])).toBeLessThan(0.01);
    // The named reset still brings the whole body back, from the front.
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(description(page)).toContainText('seen from the front');
  });

  test('a searched station is framed close and named', async ({ page }) => {
    await openApp(page, '?lang=en');
    const overview = await distance(page);
    // "heel" alone is the client's word for the foot (synonyms.json); the station is the heel bone.
    await page.getByRole('combobox', { name: 'Search' }).fill('heel bone');
    const hit = page.getByRole('option').filter({ hasText: /heel bone/i }).first();
    await hit.click();
    await expect(page.locator('.focus-card')).toContainText(/heel/i);
    await expect.poll(() => distance(page)).toBeLessThan(overview * 0.6);
    await expect(description(page)).toContainText('seen from the back');
  });
});

test.describe('keyboard', () => {
  test('the 3D view can be focused: arrows turn it, + and − zoom, 0 resets; the zoom buttons work for everyone', async ({ page }) => {
    await openApp(page, '?lang=en');
    const canvas = page.locator('[data-testid="viewer"] canvas');
    await canvas.focus();
    await expect(canvas).toBeFocused();
    await expect(canvas).toHaveAttribute('aria-label', /arrow keys/i);
    for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowRight');
    await expect(description(page)).toContainText('seen from the left');
    await expect(page.locator('.viewer__hint')).toContainText('Arrow keys turn');
    const before = await distance(page);
    await page.keyboard.press('+');
    await expect.poll(() => distance(page)).toBeLessThan(before * 0.9);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => distance(page)).toBeGreaterThan(before * 1.1);
    await page.keyboard.press('0');
    await expect(description(page)).toContainText('seen from the front');
    const reset = await distance(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => distance(page)).toBeLessThan(reset * 0.9);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => distance(page)).toBeGreaterThan(reset * 1.05);
  });
});

test.describe('touch on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Real touch input through the browser's own gesture handling (not mouse events). */
  async function touches(page: Page, tracks: readonly { from: [number, number]; to: [number, number] }[], steps = 12) {
    const cdp = await page.context().newCDPSession(page);
    const at = (t: number) =>
      tracks.map(({ from, to }, id) => ({ x: from[0] + (to[0] - from[0]) * t, y: from[1] + (to[1] - from[1]) * t, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step <= steps; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  const canvasBox = async (page: Page) => {
    const box = await page.locator('[data-testid="viewer"] canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    return box;
  };

  test('a vertical swipe on the body scrolls the page and leaves the body as it was', async ({ page }) => {
    await openApp(page, '?lang=en');
    const box = await canvasBox(page);
    const before = await position(page);
    const x = box.x + box.width * 0.5;
    await touches(page, [{ from: [x, box.y + box.height * 0.7], to: [x, box.y + box.height * 0.2] }]);
    await expect.poll(async () => (await canvasBox(page)).y).toBeLessThan(box.y - 50);
    const after = await position(page);
    expect(Math.hypot(after[0] - before[0], after[1] - before[1], after[2] - before[2])).toBeLessThan(0.05);
  });

  test('a sideways swipe turns the body, and a pinch zooms', async ({ page }) => {
    await openApp(page, '?lang=en');
    const box = await canvasBox(page);
    const y = box.y + box.height * 0.5;
    // A quarter of the width: well short of a half turn, which would bring the camera back onto the midline.
    await touches(page, [{ from: [box.x + box.width * 0.3, y], to: [box.x + box.width * 0.55, y] }]);
    await expect.poll(async () => Math.abs((await position(page))[0])).toBeGreaterThan(0.5);
    const before = await distance(page);
    const cx = box.x + box.width / 2;
    await touches(page, [
      { from: [cx - 30, y - 30], to: [cx - 110, y - 110] },
      { from: [cx + 30, y + 30], to: [cx + 110, y + 110] },
    ]);
    await expect.poll(() => distance(page)).toBeLessThan(before * 0.85);
  });

  test('a tap just below the small jaw picks the jaw, shows what was picked and frames it', async ({ page }) => {
    await openApp(page, '?lang=en');
    const jaw = await page.evaluate(() => window.__fasciaCamera?.regionBox('jaw') ?? null);
    if (!jaw) throw new Error('no jaw in the model');
    expect(jaw.bottom - jaw.top).toBeLessThan(34);
    const overview = await distance(page);
    const cdp = await page.context().newCDPSession(page);
    const point = { x: (jaw.left + jaw.right) / 2, y: jaw.bottom + 8 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page).toHaveURL(/region=jaw/);
    await expect(page.getByTestId('pick-flash')).toBeAttached();
    await expect.poll(() => distance(page)).toBeLessThan(overview * 0.6);
  });
});
