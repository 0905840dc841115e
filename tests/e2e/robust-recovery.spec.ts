// Issue 16, points 2 and 3: a lost WebGL context comes back by itself; a failed, cut-off or corrupt model shows the
// flat map and a retry that really downloads again, while the text keeps working.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

declare global {
  interface Window {
    __lostContext?: WEBGL_lose_context;
  }
}

test('a lost WebGL context comes back without a reload, with the same lines, region and camera', async ({ page }) => {
  await openApp(page, '?lang=en&lines=dfl&region=jaw');
  const viewer = page.getByTestId('viewer');
  await expect.poll(() => page.evaluate(() => (window.__fasciaFrames ?? 0) > 0)).toBe(true);
  // Turn by hand, so the camera stands where no framing would put it.
  await page.locator('[data-testid="viewer"] canvas').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.__fasciaCamera?.position());
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer"] canvas');
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    const extension = gl?.getExtension('WEBGL_lose_context') ?? undefined;
    window.__lostContext = extension;
    extension?.loseContext();
  });
  await expect(viewer).toHaveAttribute('data-context-lost', 'true');
  await expect(viewer.getByText('Getting the 3D view back')).toBeVisible();
  const framesWhileLost = await page.evaluate(() => window.__fasciaFrames ?? 0);
  await page.evaluate(() => window.__lostContext?.restoreContext());

  await expect(viewer).not.toHaveAttribute('data-context-lost', 'true');
  await expect(viewer.locator('canvas')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.__fasciaFrames ?? 0)).toBeGreaterThan(framesWhileLost);
  // The new Canvas' camera rig installs its probe once the body is in it again.
  await expect.poll(() => page.evaluate(() => window.__fasciaCamera !== undefined)).toBe(true);
  const after = await page.evaluate(() => window.__fasciaCamera?.position());
  for (let i = 0; i < 3; i++) expect(after?.[i]).toBeCloseTo(before?.[i] ?? NaN, 3);
  await expect(page.locator('button.line-toggle[data-line="dfl"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#detail h2, #detail h1').first()).toContainText(/jaw/i);
  await expect(page).toHaveURL(/region=jaw/);
  expect(navigations).toEqual([]);
});

test('a model that fails, is cut off or is corrupt shows the flat map and a retry that downloads it again', async ({ page }) => {
  const model = readFileSync('dist/models/body.glb');
  let serve: 'error' | 'truncated' | 'garbage' | 'real' = 'error';
  let requests = 0;
  await page.route('**/models/body.glb', async (route) => {
    requests++;
    if (serve === 'error') await route.fulfill({ status: 500, body: 'server error' });
    else if (serve === 'truncated') await route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: model.subarray(0, Math.floor(model.length / 3)) });
    else if (serve === 'garbage') await route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from('<html>not a model</html>') });
    else await route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: model });
  });
  await page.goto('/?lang=en&lines=dfl');
  const viewer = page.getByTestId('viewer');
  const note = viewer.getByTestId('fallback-note');
  const retry = viewer.getByRole('button', { name: 'Try 3D again' });
  await expect(note).toContainText('could not be loaded', { timeout: 60_000 });
  await expect(viewer.getByTestId('flat-body').locator('[data-line="dfl"]')).toHaveCount(2);
  // All text keeps working meanwhile: a region opens from the flat map.
  await viewer.locator('[data-region="chest"]').click();
  await expect(page.locator('#detail')).toContainText(/chest/i);

  for (const next of ['truncated', 'garbage'] as const) {
    serve = next;
    const before = requests;
    await retry.click();
    // Software GL compiles the scene before the parse error shows: give it the start-up's time.
    await expect(note).toContainText('could not be loaded', { timeout: 60_000 });
    await expect(retry).toBeVisible();
    expect(requests, `a retry after ${next} fetched the model again`).toBeGreaterThan(before);
  }

  serve = 'real';
  const before = requests;
  await retry.click();
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(viewer.locator('canvas')).toHaveCount(1);
  await expect(viewer.getByTestId('flat-body')).toHaveCount(0);
  expect(requests).toBeGreaterThan(before);
});
