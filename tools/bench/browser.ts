// The browser half of `npm run bench`: the production build and a bare three.js page, side by side, each cold
// start in a fresh Chromium (software GL, the flags of playwright.config.ts) at 1024×768. Figures are printed,
// never asserted: a busy machine stretches them, so the load average is printed with them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { percentile, summarise } from './stats';

export interface BrowserBenchOptions {
  root: string;
  runs: number;
  /** Two free ports: the app's and the bare page's static servers. */
  ports: readonly [number, number];
  log: (text: string) => void;
  /** The built app to measure (default dist/); another folder compares an earlier build. */
  dist?: string;
  /** Line switches before the heap is read again (the figure is after 300). */
  switches?: number;
  /** An earlier build of the app, measured in the same rotation (same machine load) for a before/after. */
  compare?: string;
  /** The earlier build's port. */
  comparePort?: number;
}

/** What one cold start of one page measured. */
export interface ColdRun {
  drawnMs: number;
  jsGzipBytes: number;
  jsFiles: number;
  longTaskMsUntilDrawn: number;
  longTaskMsUntilSettled: number;
  longestTaskMs: number;
  /** Shader programs linked until the body was drawn, and the ms the page waited in WebGL calls until then. */
  programsUntilDrawn: number;
  glWaitMsUntilDrawn: number;
  idleDrawCalls: number;
  orbitFrameMedianMs: number;
  orbitFrameP95Ms: number;
  orbitFrames: number;
  /** App only: Event Timing per tap on a line toggle (ms), and the heap growth over the line switches. */
  tapMs?: number[];
  heapGrowthBytes?: number;
}

export interface BrowserBenchResult {
  app: ColdRun[];
  bare: ColdRun[];
  earlier?: ColdRun[];
  switches: number;
}

