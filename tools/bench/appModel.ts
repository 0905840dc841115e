// The model as the browser gets it: three's GLTFLoader with its meshopt decoder, then the app's own
// indexBodyModel (dequantise, one BVH per region, the skin BVH), and picking over the separate region meshes.
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { Box3, Raycaster, type Intersection, type Mesh } from 'three';
import { indexBodyModel, type BodyIndex } from '../../src/scene/modelIndex';
import { camerasAroundBody } from './picking';

export interface AppModelMeasure {
  parseMs: number[];
  indexMs: number[];
  index: BodyIndex;
  /** µs per ray over the region meshes, first hit only. */
  pickUs: number[];
}

export async function measureAppModel(bytes: Uint8Array, runs: number, rayCount: number): Promise<AppModelMeasure> {
  // GLTFLoader takes an ArrayBuffer of exactly the file.
  const buffer = bytes.slice().buffer;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const parseMs: number[] = [];
  const indexMs: number[] = [];
  let index: BodyIndex | undefined;
  // The first run warms up and is not counted; each run parses afresh, since indexing changes the geometry.
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    const gltf = await loader.parseAsync(buffer, '');
    const parsed = performance.now();
    index = indexBodyModel(gltf.scene);
    const indexed = performance.now();
    if (run === 0) continue;
    parseMs.push(parsed - start);
    indexMs.push(indexed - parsed);
  }
  if (!index) throw new Error('the model did not load');

  const meshes: Mesh[] = [...index.regions.values()];
  const bounds = new Box3();
  for (const mesh of meshes) bounds.expandByObject(mesh);
  const rays = camerasAroundBody(bounds, rayCount);
  const raycaster = new Raycaster();
  raycaster.firstHitOnly = true;
  const found: Intersection[] = [];
  const pickUs: number[] = [];
  for (const [number, ray] of rays.entries()) {
    raycaster.ray.copy(ray);
    found.length = 0;
    const start = performance.now();
    raycaster.intersectObjects(meshes, false, found);
    // The first 200 rays warm the JIT.
    if (number >= 200) pickUs.push((performance.now() - start) * 1000);
  }
  return { parseMs, indexMs, index, pickUs };
}
