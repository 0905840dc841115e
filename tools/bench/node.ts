// The Node half of npm run bench (tools/bench/main.ts starts it): speed and memory of what the app does with its content and its body model, as medians over
// repeated runs (with min and max). Parts whose input is not there yet print "skipped: …" and the rest goes on.
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadContent, type Content } from '../../src/content/load';
import { readContentFiles } from '../content-files';
import type { BodyIndex } from '../../src/scene/modelIndex';
import { describeIssues, lineInputs, measureContent } from './content';
import { describeMissing, measureLines, type LineInputs, type MissingPart } from './lines';
import { MODEL_PATH, createModelReader, modelParts, readModelFile, type ModelParts } from './model';
import { measureAppModel } from './appModel';
import { distancesToSkin, measurePicking } from './picking';
import { measureSearch } from './searchQueries';
import { Report, formatBytes, formatNumber, percentile, renderTable, summarise, timeRunsAsync } from './stats';
import { measureOnSkin, measureRegionHighlights } from './onSkin';

const RUNS = {
  content: 20,
  decode: 10,
  appModel: 5,
  bvhBuild: 5,
  rays: 10_000,
  bruteRays: 50,
  line: 15,
  searchRepeats: 30,
};

const root = process.cwd();
const report = new Report();
const started = performance.now();

/** A full collection without starting Node with --expose-gc (npm run bench runs tsx directly). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc === 'function') gc();
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs one part; an exception skips that part only. */
async function part<T>(section: string, work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    report.skipped(section, 'error', message(error));
    return undefined;
  }
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

// 1. Content
progress('content');
const content = await part('content', (): Content | undefined => {
  const measured = measureContent(root, RUNS.content);
  report.value('content', 'files read (data/, scenes/)', measured.fileCount);
  report.timing('content', 'readContentFiles + loadContent', 'ms', measured.readAndLoadMs);
  report.timing('content', 'loadContent only (validation + indexes)', 'ms', measured.loadMs);
  if (measured.result.ok) return measured.result.content;
  report.skipped('content', 'valid content', describeIssues(measured.result));
  return undefined;
});

// 2. Model
let appIndex: BodyIndex | undefined;
progress('model');
const model = await part('model', async (): Promise<ModelParts | undefined> => {
  const file = readModelFile(root);
  if (!file) {
    report.skipped('model', MODEL_PATH, 'file not there yet');
    return undefined;
  }
  report.value('model', 'body.glb size', `${file.bytes.byteLength.toLocaleString('en-US')} B (${formatBytes(file.bytes.byteLength)})`);
  const io = await createModelReader();
  const decodeMs = await timeRunsAsync(RUNS.decode, () => io.readBinary(file.bytes));
  report.timing('model', 'decode (NodeIO.readBinary, meshopt)', 'ms', decodeMs);
  const document = await io.readBinary(file.bytes);
  const extractStart = performance.now();
  const parts = modelParts(document);
  report.timing('model', 'bench: gather skin in world space (1 run)', 'ms', [performance.now() - extractStart]);
  const { counts } = parts;
  report.value('model', 'meshes / nodes', `${counts.meshes} / ${counts.nodes}`);
  report.value('model', 'triangles (all mesh instances)', counts.triangles);
  report.value('model', 'triangles (skin region_* only)', counts.skinTriangles);
  report.value('model', 'region / track / station meshes', `${counts.regionMeshes} / ${counts.trackMeshes} / ${counts.stationMeshes}`);
  report.value('model', 'landmark nodes / track centre curves', `${counts.landmarkNodes} / ${parts.centerlines.size}`);
  return parts;
});

// 2b. The same file through the app's own loading code.
progress('model as the app loads it');
await part('app model', async () => {
  const file = readModelFile(root);
  if (!file) return report.skipped('app model', MODEL_PATH, 'file not there yet');
  const app = await measureAppModel(file.bytes, RUNS.appModel, RUNS.rays);
  appIndex = app.index;
  report.timing('app model', 'GLTFLoader.parse (three, meshopt)', 'ms', app.parseMs);
  report.timing('app model', 'indexBodyModel (dequantise, BVHs)', 'ms', app.indexMs);
  report.timing('app model', `pick over ${app.index.regions.size} region meshes, first hit`, 'µs', app.pickUs);
});

