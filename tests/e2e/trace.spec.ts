import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, settledFrames } from './helpers';
import { pdfText } from './pdfText';

const results = (page: Page) => page.getByTestId('trace-results').locator(':scope > li');

/** Where a region lies on screen now (through the camera probe), once the view has settled. */
async function regionPoint(page: Page, region: string): Promise<{ x: number; y: number }> {
  await settledFrames(page);
  const box = await page.evaluate((id) => window.__fasciaCamera?.regionBox(id as never) ?? null, region);
  if (!box) throw new Error(`no ${region} on screen`);
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}

test('a trace link shows the ranked lines and where the tension travels, and the handout prints with its link', async ({ page }) => {
  await openApp(page, '?lang=en&mode=trace&trace=lower_back:3,foot_l');
  await expect(results(page).first()).toHaveAttribute('data-line', 'sbl');
  expect(await results(page).evaluateAll((items) => items.slice(0, 3).map((item) => item.getAttribute('data-line')))).toEqual(['sbl', 'spl', 'dfl']);
  const best = results(page).first();
  await expect(best).toContainText('Research: strong');
  await expect(best).toContainText('From your lower back this line runs down through your pelvis, knees and ankles to your feet');
  await expect(best).toContainText('to your head');
  // Each thing people notice is quoted once on the page; a line keeps the rest behind its "more".
  const quotes = await page.getByTestId('trace-results').locator('.trace-result__patterns li').allTextContents();
  expect(quotes.length).toBeGreaterThanOrEqual(6);
  expect(new Set(quotes).size).toBe(quotes.length);
  expect(await best.locator(':scope > .trace-result__patterns li').count()).toBeLessThanOrEqual(3);
  await expect(best.locator('.trace-result__more summary')).toContainText('What else people notice');
  const panel = page.getByTestId('trace-panel');
  await expect(panel.getByText('Possible connections, not a diagnosis')).toBeVisible();
  await expect(panel.getByText(/Call 112 right away with: sudden chest pain/)).toBeVisible();
  // The lines are lit on the body on the side of the left foot.
  await expect(page.locator('button.line-toggle[data-line="sbl"]')).toHaveAttribute('aria-pressed', 'true');
  // The flow runs out and then the view stops drawing (render on demand). Work done ahead in idle moments (region
  // trees, the lines built for the next tap) draws a frame when each piece lands, a few in all; a flow still running
  // would draw one every frame, some seventy in this time.
  const idle = await settledFrames(page);
  await page.waitForTimeout(1200);
  expect((await settledFrames(page)) - idle).toBeLessThanOrEqual(6);

  await page.getByRole('button', { name: 'Share this trace' }).click();
  const share = page.getByTestId('trace-share');
  await expect(share.locator('svg.trace-qr path')).toHaveAttribute('d', /^M4 4h1/);
  await expect(share.getByTestId('trace-link')).toHaveValue(/\?lang=en&mode=trace&trace=lower_back:3,foot_l$/);

  await page.emulateMedia({ media: 'print' });
  const pdf = pdfText(await page.pdf({ format: 'A4' }));
  expect(pdf.links.some((link) => link.endsWith('?lang=en&mode=trace&trace=lower_back:3,foot_l'))).toBe(true);
  expect(pdf.text).toMatch(/where the tension can travel/i);
  expect(pdf.text).toContain('The long line along your back');
});

test('tapping the body pins a spot, taps raise it and take it away, and undo brings it back', async ({ page }) => {
  await openApp(page, '?lang=en&mode=trace');
  await expect(page.getByTestId('trace-empty')).toContainText('Tap where it hurts');
  const spot = await regionPoint(page, 'abdomen');
  await page.mouse.click(spot.x, spot.y);
  const pin = page.locator('.trace-pin');
  await expect(pin).toHaveCount(1);
  const region = await pin.getAttribute('data-region');
  await expect(page).toHaveURL(new RegExp(`trace=${region}`));
  await expect(results(page).first()).toBeVisible();
  // Again on the same spot, from the front as at the start (the lit lines moved the camera): stronger, then gone.
  for (const expected of ['3', 'gone']) {
    await page.getByRole('toolbar').getByRole('button', { name: 'Front', exact: true }).click();
    const again = await regionPoint(page, region ?? 'abdomen');
    await page.mouse.click(again.x, again.y);
    if (expected === '3') await expect(pin.locator('[aria-checked="true"]')).toHaveAttribute('data-level', '3');
  }
  await expect(pin).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pin).toHaveCount(1);
  await pin.getByRole('button', { name: /^Remove/ }).click();
  await expect(pin).toHaveCount(0);
  await expect(page).not.toHaveURL(/trace=/);
});

test('a kept trace is there after a reload, exports, re-imports, refuses a damaged file and is deleted after asking', async ({ page }) => {
  await openApp(page, '?lang=en&mode=trace&trace=jaw:3');
  await page.getByRole('button', { name: "Keep today's trace on this device" }).click();
  await expect(page.getByText(/Kept for .+ It stays on this device only/)).toBeVisible();
  await page.reload();
  const history = page.getByTestId('trace-history');
  await expect(history.locator('li[data-date]')).toHaveCount(1);
  await expect(history.locator('li[data-date]')).toContainText('jaw');

  const [download] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Save all as a file' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { traces: { pins: { region: string }[] }[] };
  expect(exported.traces[0]?.pins).toEqual([{ region: 'jaw', intensity: 3 }]);

  // A damaged file is refused and nothing kept is touched.
  await page.getByTestId('trace-import').setInputFiles({ name: 'traces.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"fascia-line-explorer","kind":"traces","version":1,"exportedAt":"x","traces":[{"date":"yesterday"}]}') });
  await expect(history.getByRole('alert')).toContainText('damaged or incomplete');
  await expect(history.locator('li[data-date]')).toHaveCount(1);

  await history.getByRole('button', { name: 'Delete all kept traces' }).click();
  await expect(history.getByRole('alertdialog')).toContainText('Delete all 1 kept traces');
  await history.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(history.locator('li[data-date]')).toHaveCount(0);
  await expect(history).toContainText('No traces kept yet');

  await page.getByTestId('trace-import').setInputFiles(file);
  await expect(history.getByRole('status')).toContainText('Traces loaded: 1.');
  await expect(history.locator('li[data-date]')).toHaveCount(1);
  await history.getByRole('button', { name: 'Delete all kept traces' }).click();
  await history.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(history.locator('li[data-date]')).toHaveCount(0);
});