const VIEWPORT = { width: 1024, height: 768 };
/** Long tasks this long after the body is drawn still belong to the cold start (deferred indexing, shader work). */
const SETTLE_MS = 2500;
const IDLE_WINDOW_MS = 2000;
const ORBIT_MS = 2500;
const TAP_LINES = 6;
export const LINE_SWITCHES = 300;
/** Event Timing reports only events of at least 16 ms; a tap without an entry was faster than that. */
const EVENT_THRESHOLD_MS = 16;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A plain static server (files, else index.html): no compression, so sizes are measured here, not negotiated. */
export function serve(folders: readonly string[], port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const candidates = folders.flatMap((folder) => [join(folder, path), join(folder, path, 'index.html')].filter((file) => file.startsWith(folder)));
    const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? join(folders[0] ?? '.', 'index.html');
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

/** Builds the bare page (bundled and minified like the app) into node_modules/.cache. */
export async function buildBarePage(root: string): Promise<string> {
  const outDir = resolve(root, 'node_modules/.cache/fascia-bench/bare');
  const { build } = await import('vite');
  await build({
    root: resolve(root, 'tools/bench/bare'),
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

/** Runs in the page before any of its scripts: long tasks, Event Timing, WebGL draw calls, "drawn" time. */
export function instrument(): void {
  interface Bench {
    longTasks: [number, number][];
    events: { name: string; duration: number; interactionId: number; startTime: number }[];
    draws: number;
    frames: number[];
    programs: number;
    /** ms spent inside these WebGL calls, by name (getContext: creating the context). */
    gl: Record<string, number>;
  }
  const bench: Bench = { longTasks: [], events: [], draws: 0, frames: [], programs: 0, gl: {} };
  const target = window as unknown as { __bench: Bench; __benchDrawn?: number };
  target.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      const interactionId = (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0;
      bench.events.push({ name: entry.name, duration: entry.duration, interactionId, startTime: entry.startTime });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  // Programs linked and the time the page waits on the GPU process's answers (a program's status, a string).
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const prototype = context.prototype as unknown as Record<string, unknown>;
    for (const name of ['linkProgram', 'getProgramParameter', 'getShaderParameter', 'getProgramInfoLog', 'getShaderInfoLog', 'getParameter', 'getExtension', 'getSupportedExtensions', 'getShaderPrecisionFormat', 'readPixels', 'finish', 'getError', 'getUniformLocation', 'getActiveUniform', 'getActiveAttrib', 'getAttribLocation']) {
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (this: unknown, ...args: unknown[]) {
        const start = performance.now();
        try {
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          const spent = performance.now() - start;
          bench.gl[name] = (bench.gl[name] ?? 0) + spent;
          if (name === 'linkProgram') bench.programs++;
        }
      };
    }
  }
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
    const start = performance.now();
    try {
      return getContext.apply(this, args);
    } finally {
      if (String(args[0]).startsWith('webgl')) {
        const made = Object.keys(bench.gl).filter((key) => key.startsWith('getContext')).length;
        bench.gl[`getContext#${made + 1}`] = performance.now() - start;
      }
    }
  } as typeof getContext;
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const prototype = context.prototype as unknown as Record<string, unknown>;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (this: unknown, ...args: unknown[]) {
        bench.draws++;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }
  // The app says "drawn" with data-ready="true" on its viewer (set one frame after the body was rendered).
  new MutationObserver(() => {
    if (target.__benchDrawn === undefined && document.querySelector('[data-testid="viewer"][data-ready="true"]')) {
      target.__benchDrawn = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function jsBeforeDrawn(page: Page, drawnMs: number, folder: string, gzipCache: Map<string, number>): Promise<{ bytes: number; files: number }> {
  const urls = await page.evaluate((drawn) =>
    performance.getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && (entry as PerformanceResourceTiming).responseEnd <= drawn)
      .map((entry) => new URL(entry.name).pathname), drawnMs);
  let bytes = 0;
  for (const path of new Set(urls)) {
    let size = gzipCache.get(path);
    if (size === undefined) {
      const file = join(folder, path);
      size = existsSync(file) ? gzipSync(readFileSync(file)).byteLength : 0;
      gzipCache.set(path, size);
    }
    bytes += size;
  }
  return { bytes, files: new Set(urls).size };
}

/**
 * Turns the body with a mouse drag and times the frames that drew something. The press and release are real
 * input; the moves in between are dispatched in the page, one per animation frame, so the frame rate is set by
 * the page's own work rather than by how fast this process can send input to a busy machine.
 */
async function orbit(page: Page): Promise<{ median: number; p95: number; frames: number }> {
  const box = await page.locator('canvas').first().boundingBox();
  if (!box) return { median: Number.NaN, p95: Number.NaN, frames: 0 };
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const stamps = await page.evaluate(
    ({ x, y, duration }) =>
      new Promise<number[]>((done) => {
        const bench = (window as unknown as { __bench: { draws: number } }).__bench;
        const canvas = document.querySelector('canvas');
        const frames: number[] = [];
        let drawsBefore = bench.draws;
        let start: number | undefined;
        let step = 0;
        const tick = (now: number) => {
          start ??= now;
          // This frame's callbacks run before its render: a frame that drew shows up as new draws one tick later.
          if (bench.draws > drawsBefore) frames.push(now);
          drawsBefore = bench.draws;
          if (now - start > duration) return done(frames);
          // Back and forth by ±150 px, 6 px a frame: a slow, steady turn. The mouse's pointerId is 1.
          const phase = (step++ * 6) % 600;
          const offset = phase < 300 ? phase - 150 : 450 - phase;
          canvas?.dispatchEvent(new PointerEvent('pointermove', {
            clientX: x + offset, clientY: y, pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons: 1, bubbles: true,
          }));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { x, y, duration: ORBIT_MS },
  );
  await page.mouse.up();
  const intervals = stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
  return { median: summarise(intervals).median, p95: percentile(intervals, 0.95), frames: stamps.length };
}

/** Lights TAP_LINES lines one by one with real clicks, then darkens them; Event Timing per tap (ms). */
async function taps(page: Page): Promise<number[]> {
  const toggles = page.locator('button.line-toggle');
  const count = Math.min(TAP_LINES, await toggles.count());
  const order = [...Array.from({ length: count }, (_, index) => index), ...Array.from({ length: count }, (_, index) => index)];
  const marks: number[] = [];
  for (const index of order) {
    marks.push(await page.evaluate(() => performance.now()));
    await toggles.nth(index).click();
    // Wait for the tap's frame and a quiet moment, so taps do not queue behind each other.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)))));
  }
  await pause(300);
  const events = await page.evaluate(() => (window as unknown as { __bench: { events: { duration: number; interactionId: number; startTime: number }[] } }).__bench.events);
  // One tap is one interaction (pointerdown, pointerup, click): its duration is the longest of its events.
  return marks.map((mark, index) => {
    const until = marks[index + 1] ?? Number.POSITIVE_INFINITY;
    const durations = events.filter((event) => event.interactionId > 0 && event.startTime >= mark && event.startTime < until).map((event) => event.duration);
    return durations.length > 0 ? Math.max(...durations) : EVENT_THRESHOLD_MS;
  });
}

/** JS heap (after a full collection) before and after switching lines `switches` times. */
async function heapGrowth(page: Page, switches: number): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const used = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await used();
  await page.evaluate(async (switches) => {
    const toggles = [...document.querySelectorAll<HTMLButtonElement>('button.line-toggle')];
    for (let index = 0; index < switches; index++) {
      toggles[index % toggles.length]?.click();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    // Leave no line lit, as at the start.
    for (const toggle of toggles) if (toggle.getAttribute('aria-pressed') === 'true') toggle.click();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, switches);
  const after = await used();
  await session.detach();
  return after - before;
}

async function coldRun(url: string, folder: string, isApp: boolean, switches: number, gzipCache: Map<string, number>): Promise<ColdRun> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // Reduced motion: no pulse or camera glide competing with the figures (the tests run that way too).
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    // tsx keeps function names with a helper, __name, that page-side functions then call: give the page one.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { __benchDrawn?: number }).__benchDrawn !== undefined, undefined, { timeout: 180_000, polling: 50 });
    const drawnMs = await page.evaluate(() => (window as { __benchDrawn?: number }).__benchDrawn ?? Number.NaN);
    const js = await jsBeforeDrawn(page, drawnMs, folder, gzipCache);
    const gl = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { programs: number; gl: Record<string, number> } }).__bench;
      return { programs: bench.programs, waitMs: Object.values(bench.gl).reduce((total, ms) => total + ms, 0) };
    });
    await pause(SETTLE_MS);
    const longTasks = await page.evaluate(() => (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench.longTasks);
    const sum = (until: number) => longTasks.filter(([start]) => start < until).reduce((total, [, duration]) => total + duration, 0);
    const drawsBefore = await page.evaluate(() => (window as unknown as { __bench: { draws: number } }).__bench.draws);
    await pause(IDLE_WINDOW_MS);
    const idleDrawCalls = (await page.evaluate(() => (window as unknown as { __bench: { draws: number } }).__bench.draws)) - drawsBefore;
    const tapMs = isApp ? await taps(page) : undefined;
    const orbitFigures = await orbit(page);
    const heapGrowthBytes = isApp && switches > 0 ? await heapGrowth(page, switches) : undefined;
    return {
      drawnMs,
      jsGzipBytes: js.bytes,
      jsFiles: js.files,
      longTaskMsUntilDrawn: sum(drawnMs),
      longTaskMsUntilSettled: sum(drawnMs + SETTLE_MS),
      programsUntilDrawn: gl.programs,
      glWaitMsUntilDrawn: gl.waitMs,
      longestTaskMs: Math.max(0, ...longTasks.filter(([start]) => start < drawnMs + SETTLE_MS).map(([, duration]) => duration)),
      idleDrawCalls,
      orbitFrameMedianMs: orbitFigures.median,
      orbitFrameP95Ms: orbitFigures.p95,
      orbitFrames: orbitFigures.frames,
      tapMs,
      heapGrowthBytes,
    };
  } finally {
    await browser.close();
  }
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const { root, runs, ports, log } = options;
  const dist = resolve(root, options.dist ?? 'dist');
  const switches = options.switches ?? LINE_SWITCHES;
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no production build in dist/: run `npm run build` first');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  log('browser: building the bare three.js page');
  const bareDir = await buildBarePage(root);
  const earlierDist = options.compare ? resolve(root, options.compare) : undefined;
  if (earlierDist && !existsSync(join(earlierDist, 'index.html'))) throw new Error(`no build to compare with in ${earlierDist}`);
  const earlierPort = options.comparePort ?? ports[1] + 1;
  const servers = [await serve([dist], ports[0]), await serve([bareDir, resolve(root, 'public')], ports[1])];
  if (earlierDist) servers.push(await serve([earlierDist], earlierPort));
  const gzipEarlier = new Map<string, number>();
  const gzipApp = new Map<string, number>();
  const gzipBare = new Map<string, number>();
  const result: BrowserBenchResult = { app: [], bare: [], switches, ...(earlierDist ? { earlier: [] } : {}) };
  try {
    for (let run = 0; run < runs; run++) {
      // Alternate, so a change in the machine's load falls on both pages alike.
      log(`browser: cold start ${run + 1}/${runs}, bare page`);
      result.bare.push(await coldRun(`http://127.0.0.1:${ports[1]}/`, bareDir, false, 0, gzipBare));
      log(`browser: cold start ${run + 1}/${runs}, app`);
      result.app.push(await coldRun(`http://127.0.0.1:${ports[0]}/`, dist, true, run === runs - 1 ? switches : 0, gzipApp));
      if (earlierDist && result.earlier) {
        log(`browser: cold start ${run + 1}/${runs}, earlier build`);
        result.earlier.push(await coldRun(`http://127.0.0.1:${earlierPort}/`, earlierDist, true, run === runs - 1 ? switches : 0, gzipEarlier));
      }
    }
  } finally {
    for (const server of servers) server.close();
  }
  return result;
}

const median = (values: readonly number[]) => summarise(values.filter((value) => Number.isFinite(value))).median;
const spread = (values: readonly number[], format: (value: number) => string) => {
  const { median: middle, min, max } = summarise(values.filter((value) => Number.isFinite(value)));
  return values.length > 1 ? `${format(middle)} (${format(min)}–${format(max)})` : format(middle);
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');
const kb = (value: number) => `${(value / 1000).toFixed(0)} KB`;
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} ×` : '–');

/** The table: each figure for the app and the bare page, medians over the cold starts (min–max). */
export function renderBrowserTable(result: BrowserBenchResult): string {
  const { bare } = result;
  const pick = (runs: readonly ColdRun[], key: keyof ColdRun) => runs.map((run) => run[key] as number);
  const bareFrame = median(pick(bare, 'orbitFrameMedianMs'));
  const tapFigure = (runs: readonly ColdRun[]) => {
    const taps = runs.flatMap((run) => run.tapMs ?? []);
    const p75 = percentile(taps, 0.75);
    return `${ms(p75)} = ${(p75 / bareFrame).toFixed(1)} bare frames (max ${ms(Math.max(...taps))})`;
  };
  const heapFigure = (runs: readonly ColdRun[]) => {
    const heap = runs.map((run) => run.heapGrowthBytes).filter((value): value is number => value !== undefined);
    if (heap.length === 0) return '–';
    const growth = median(heap);
    return `${growth >= 0 ? '+' : ''}${(growth / 1e6).toFixed(1)} MB`;
  };
  const inFrames = (value: number) => `${ms(value)} = ${(value / bareFrame).toFixed(1)} bare frames`;
  type Figure = { label: string; app: (runs: readonly ColdRun[]) => string; bare: string; ratio: (runs: readonly ColdRun[]) => string; target: string };
  const ratio = (key: keyof ColdRun) => (runs: readonly ColdRun[]) => times(median(pick(runs, key)) / median(pick(bare, key)));
  const figures: Figure[] = [
    { label: 'JavaScript loaded before the body is drawn (gzip)', app: (runs) => spread(pick(runs, 'jsGzipBytes'), kb), bare: spread(pick(bare, 'jsGzipBytes'), kb), ratio: ratio('jsGzipBytes'), target: '≤ 300 KB (stretch 250)' },
    { label: '  script files before the body is drawn', app: (runs) => spread(pick(runs, 'jsFiles'), String), bare: spread(pick(bare, 'jsFiles'), String), ratio: () => '', target: '' },
    { label: 'time to the body drawn, cold', app: (runs) => spread(pick(runs, 'drawnMs'), ms), bare: spread(pick(bare, 'drawnMs'), ms), ratio: ratio('drawnMs'), target: '≤ 1.5 × bare (aim 1.2)' },
    { label: 'main-thread long tasks until drawn', app: (runs) => spread(pick(runs, 'longTaskMsUntilDrawn'), ms), bare: spread(pick(bare, 'longTaskMsUntilDrawn'), ms), ratio: ratio('longTaskMsUntilDrawn'), target: '' },
    { label: `main-thread long tasks, cold start (until drawn + ${SETTLE_MS / 1000} s)`, app: (runs) => spread(pick(runs, 'longTaskMsUntilSettled'), ms), bare: spread(pick(bare, 'longTaskMsUntilSettled'), ms), ratio: ratio('longTaskMsUntilSettled'), target: '≤ 1.5 × bare' },
    { label: '  longest single task', app: (runs) => spread(pick(runs, 'longestTaskMs'), ms), bare: spread(pick(bare, 'longestTaskMs'), ms), ratio: ratio('longestTaskMs'), target: '' },
    { label: '  shader programs linked until drawn', app: (runs) => spread(pick(runs, 'programsUntilDrawn'), String), bare: spread(pick(bare, 'programsUntilDrawn'), String), ratio: () => '', target: '' },
    { label: '  waiting in WebGL calls until drawn (context, program status)', app: (runs) => spread(pick(runs, 'glWaitMsUntilDrawn'), ms), bare: spread(pick(bare, 'glWaitMsUntilDrawn'), ms), ratio: ratio('glWaitMsUntilDrawn'), target: '' },
    { label: `tap on a line toggle → next frame (Event Timing p75, ${TAP_LINES * 2} taps a run)`, app: tapFigure, bare: '—', ratio: () => '', target: '≤ 1.5 bare frames' },
    { label: 'frame time while the camera orbits, median', app: (runs) => inFrames(median(pick(runs, 'orbitFrameMedianMs'))), bare: spread(pick(bare, 'orbitFrameMedianMs'), ms), ratio: ratio('orbitFrameMedianMs'), target: '≤ 1.5 bare frames' },
    { label: 'frame time while the camera orbits, p95', app: (runs) => inFrames(median(pick(runs, 'orbitFrameP95Ms'))), bare: spread(pick(bare, 'orbitFrameP95Ms'), ms), ratio: ratio('orbitFrameP95Ms'), target: '≤ 1.5 bare frames' },
    { label: '  frames drawn during the orbit', app: (runs) => spread(pick(runs, 'orbitFrames'), String), bare: spread(pick(bare, 'orbitFrames'), String), ratio: () => '', target: '' },
    { label: `draw calls while idle (${IDLE_WINDOW_MS / 1000} s)`, app: (runs) => spread(pick(runs, 'idleDrawCalls'), String), bare: spread(pick(bare, 'idleDrawCalls'), String), ratio: () => '', target: '0' },
    { label: `JS heap after ${result.switches} line switches (after GC)`, app: heapFigure, bare: '—', ratio: () => '', target: '≤ +5 MB' },
  ];
  const earlier = result.earlier;
  const header = ['figure', 'app', 'bare three.js', 'app ÷ bare', 'target', ...(earlier ? ['earlier build', 'earlier ÷ bare'] : [])];
  const rows = figures.map((figure) => [
    figure.label, figure.app(result.app), figure.bare, figure.ratio(result.app), figure.target,
    ...(earlier ? [figure.app(earlier), figure.ratio(earlier)] : []),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
