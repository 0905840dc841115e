import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until the body is loaded and drawn. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

/** Waits until the 3D view has stopped drawing (render on demand), then returns the frame count. */
export async function settledFrames(page: Page): Promise<number> {
  // Three equal readings in a row: work deferred to idle time after the start (picking trees, the welded skin for
  // soft region edges) draws once more when it lands, and only then is the scene really idle.
  let previous = -1;
  let steady = 0;
  for (let attempt = 0; attempt < 80; attempt++) {
    const frames = await page.evaluate(() => window.__fasciaFrames ?? 0);
    steady = frames === previous ? steady + 1 : 0;
    if (steady >= 2) return frames;
    previous = frames;
    await page.waitForTimeout(700);
  }
  throw new Error('the 3D view never stopped drawing');
}

/** Everything drawn over the canvas; hidden for pictures, so only the 3D drawing is compared. */
const OVERLAYS = '.legend, .camera-buttons, .focus-card, .viewer__hint, .viewer__overlay { visibility: hidden !important; }';

/** A picture of the 3D drawing only, once it has settled. */
export async function viewerPicture(page: Page): Promise<Buffer> {
  await settledFrames(page);
  return page.locator('[data-testid="viewer"] canvas').screenshot({ style: OVERLAYS, animations: 'disabled' });
}