// 3. Picking
progress('picking');
await part('picking', () => {
  if (!model) return report.skipped('picking', 'skin BVH and rays', 'no model');
  if (model.counts.skinTriangles === 0) return report.skipped('picking', 'skin BVH and rays', 'the model has no region_* triangles');
  const result = measurePicking(model.skin, RUNS.rays, RUNS.bruteRays, RUNS.bvhBuild);
  report.timing('picking', `MeshBVH build (${model.counts.skinTriangles.toLocaleString('en-US')} tris)`, 'ms', result.buildMs);
  const first = report.timing('picking', `BVH ray, first hit (${RUNS.rays.toLocaleString('en-US')} rays)`, 'µs', result.bvhFirstHitUs);
  report.value('picking', 'BVH ray, first hit: p95', `${formatNumber(percentile(result.bvhFirstHitUs.samples, 0.95))} µs`);
  report.timing('picking', `BVH ray, all hits (R3F events)`, 'µs', result.bvhAllHitsUs);
  const brute = report.timing('picking', `brute-force Mesh.raycast (${result.compared} rays)`, 'µs', result.bruteUs);
  const cpuRatio = result.bruteUs.cpuPerRun / result.bvhFirstHitUs.cpuPerRun;
  report.value('picking', 'brute force / BVH first hit', `${formatNumber(brute.median / first.median)}× (medians), ${formatNumber(cpuRatio)}× (cpu)`);
  report.value('picking', 'rays that hit the body', `${(result.hitRate * 100).toFixed(1)} %`);
  report.value('picking', 'same nearest hit, BVH vs brute', `${result.agreeing} / ${result.compared}`);
});

// 4. Line building
progress('lines');
let inputs: LineInputs | undefined;
let missing: MissingPart[] = [];
await part('lines', () => {
  if (!model) return report.skipped('lines', 'ribbons', 'no model');
  const available = lineInputs(root, content);
  if (available.note) report.skipped('lines', 'all 12 lines', available.note);
  if (available.lines.length === 0) return report.skipped('lines', 'ribbons', 'no readable line files');
  inputs = available;
  const result = measureLines(available, model, RUNS.line);
  for (const measure of result.measures) {
    report.timing(
      'lines',
      `${measure.lineId.padEnd(4)} ${measure.strands} strands, ${measure.points} pts, ${measure.triangles.toLocaleString('en-US')} tris`,
      'ms',
      measure.ms,
    );
  }
  const medians = result.measures.map((measure) => summarise(measure.ms.samples).median);
  const cpuPerLine = result.measures.reduce((sum, measure) => sum + measure.ms.cpuPerRun, 0) / result.measures.length;
  report.timing('lines', `per line (medians of the ${medians.length} lines)`, 'ms', { samples: medians, cpuPerRun: cpuPerLine });
  report.value('lines', 'all lines, both sides: sum of medians', `${formatNumber(medians.reduce((sum, ms) => sum + ms, 0))} ms`);
  report.value('lines', 'ribbon triangles, all lines', result.measures.reduce((sum, measure) => sum + measure.triangles, 0));
  report.value('lines', 'path steps with a missing model part', result.missingSteps);
  if (appIndex) {
    report.value('lines', 'app index: landmarks / centre curves', `${appIndex.landmarks.size} / ${appIndex.centerlines.size}`);
  }
  // A curve in the wrong space (e.g. still quantised) would lie far from the skin; deep tracks lie a few cm in.
  const landmarkDistances = distancesToSkin(model.skin, [...model.landmarks.values()]).map((metres) => metres * 1000);
  const curveDistances = distancesToSkin(model.skin, [...model.centerlines.values()].flat()).map((metres) => metres * 1000);
  if (landmarkDistances.length > 0) report.timing('lines', 'landmark → nearest skin', 'mm', landmarkDistances);
  if (curveDistances.length > 0) report.timing('lines', 'centre-curve point → nearest skin', 'mm', curveDistances);
  if (model.landmarks.size === 0 && model.centerlines.size === 0) {
    report.skipped('lines', 'ribbon figures', 'body.glb has no landmark_* nodes or track_* centre curves yet: every line is empty');
  }
  missing = result.missing;
});

