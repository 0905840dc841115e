// The model as the browser gets it: three's GLTFLoader with its meshopt decoder, then the app's own
// indexBodyModel (dequantise, one BVH per region, the skin BVH), and picking over the separate region meshes.
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { Box3, Raycaster, type Intersection, type Mesh } from 'three';
import { finishIndexing, indexBodyModel, type BodyIndex } from '../../src/scene/modelIndex';
import { camerasAroundBody } from './picking';
import { cpuMeter, type Timed } from './stats';

export interface AppModelMeasure {
  parseMs: Timed;
  indexMs: Timed;
  index: BodyIndex;
  /** µs per ray over the region meshes, first hit only. */
  pickUs: Timed;
}

export async function measureAppModel(bytes: Uint8Array, runs: number, rayCount: number): Promise<AppModelMeasure> {
  // GLTFLoader takes an ArrayBuffer of exactly the file.
  const buffer = bytes.slice().buffer;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const parseMs: number[] = [];
  const indexMs: number[] = [];
  let parseCpu = 0;
  let indexCpu = 0;
  let index: BodyIndex | undefined;
  // The first run warms up and is not counted; each run parses afresh, since indexing changes the geometry.
  for (let run = 0; run <= runs; run++) {
    const parseMeter = cpuMeter();
    const start = performance.now();
    const gltf = await loader.parseAsync(buffer, '');
    const parsed = performance.now();
    const parseCpuMs = parseMeter.perRun(1);
    const indexMeter = cpuMeter();
    index = indexBodyModel(gltf.scene);
    // The app builds the picking trees after its first frame; here all at once, so the figure stays comparable.
    finishIndexing(index, (work) => work());
    const indexed = performance.now();
    const indexCpuMs = indexMeter.perRun(1);
    if (run === 0) continue;
    parseMs.push(parsed - start);
    indexMs.push(indexed - parsed);
    parseCpu += parseCpuMs;
    indexCpu += indexCpuMs;
  }
  if (!index) throw new Error('the model did not load');

  const meshes: Mesh[] = [...index.regions.values()];
  const bounds = new Box3();
  for (const mesh of meshes) bounds.expandByObject(mesh);
  const rays = camerasAroundBody(bounds, rayCount);
  const raycaster = new Raycaster();
  raycaster.firstHitOnly = true;
  const found: Intersection[] = [];
  const cast = (ray: (typeof rays)[number]) => {
    raycaster.ray.copy(ray);
    found.length = 0;
    raycaster.intersectObjects(meshes, false, found);
  };
  // The first 200 rays warm the JIT.
  for (const ray of rays.slice(0, 200)) cast(ray);
  const pickSamples: number[] = [];
  const pickMeter = cpuMeter();
  for (const ray of rays) {
    const start = performance.now();
    cast(ray);
    pickSamples.push((performance.now() - start) * 1000);
  }
  const pickUs: Timed = { samples: pickSamples, cpuPerRun: pickMeter.perRun(rays.length) * 1000 };
  return {
    parseMs: { samples: parseMs, cpuPerRun: parseCpu / runs },
    indexMs: { samples: indexMs, cpuPerRun: indexCpu / runs },
    index,
    pickUs,
  };
}
