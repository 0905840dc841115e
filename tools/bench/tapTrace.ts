// A Chromium trace of a few taps on line toggles after the start has settled, summarised: for each tap, the Event
// Timing duration and what the renderer's main thread and the GPU process did in that window. For finding what a
// tap waits for (not a figure, not a test).
//   npm run build && npx tsx tools/bench/tapTrace.ts [--port 4459] [--taps 6] [--dist dist]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { instrument, serve } from './browser';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4459' }, taps: { type: 'string', default: '6' }, query: { type: 'string', default: '' }, dist: { type: 'string', default: 'dist' } } });
const server = await serve([resolve(values.dist)], Number(values.port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const path = '/tmp/fascia-tap-trace.json';
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${values.port}/${values.query}`);
  await page.waitForSelector('[data-testid="viewer"][data-ready="true"]', { timeout: 120_000 });
  await page.waitForTimeout(4000);
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'toplevel', 'blink.user_timing', 'cc', 'viz'] });
  const toggles = page.locator('button.line-toggle:visible');
  const windows: [number, number][] = [];
  for (let tap = 0; tap < Number(values.taps); tap++) {
    const start = await page.evaluate(() => performance.timeOrigin + performance.now());
    await toggles.nth(tap).click();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
    windows.push([start, await page.evaluate(() => performance.timeOrigin + performance.now())]);
  }
  await browser.stopTracing();
  const interactions = await page.evaluate(() => (window as unknown as { __bench: { events: { name: string; duration: number; interactionId: number; startTime: number }[] } }).__bench.events
    .filter((event) => event.interactionId > 0).map((event) => ({ ...event, at: performance.timeOrigin + event.startTime })));
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = new Map<string, string>();
  for (const event of events) if (event.name === 'thread_name' && event.args?.name) threads.set(`${event.pid}:${event.tid}`, event.args.name);
  const clockSync = events.find((event) => event.name === 'TracingStartedInBrowser')?.ts ?? 0;
  void clockSync;
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined);
  // Trace timestamps are in µs on a monotonic clock; line them up with the page by the first tap's EventDispatch.
  const dispatches = complete.filter((event) => event.name === 'EventDispatch').sort((a, b) => a.ts - b.ts);
  const firstClick = interactions[0];
  const offset = firstClick && dispatches[0] ? dispatches[0].ts / 1000 - firstClick.at : 0;
  windows.forEach(([start, end], index) => {
    const inWindow = complete.filter((event) => event.ts / 1000 - offset >= start && event.ts / 1000 - offset < end);
    const sum = (thread: (name: string) => boolean, names: string[]) =>
      names.map((name) => `${name} ${(inWindow.filter((event) => thread(threads.get(`${event.pid}:${event.tid}`) ?? '') && event.name === name).reduce((total, event) => total + (event.dur ?? 0), 0) / 1000).toFixed(0)}`).join(', ');
    const longest = Math.max(0, ...interactions.filter((event) => event.at >= start && event.at < end).map((event) => event.duration));
    console.log(`tap ${index + 1}: event ${longest} ms`);
    console.log(`  main: ${sum((name) => name === 'CrRendererMain', ['RunTask', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'GPUTask'])}`);
    console.log(`  gpu:  ${sum((name) => name === 'CrGpuMain' || name.includes('Gpu') || name.includes('Viz'), ['RunTask', 'ThreadControllerImpl::RunTask', 'GpuChannel::ExecuteDeferredRequest', 'CommandBufferStub::OnAsyncFlush', 'RasterDecoderImpl::DoEndRasterCHROMIUM', 'Display::DrawAndSwap', 'SkiaOutputSurfaceImplOnGpu::SwapBuffers'])}`);
  });
} finally {
  await browser.close();
  server.close();
}
