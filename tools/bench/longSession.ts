// The long-session part of `npm run bench` (issue 16): 500 line and region switches (and tour runs, when a scene
// is given) in one page of the production build, then the JavaScript heap and the renderer's GPU objects
// (renderer.info.memory through window.__fasciaRenderer) before and after. Printed, never asserted.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { LINE_IDS, REGION_IDS } from '../../src/content/ids';

export interface LongSessionOptions {
  /** A free local port for vite preview of dist/. */
  port: number;
  switches?: number;
  /** A scene id: each run steps through its first `tourSteps` steps. */
  tourScene?: string;
  tourRuns?: number;
  tourSteps?: number;
  log?: (text: string) => void;
}

interface Reading {
  heapBytes: number;
  geometries: number;
  textures: number;
  programs: number;
}

export async function runLongSession(options: LongSessionOptions): Promise<string> {
  const switches = options.switches ?? 500;
  const log = options.log ?? (() => undefined);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(options.port), '--strictPort'], { stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`http://127.0.0.1:${options.port}/?lang=en`);
    await page.waitForSelector('[data-testid="viewer"][data-ready="true"]', { timeout: 120_000 });
    await page.waitForTimeout(3000);
    const read = async (): Promise<Reading> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const gpu = await page.evaluate(() => (window as { __fasciaRenderer?: () => Reading }).__fasciaRenderer?.() ?? { geometries: -1, textures: -1, programs: -1 });
      return { heapBytes: usedSize, geometries: gpu.geometries, textures: gpu.textures, programs: gpu.programs };
    };
    // Warm-up: one round of every line and region, so what is built once (shaders, batches) is not counted as a leak.
    // Sent as text: tsx would wrap named functions in a helper the page does not have.
    const FRAME = 'const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));';
    const go = 'const go = (query) => { history.pushState(null, "", query); dispatchEvent(new PopStateEvent("popstate")); };';
    const cycle = (count: number) =>
      page.evaluate(`(async () => { ${FRAME} ${go}
        const lines = ${JSON.stringify(LINE_IDS)}; const regions = ${JSON.stringify(REGION_IDS)};
        for (let i = 0; i < ${count}; i++) {
          const line = lines[i % lines.length];
          go(i % 2 === 0 ? '?lang=en&lines=' + line : '?lang=en&lines=' + line + '&region=' + regions[i % regions.length]);
          await frame();
        }
      })()`);
    await cycle(LINE_IDS.length * 2 + REGION_IDS.length);
    const before = await read();
    const started = performance.now();
    await cycle(switches);
    log(`${switches} switches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (options.tourScene && (options.tourRuns ?? 0) > 0) {
      const scene = JSON.stringify(options.tourScene);
      await page.evaluate(`(async () => { ${FRAME} ${go}
        for (let run = 0; run < ${options.tourRuns ?? 0}; run++) {
          for (let step = 1; step <= ${options.tourSteps ?? 6}; step++) {
            go('?lang=en&mode=tours&scene=' + ${scene} + '&step=' + step);
            await frame();
          }
        }
        go('?lang=en');
      })()`);
    }
    await page.waitForTimeout(1500);
    const after = await read();
    const mb = (bytes: number) => (bytes / 1_048_576).toFixed(2);
    const tours = options.tourScene && (options.tourRuns ?? 0) > 0 ? ` + ${options.tourRuns} runs of tour "${options.tourScene}"` : '';
    return [
      `Long session — ${switches} line and region switches${tours}, production build, Chromium (software GL)`,
      `JS heap: ${mb(before.heapBytes)} MB before, ${mb(after.heapBytes)} MB after (${after.heapBytes >= before.heapBytes ? '+' : ''}${mb(after.heapBytes - before.heapBytes)} MB; the issue allows 5 MB)`,
      `GPU: geometries ${before.geometries} → ${after.geometries}, textures ${before.textures} → ${after.textures}, programs ${before.programs} → ${after.programs}`,
    ].join('\n');
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