// 5. Search
let perQuery = '';
progress('search');
await part('search', () => {
  if (!content) return report.skipped('search', 'index and queries', 'content does not load yet (see content)');
  const result = measureSearch(content, RUNS.searchRepeats);
  report.timing('search', `buildSearchIndex (${result.entries} entries)`, 'ms', result.buildMs);
  report.timing('search', `search, ${result.perQueryUs.length} queries (median of each)`, 'µs', {
    samples: result.perQueryUs.map((query) => query.us),
    cpuPerRun: result.perQueryUs.reduce((sum, query) => sum + query.cpuUs, 0) / result.perQueryUs.length,
  });
  const slowest = [...result.perQueryUs].sort((a, b) => b.us - a.us)[0];
  if (slowest) report.value('search', 'slowest query', `"${slowest.query}" ${formatNumber(slowest.us)} µs`);
  perQuery = result.perQueryUs.map((query) => `"${query.query}" ${formatNumber(query.us)} (${query.hits})`).join(', ');
  const empty = result.perQueryUs.filter((query) => query.hits === 0).map((query) => `"${query.query}"`);
  report.value('search', 'queries without hits', empty.length > 0 ? empty.join(', ') : 'none');
});

// 6. Memory, with everything above still held, after a full collection so garbage does not count.
collectGarbage();
const memory = process.memoryUsage();
report.value('memory', 'heapUsed (after a full GC)', formatBytes(memory.heapUsed));
report.value('memory', 'rss', formatBytes(memory.rss));
report.value('memory', 'external (incl. array buffers)', formatBytes(memory.external));
report.value('memory', 'held: content / skin geometry / app model index', [content, model, appIndex].map((held) => (held ? 'yes' : 'no')).join(' / '));

/** Heap plus array buffers that one more copy of something keeps alive, measured between two full collections. */
async function retainedBy(make: () => unknown): Promise<number> {
  collectGarbage();
  const before = process.memoryUsage();
  const kept = await make();
  collectGarbage();
  const after = process.memoryUsage();
  if (kept === undefined) return Number.NaN;
  return after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
}
await part('memory', async () => {
  const contentBytes = await retainedBy(() => (content ? loadContent(readContentFiles(root)) : undefined));
  if (Number.isFinite(contentBytes)) report.value('memory', 'one loaded content (validated + indexes)', formatBytes(contentBytes));
  const file = readModelFile(root);
  if (!file) return;
  const modelBytes = await retainedBy(async () => (await measureAppModel(file.bytes, 0, 0)).index);
  report.value('memory', 'one app model (GLTFLoader + indexBodyModel)', formatBytes(modelBytes));
});

// Extra: lines as the app draws them (on the skin, smoothed), built once per line and side on first show.
progress('lines as drawn');
await part('lines on skin', async () => {
  if (!model || !inputs) return report.skipped('lines on skin', 'strandPoints', !model ? 'no model' : 'no lines');
  const result = await measureOnSkin(inputs, model, RUNS.line);
  report.timing('lines on skin', 'skin MeshBVH build (world, for onSkin)', 'ms', result.buildMs);
  report.timing('lines on skin', `per line, both sides, first show: strandPoints + stations + ribbon (${result.lines} lines)`, 'ms', result.perLineMs);
  report.value('lines on skin', 'all lines: sum of medians', `${formatNumber(result.perLineMs.samples.reduce((sum, ms) => sum + ms, 0))} ms`);
});

progress('region highlights');
await part('region highlights', () => {
  if (!appIndex) return report.skipped('region highlights', 'regionHighlight', 'no app model');
  const result = measureRegionHighlights(appIndex, 3);
  report.timing('region highlights', `weld the skin (${result.vertices.toLocaleString('en-US')} vertices; once, while idle)`, 'ms', result.weldMs);
  report.timing('region highlights', `per region, first choice: soft edge (${result.regions} regions)`, 'ms', result.perRegionMs);
});

const seconds = (performance.now() - started) / 1000;
const [load] = loadavg();
const cores = availableParallelism();
console.log(`\nFascia Line Explorer — bench (Node ${process.version}, ${cores} cores, load average ${(load ?? 0).toFixed(1)}, ${new Date().toISOString().slice(0, 10)})`);
// Other work on the machine stretches every time: say so rather than let a busy run pass for a slow app.
if ((load ?? 0) > cores) console.log(`note: the machine is busy (load ${(load ?? 0).toFixed(1)} > ${cores} cores); times are inflated, compare runs made at rest`);
console.log('');
console.log(renderTable(report.rows));
console.log('\nn: timed runs (or rays, queries, lines, points); median, min and max are wall-clock over those n;');
console.log('cpu/run: this process\'s CPU time per run, mean over the n (GC threads included, time waiting for a core not). µs = microseconds.');
if (missing.length > 0) console.log(`\n${describeMissing(missing)}`);
if (perQuery) console.log(`\nsearch, µs per query (hits): ${perQuery}`);
console.log(`\nfinished in ${seconds.toFixed(1)} s`);
