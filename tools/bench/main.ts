// npm run bench: the Node figures (content, model, picking, lines, search, memory) and then the browser figures
// (the production build beside a bare three.js page, cold starts in fresh Chromiums).
//   npm run bench                      both
//   npm run bench -- --browser-only    only the browser half (needs `npm run build` first)
//   npm run bench -- --node-only       only the Node half
//   npm run bench -- --runs 5          cold starts per page (default 3)
//   npm run bench -- --switches 120    line switches before the heap is read again (default 300)
//   npm run bench -- --dist /tmp/old   measure another build of the app (e.g. the one before a change)
//   npm run bench -- --compare /tmp/b  also measure an earlier build, in the same rotation (before/after)
//   npm run bench -- --long-session 500 --tour-scene <id>   switches (0 skips) and 20 runs of a tour (longSession.ts)
//   BENCH_PORTS=4195,4196              the local ports the browser half serves on (the earlier build: the next one)
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { renderBrowserTable, runBrowserBench } from './browser';
import { runLongSession } from './longSession';

const { values } = parseArgs({
  options: {
    'browser-only': { type: 'boolean', default: false },
    'node-only': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    switches: { type: 'string', default: '300' },
    dist: { type: 'string', default: 'dist' },
    compare: { type: 'string' },
    'long-session': { type: 'string', default: '500' },
    'tour-scene': { type: 'string' },
  },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 3);
const ports = (process.env.BENCH_PORTS ?? '4195,4196').split(',').map(Number) as [number, number];

if (!values['browser-only']) await import('./node');

if (!values['node-only']) {
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;
  const result = await runBrowserBench({
    root: process.cwd(),
    runs,
    ports,
    dist: values.dist,
    ...(values.compare ? { compare: values.compare } : {}),
    switches: Math.max(0, Number.parseInt(values.switches, 10) || 0),
    log: (text) => process.stderr.write(`bench: ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`),
  });
  const loadAfter = loadavg()[0] ?? 0;
  const cores = availableParallelism();
  console.log(`\nBrowser — production build vs bare three.js, Chromium (software GL), 1024×768, ${runs} cold starts each in a fresh browser`);
  console.log(`machine: ${cores} cores, load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
  // Software GL makes shader compiles and context creation far slower than a tablet's GPU, and hides what
  // KHR_parallel_shader_compile would do: the figures say where the time goes, a GPU run says what a tablet sees.
  if (CHROMIUM_ARGS.some((arg) => arg.includes('swiftshader'))) {
    console.log('GPU: software GL (SwiftShader) only — no GPU run in this benchmark (none was lent to this session); GPU figures are still to be measured');
  }
  if (Math.max(loadBefore, loadAfter) > cores) console.log(`note: the machine is busy (load > ${cores} cores); times are inflated, compare ratios or runs made at rest`);
  console.log('');
  console.log(renderBrowserTable(result));
  console.log('\nmedian (min–max) over the cold starts; taps and orbit with reduced motion (no pulse); "bare frames" = the bare page\'s median orbit frame;');
  console.log('long tasks: PerformanceObserver "longtask"; taps: Event Timing, longest event of each interaction (taps under 16 ms count as 16);');
  console.log('JS: gzip of each script fetched before the body was drawn; heap: CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, last run.');
  console.log(`\nbrowser half finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Long sessions (issue 16): heap and GPU objects before and after many switches; `--long-session 0` skips it.
if (!values['node-only'] && Number(values['long-session']) > 0) {
  console.log(`\n${await runLongSession({ port: (ports[1] ?? 4196) + 1, switches: Number(values['long-session']), ...(values['tour-scene'] ? { tourScene: values['tour-scene'], tourRuns: 20 } : {}) })}`);
}
