// Where a cold start spends its main-thread time: a CPU profile of one fresh load until data-ready, self and
// inclusive times, resolved through the build's source maps when there are any (`npx vite build --sourcemap
// --outDir /tmp/x`). A printed figure, not a test.
//   npx tsx tools/bench/profile.ts [--dist dist] [--port 4457] [--top 30] [--until-settled]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SourceMapConsumer } from 'source-map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { serve } from './browser';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4457' }, top: { type: 'string', default: '30' }, 'until-settled': { type: 'boolean', default: false }, taps: { type: 'string', default: '0' }, wait: { type: 'string', default: '2500' } },
});
const dist = resolve(values.dist);
const server = await serve([dist], Number(values.port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
// --taps N: profile N taps on line toggles (after the start has settled) instead of the cold start.
const taps = Number(values.taps);
if (taps === 0) await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(`http://127.0.0.1:${values.port}/`);
await page.waitForSelector('[data-testid="viewer"][data-ready="true"]', { timeout: 120000 });
console.log('ready after', Date.now() - t0, 'ms');
if (values['until-settled'] || taps > 0) await new Promise((done) => setTimeout(done, Number(values.wait)));
if (taps > 0) {
  await cdp.send('Profiler.start');
  const toggles = page.locator('button.line-toggle');
  for (let tap = 0; tap < taps; tap++) {
    await toggles.nth(tap % 6).click();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)))));
  }
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

const consumers = new Map<string, SourceMapConsumer | null>();
async function place(url: string, line: number, column: number): Promise<string> {
  const file = url.split('/').pop() ?? '';
  if (!consumers.has(file)) {
    const mapFile = join(dist, 'assets', `${file}.map`);
    consumers.set(file, existsSync(mapFile) ? await new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const consumer = consumers.get(file);
  if (!consumer) return `${file}:${line}:${column}`;
  const original = consumer.originalPositionFor({ line: line + 1, column });
  const source = (original.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+work\/[^/]+\//, '');
  return `${original.name ?? ''} ${source}:${original.line}`;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const label = new Map<number, string>();
for (const node of profile.nodes) {
  const frame = node.callFrame;
  label.set(node.id, frame.url ? `${frame.functionName || '(anon)'} → ${await place(frame.url, frame.lineNumber, frame.columnNumber)}` : frame.functionName);
}
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const deltas = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, index) => {
  const ms = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
  const own = label.get(id) ?? '?';
  self.set(own, (self.get(own) ?? 0) + ms);
  const seen = new Set<string>();
  for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
    const name = label.get(node) ?? '?';
    if (seen.has(name) || !byId.get(node)?.callFrame.url) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
});
const byFile = new Map<string, number>();
for (const [name, ms] of self) {
  const file = (name.split(' → ')[1] ?? name).replace(/^\S*\s/, '').replace(/:\d+$/, '').replace(/^(@?[^/]+(?:\/[^/]+)?)\/.*$/, (whole, pkg: string) => (whole.startsWith('src/') ? whole : pkg));
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
const top = Number(values.top);
const list = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`).join('\n');
console.log(`\nself time by file or package\n${list(byFile)}\n\nself time\n${list(self)}\n\ninclusive time (functions with a script)\n${list(inclusive)}`);
