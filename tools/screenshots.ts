// Screenshots of the built app at tablet and phone sizes, for looking at what we made.
// Usage: npm run build && npx tsx tools/screenshots.ts [outDir] [query ...]   (starts vite preview itself)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

const outDir = process.argv[2] ?? '/tmp/shots';
const queries = process.argv.slice(3);
const ALL_SIZES = [
  { name: 'tablet-landscape', width: 1024, height: 768 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
];
// SHOT_SIZES=tablet-landscape,phone takes only those sizes (all three when unset).
const SIZES = process.env.SHOT_SIZES ? ALL_SIZES.filter((size) => process.env.SHOT_SIZES?.split(',').includes(size.name)) : ALL_SIZES;
const PORT = Number(process.env.SHOT_PORT ?? 4174);

mkdirSync(outDir, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const query of queries.length > 0 ? queries : ['?lang=en&lines=dfl&region=jaw']) {
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        // SHOT_SCALE=3 with SHOT_CLIP=x,y,width,height (CSS pixels) gives a close look at one part of the body.
        deviceScaleFactor: Number(process.env.SHOT_SCALE ?? 1),
        colorScheme: process.env.DARK ? 'dark' : 'light',
      });
      await page.goto(`http://127.0.0.1:${PORT}/${query}`);
      await page.waitForSelector('[data-testid="viewer"][data-ready="true"]', { timeout: 90_000 });
      if (process.env.XRAY) {
        await page.locator('.slider input').fill(process.env.XRAY);
      }
      const view = process.env.VIEW;
      if (view) await page.locator('.camera-buttons button').nth(Number(view)).click();
      const drag = Number(process.env.DRAG ?? 0);
      if (drag) {
        // Turn the body by dragging across the canvas, as a finger would.
        const box = await page.locator('[data-testid="viewer"] canvas').boundingBox();
        if (box) {
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width / 2 + drag, box.y + box.height / 2, { steps: 12 });
          await page.mouse.up();
        }
      }
      await page.waitForTimeout(9000); // let the pulse run out and the camera settle
      const slug = query.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
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
