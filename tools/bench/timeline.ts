// What happens when during one cold start: scripts and files fetched, the app's performance marks, long tasks,
// until the body is drawn. A printed timeline for finding waits and waterfalls (not a test, not a figure).
//   npm run build && npx tsx tools/bench/timeline.ts [--bare] [--port 4455] [--dist dist]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { buildBarePage, instrument, serve } from './browser';

const { values } = parseArgs({ options: { bare: { type: 'boolean', default: false }, port: { type: 'string', default: '4455' }, query: { type: 'string', default: '' }, dist: { type: 'string', default: 'dist' } } });
const root = process.cwd();
const folders = values.bare ? [await buildBarePage(root), resolve(root, 'public')] : [resolve(root, values.dist)];
const server = await serve(folders, Number(values.port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${values.port}/${values.query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { __benchDrawn?: number }).__benchDrawn !== undefined, undefined, { timeout: 180_000, polling: 50 });
  await new Promise((done) => setTimeout(done, 500));
  const rows = await page.evaluate(() => {
    const out: [number, number, string][] = [];
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      out.push([entry.startTime, entry.responseEnd - entry.startTime, `fetch ${new URL(entry.name).pathname}`]);
    }
    for (const entry of performance.getEntriesByType('mark')) out.push([entry.startTime, 0, `mark  ${entry.name}`]);
    for (const entry of performance.getEntriesByType('measure')) out.push([entry.startTime, entry.duration, `measure ${entry.name}`]);
    const bench = (window as unknown as { __bench: { longTasks: [number, number][] }; __benchDrawn: number });
    for (const [start, duration] of bench.__bench.longTasks) out.push([start, duration, 'long task']);
    out.push([bench.__benchDrawn, 0, '=== drawn']);
    const gl = (window as unknown as { __bench: { programs: number; gl: Record<string, number> } }).__bench;
    out.push([bench.__benchDrawn, 0, `programs linked ${gl.programs}; ms in GL calls: ${Object.entries(gl.gl).filter(([, ms]) => ms > 1).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`]);
    return out.sort((a, b) => a[0] - b[0]);
  });
  for (const [start, duration, what] of rows) console.log(`${start.toFixed(0).padStart(7)} ms  ${duration ? `${duration.toFixed(0).padStart(5)} ms` : '        '}  ${what}`);
} finally {
  await browser.close();
  server.close();
}
