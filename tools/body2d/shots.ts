// Screenshots of the flat body map and of each error state, for looking at them.
// Usage: npm run build && SHOT_PORT=4442 npx tsx tools/body2d/shots.ts /tmp/robust-shots [state ...]
// States: flat (no WebGL), model500, truncated, garbage, content (a broken long-text bundle). DARK=1 dark theme.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

const outDir = process.argv[2] ?? '/tmp/body2d-shots';
const states = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['flat', 'model500', 'truncated', 'content'];
const PORT = Number(process.env.SHOT_PORT ?? 4174);
const SIZES = [
  { name: 'tablet-landscape', width: 1024, height: 768, hasTouch: true, isMobile: false },
  { name: 'phone', width: 390, height: 844, hasTouch: true, isMobile: true },
  { name: 'tablet-portrait', width: 768, height: 1024, hasTouch: true, isMobile: false },
  { name: 'laptop', width: 1440, height: 900, hasTouch: false, isMobile: false },
].filter((size) => !process.env.SIZES || process.env.SIZES.split(',').includes(size.name));
const QUERY = process.env.QUERY ?? '?lang=en&lines=dfl&region=jaw';
const model = readFileSync('dist/models/body.glb');

async function prepare(page: Page, state: string): Promise<void> {
  if (state === 'model500') await page.route('**/models/body.glb', (route) => route.fulfill({ status: 500, body: 'error' }));
  if (state === 'truncated') await page.route('**/models/body.glb', (route) => route.fulfill({ status: 200, body: model.subarray(0, 40_000), contentType: 'model/gltf-binary' }));
  if (state === 'garbage') await page.route('**/models/body.glb', (route) => route.fulfill({ status: 200, body: 'not a model at all', contentType: 'model/gltf-binary' }));
  if (state === 'content') await page.route(/\/assets\/long-.*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export default {"regions": 12};' }));
}

mkdirSync(outDir, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  for (const state of states) {
    const args = state === 'flat' ? [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] : CHROMIUM_ARGS;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, hasTouch: size.hasTouch, isMobile: size.isMobile, colorScheme: process.env.DARK ? 'dark' : 'light' });
      await prepare(page, state);
      await page.goto(`http://127.0.0.1:${PORT}/${QUERY}`);
      await page.waitForTimeout(Number(process.env.WAIT ?? 6000));
      const file = `${outDir}/${state}-${size.name}${process.env.DARK ? '-dark' : ''}.png`;
      await page.screenshot({ path: file, fullPage: size.name === 'phone' });
      console.log(file);
      await page.close();
    }
    await browser.close();
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
