// A Chromium trace of one cold start, summarised: the renderer main thread's top-level tasks by kind (script
// compile and run, style and layout, GC, GPU waits…) until the body is drawn, and the GPU process's busiest
// events (shader compiles in software GL). Printed, not a test.
//   npx tsx tools/bench/trace.ts [--dist dist] [--bare] [--port 4458] [--save /tmp/trace.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { buildBarePage, instrument, serve } from './browser';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, bare: { type: 'boolean', default: false }, port: { type: 'string', default: '4458' }, save: { type: 'string' } },
});
const root = process.cwd();
const folders = values.bare ? [await buildBarePage(root), resolve(root, 'public')] : [resolve(values.dist)];
const server = await serve(folders, Number(values.port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const path = values.save ?? '/tmp/fascia-trace.json';
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'gpu', 'blink.user_timing', 'toplevel'] });
  await page.goto(`http://127.0.0.1:${values.port}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { __benchDrawn?: number }).__benchDrawn !== undefined, undefined, { timeout: 180_000, polling: 50 });
  await browser.stopTracing();
} finally {
  await browser.close();
  server.close();
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown> } }
const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
if (!values.save) writeFileSync(path, '');
const threadName = new Map<string, string>();
for (const event of events) if (event.name === 'thread_name' && event.args?.name) threadName.set(`${event.pid}:${event.tid}`, event.args.name);
const mainKey = [...threadName].find(([, name]) => name === 'CrRendererMain')?.[0];
const navigation = events.find((event) => event.name === 'navigationStart' || event.name === 'TracingStartedInBrowser')?.ts ?? events[0]?.ts ?? 0;
const drawn = events.find((event) => event.name === 'UpdateCounters' || false);
void drawn;
const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined);
const main = complete.filter((event) => `${event.pid}:${event.tid}` === mainKey);
// Kinds of work under each top-level task: the direct children of RunTask, summed by name.
const tasks = main.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
const byName = new Map<string, number>();
for (const event of main) {
  if (tasks.includes(event)) continue;
  const outer = main.find((other) => other !== event && other.name === event.name && other.ts <= event.ts && other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) && other !== event);
  if (outer) continue;
  byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
}
const taskTotal = tasks.reduce((sum, task) => sum + (task.dur ?? 0) / 1000, 0);
console.log(`main thread: ${tasks.length} tasks, ${taskTotal.toFixed(0)} ms busy, span ${(((tasks.at(-1)?.ts ?? 0) - navigation) / 1000).toFixed(0)} ms`);
console.log([...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`).join('\n'));
console.log('\nlongest main-thread tasks (start after the first event, duration):');
for (const task of [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8)) {
  const inside = main.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + (task.dur ?? 0) && (event.dur ?? 0) > 5000);
  console.log(`${((task.ts - navigation) / 1000).toFixed(0).padStart(7)} ms ${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms  ${inside.slice(0, 6).map((event) => `${event.name}${event.args?.data?.url ? `(${String(event.args.data.url).split('/').pop()})` : event.args?.data?.functionName ? `(${String(event.args.data.functionName)})` : ''} ${((event.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}`);
}
const gpu = complete.filter((event) => (threadName.get(`${event.pid}:${event.tid}`) ?? '').includes('Gpu') || (threadName.get(`${event.pid}:${event.tid}`) ?? '') === 'CrGpuMain');
const gpuByName = new Map<string, number>();
for (const event of gpu) gpuByName.set(event.name, (gpuByName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
console.log('\nGPU process (summed, nested events counted twice):');
console.log([...gpuByName].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`).join('\n'));
