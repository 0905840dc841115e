// Picking on the skin: a three-mesh-bvh tree against three's own triangle-by-triangle Mesh.raycast.
import { Box3, DoubleSide, Mesh, MeshBasicMaterial, Ray, Raycaster, Vector3, type BufferGeometry, type Intersection } from 'three';
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
import { seededRandom } from '../seededRandom';
import { cpuMeter, timeRuns, type Timed } from './stats';

/**
 * Rays from cameras on a ring around the body (all round, from knee to above the head) toward the body centre,
 * each nudged by where a finger lands on the screen: up to half the body's width and height off the centre.
 */
export function camerasAroundBody(bounds: Box3, count: number, seed = 7): Ray[] {
  const random = seededRandom(seed);
  const centre = bounds.getCenter(new Vector3());
  const size = bounds.getSize(new Vector3());
  const distance = Math.max(size.x, size.y, size.z) * 1.2;
  const rays: Ray[] = [];
  for (let index = 0; index < count; index++) {
    const azimuth = random() * Math.PI * 2;
    const height = centre.y + (random() - 0.5) * size.y;
    const origin = new Vector3(centre.x + Math.sin(azimuth) * distance, height, centre.z + Math.cos(azimuth) * distance);
    const target = centre
      .clone()
      .add(new Vector3((random() - 0.5) * size.x * 0.5, (random() - 0.5) * size.y * 0.5, (random() - 0.5) * size.z * 0.5));
    rays.push(new Ray(origin, target.sub(origin).normalize()));
  }
  return rays;
}

export interface PickingResult {
  buildMs: Timed;
  /** µs per ray, one sample per ray: first hit only, as a tap picks. */
  bvhFirstHitUs: Timed;
  /** µs per ray for every hit along the ray (R3F's default event raycast with the accelerated mesh). */
  bvhAllHitsUs: Timed;
  bruteUs: Timed;
  hitRate: number;
  /** Rays of the brute-force sample where both found the same nearest hit. */
  agreeing: number;
  compared: number;
}

const material = new MeshBasicMaterial({ side: DoubleSide });

function castEach(raycaster: Raycaster, mesh: Mesh, rays: readonly Ray[], hits?: { count: number }): Timed {
  const samples: number[] = [];
  const found: Intersection[] = [];
  const cpu = cpuMeter();
  for (const ray of rays) {
    raycaster.ray.copy(ray);
    found.length = 0;
    const start = performance.now();
    raycaster.intersectObject(mesh, false, found);
    samples.push((performance.now() - start) * 1000);
    if (hits && found.length > 0) hits.count++;
  }
  return { samples, cpuPerRun: cpu.perRun(rays.length) * 1000 };
}

function nearest(raycaster: Raycaster, mesh: Mesh, ray: Ray): number | undefined {
  raycaster.ray.copy(ray);
  const found = raycaster.intersectObject(mesh, false);
  return found.length === 0 ? undefined : Math.min(...found.map((hit) => hit.distance));
}

export function measurePicking(skin: BufferGeometry, rayCount: number, bruteRayCount: number, buildRuns: number): PickingResult {
  const buildMs = timeRuns(buildRuns, () => void new MeshBVH(skin), 1);

  const accelerated = new Mesh(skin.clone(), material);
  accelerated.geometry.boundsTree = new MeshBVH(accelerated.geometry);
  accelerated.raycast = acceleratedRaycast;
  const brute = new Mesh(skin, material);
  const rays = camerasAroundBody(new Box3().setFromObject(brute), rayCount);

  const raycaster = new Raycaster();
  // Warm the JIT on a few rays before timing.
  raycaster.firstHitOnly = true;
  castEach(raycaster, accelerated, rays.slice(0, 200));
  const hits = { count: 0 };
  const bvhFirstHitUs = castEach(raycaster, accelerated, rays, hits);

  raycaster.firstHitOnly = false;
  castEach(raycaster, accelerated, rays.slice(0, 200));
  const bvhAllHitsUs = castEach(raycaster, accelerated, rays);

  const sample = rays.filter((_, index) => index % Math.max(1, Math.floor(rayCount / bruteRayCount)) === 0).slice(0, bruteRayCount);
  castEach(raycaster, brute, sample.slice(0, 3));
  const bruteUs = castEach(raycaster, brute, sample);

  let agreeing = 0;
  raycaster.firstHitOnly = true;
  for (const ray of sample) {
    const fast = nearest(raycaster, accelerated, ray);
    const slow = nearest(raycaster, brute, ray);
    if ((fast === undefined && slow === undefined) || (fast !== undefined && slow !== undefined && Math.abs(fast - slow) < 1e-5)) agreeing++;
  }
  accelerated.geometry.dispose();

  return { buildMs, bvhFirstHitUs, bvhAllHitsUs, bruteUs, hitRate: hits.count / rayCount, agreeing, compared: sample.length };
}

/** Distance (m) from each point to the nearest skin surface: shows whether landmarks and curves sit on the body. */
export function distancesToSkin(skin: BufferGeometry, points: readonly (readonly [number, number, number])[]): number[] {
  const bvh = new MeshBVH(skin.clone());
  const query = new Vector3();
  const target = { point: new Vector3(), distance: 0, faceIndex: 0 };
  return points.map((point) => {
    query.set(point[0], point[1], point[2]);
    return bvh.closestPointToPoint(query, target)?.distance ?? Number.NaN;
  });
}
