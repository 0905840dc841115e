// Screenshots of the built app at tablet and phone sizes, for looking at what we made.
// Usage: npm run build && npx tsx tools/screenshots.ts [outDir] [query ...]   (starts vite preview itself)
// Options (environment): DARK=1 dark theme · SIZES=phone,laptop only those sizes · XRAY=<skin opacity> ·
// VIEW=<camera button index> · DRAG=<px> turn by dragging · WAIT=<ms> settle time (default 9000) ·
// SCALE=<device pixel ratio> (default 1; 2–3 to look closely) · LABELS=1 station names on · SHOT_PORT.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

const outDir = process.argv[2] ?? '/tmp/shots';
const queries = process.argv.slice(3);
// Tablets and the phone are touch devices: they get touch events (and the phone a mobile viewport), as people use them.
const ALL_SIZES = [
  { name: 'tablet-landscape', width: 1024, height: 768, hasTouch: true, isMobile: false },
  { name: 'tablet-portrait', width: 768, height: 1024, hasTouch: true, isMobile: false },
  { name: 'phone', width: 390, height: 844, hasTouch: true, isMobile: true },
  { name: 'laptop', width: 1440, height: 900, hasTouch: false, isMobile: false },
];
const only = (process.env.SIZES ?? process.env.SHOT_SIZES)?.split(',').filter(Boolean);
const SIZES = only ? ALL_SIZES.filter((size) => only.includes(size.name)) : ALL_SIZES;
const PORT = Number(process.env.SHOT_PORT ?? 4174);

mkdirSync(outDir, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  // Wait until the preview answers (a loaded machine needs longer than a fixed pause).
  for (let tries = 0; tries < 60; tries++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/`).then((response) => response.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const query of queries.length > 0 ? queries : ['?lang=en&lines=dfl&region=jaw']) {
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        // SCALE=3 with SHOT_CLIP=x,y,width,height (CSS pixels) gives a close look at one part of the body.
        deviceScaleFactor: Number(process.env.SCALE ?? process.env.SHOT_SCALE ?? 1),
        hasTouch: size.hasTouch,
        isMobile: size.isMobile,
        colorScheme: process.env.DARK ? 'dark' : 'light',
      });
      if (process.env.LABELS) {
        // The names layer is a saved preference: set it as the app would have saved it.
        await page.addInitScript(() => {
          localStorage.setItem('fascia-explorer.preferences', JSON.stringify({ state: { showLabels: true }, version: 1 }));
        });
      }
      // Shader compile errors and exceptions show up here, not in the picture.
      page.on('pageerror', (error) => console.error(`${size.name}: page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error(`${size.name}: console: ${message.text()}`);
      });
      await page.goto(`http://127.0.0.1:${PORT}/${query}`);
      await page.waitForSelector('[data-testid="viewer"][data-ready="true"]', { timeout: 90_000 });
      if (process.env.XRAY) {
        // The x-ray slider is in the layers panel beside the view.
        await page.getByRole('button', { name: /^(Layers|Lagen)$/ }).click();
        await page.locator('.slider input').fill(process.env.XRAY);
        await page.keyboard.press('Escape');
      }
      const view = process.env.VIEW;
      if (view) await page.locator('.camera-buttons button').nth(Number(view)).click(); // click works with touch too
      const drag = Number(process.env.DRAG ?? 0);
      if (drag) {
        // Turn the body by dragging across the canvas, as a finger would.
        const box = await page.locator('[data-testid="viewer"] canvas').boundingBox();
        if (box) {
          const x = box.x + box.width / 2;
          const y = box.y + box.height / 2;
          if (size.hasTouch) {
            // A finger, not a mouse: OrbitControls reads pointer events of type touch differently.
            const cdp = await page.context().newCDPSession(page);
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
            for (let step = 1; step <= 12; step++) {
              await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (drag * step) / 12, y }] });
            }
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          } else {
            await page.mouse.move(x, y);
            await page.mouse.down();
            await page.mouse.move(x + drag, y, { steps: 12 });
            await page.mouse.up();
          }
        }
      }
      await page.waitForTimeout(Number(process.env.WAIT ?? 9000)); // let the pulse run out and the camera settle
      const slug = `${query.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}${process.env.DARK ? '-dark' : ''}`;
      const file = `${outDir}/${slug}-${size.name}.png`;
      const [x, y, width, height] = (process.env.SHOT_CLIP ?? '').split(',').map(Number);
      const clip = process.env.SHOT_CLIP ? { x: x ?? 0, y: y ?? 0, width: width ?? 1, height: height ?? 1 } : undefined;
      await page.screenshot({ path: file, fullPage: false, clip });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  // npx starts vite as a child: end the whole process group, or the port stays taken.
  if (server.pid) process.kill(-server.pid);
}
