// SDF → watertight mesh of the body's left half (manifold-3d levelSet), with finer sampling in
// small zones (hands, face, feet), simplified to an error bound (meshoptimizer), then mirrored so
// the skin is exactly symmetric.

import Module from 'manifold-3d';
import { MeshoptSimplifier } from 'meshoptimizer';
import type { CompiledField } from './sdf.ts';
import type { Vec3 } from './vec.ts';
import { dot } from './vec.ts';

export interface Zone {
  name: string;
  /** the zone is the half-space n·p >= offset, inside box */
  normal: Vec3;
  offset: number;
  box: { min: Vec3; max: Vec3 };
  edge: number;
}

export interface HalfMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

let wasmPromise: ReturnType<typeof Module> | undefined;
async function manifoldModule() {
  if (!wasmPromise) {
    wasmPromise = Module().then((w) => {
      w.setup();
      return w;
    });
  }
  return wasmPromise;
}

/** Polygonise the left half (x >= 0) of the field. The cut face at x = 0 is removed. */
export async function polygoniseHalf(
  field: CompiledField,
  bounds: { min: Vec3; max: Vec3 },
  edge: number,
  zones: Zone[],
): Promise<HalfMesh> {
  const wasm = await manifoldModule();
  const { Manifold } = wasm;
  const sdf = (p: Vec3) => -field.distance(p[0], p[1], p[2]);
  const lo: Vec3 = [-2 * edge, bounds.min[1], bounds.min[2]];
  let body = Manifold.levelSet(sdf, { min: lo, max: bounds.max }, edge).trimByPlane([1, 0, 0], 0);
  for (const z of zones) {
    // the zone solid: its box (a little inside the sampled box) on the fine side of the plane
    const inset = 0.001;
    const size: Vec3 = [0, 1, 2].map((a) => z.box.max[a] - z.box.min[a] - 2 * inset) as Vec3;
    const zone = Manifold.cube(size)
      .translate([z.box.min[0] + inset, z.box.min[1] + inset, z.box.min[2] + inset])
      .trimByPlane(z.normal, z.offset);
    const fine = Manifold.levelSet(sdf, z.box, z.edge).trimByPlane([1, 0, 0], 0).intersect(zone);
    body = Manifold.union(body.subtract(zone), fine);
  }
  const mesh = body.getMesh();
  const np = mesh.numProp;
  const nv = mesh.numVert;
  const pos = new Float32Array(nv * 3);
  for (let i = 0; i < nv; i++) {
    let x = mesh.vertProperties[i * np];
    if (Math.abs(x) < 1e-7) x = 0;
    pos[i * 3] = x;
    pos[i * 3 + 1] = mesh.vertProperties[i * np + 1];
    pos[i * 3 + 2] = mesh.vertProperties[i * np + 2];
  }
  const tris: number[] = [];
  const tv = mesh.triVerts;
  for (let t = 0; t < tv.length; t += 3) {
    const a = tv[t];
    const b = tv[t + 1];
    const c = tv[t + 2];
    if (pos[a * 3] === 0 && pos[b * 3] === 0 && pos[c * 3] === 0) continue; // cap on the midline cut
    tris.push(a, b, c);
  }
  return { positions: pos, indices: Uint32Array.from(tris) };
}

/** Simplify to an absolute error bound (metres); the open midline border stays locked. */
export async function simplifyHalf(m: HalfMesh, error: number): Promise<HalfMesh> {
  await MeshoptSimplifier.ready;
  const [idx] = MeshoptSimplifier.simplify(m.indices, m.positions, 3, 0, error, ['LockBorder', 'ErrorAbsolute']);
  // compact
  const remap = new Int32Array(m.positions.length / 3).fill(-1);
  const pos: number[] = [];
  const out = new Uint32Array(idx.length);
  let n = 0;
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i];
    if (remap[v] < 0) {
      remap[v] = n++;
      pos.push(m.positions[v * 3], m.positions[v * 3 + 1], m.positions[v * 3 + 2]);
    }
    out[i] = remap[v];
  }
  return { positions: Float32Array.from(pos), indices: out };
}

export interface FullMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** per-triangle region label (index into the label table) */
  triLabels: Uint16Array;
}

/**
 * Mirror the labelled half to the right side. Vertices on x = 0 are shared; labels are mapped
 * through `mirrorLabel` (left id → right id).
 */
export function mirrorHalf(
  half: HalfMesh,
  normals: Float32Array,
  triLabels: Uint16Array,
  mirrorLabel: (label: number) => number,
): FullMesh {
  const nv = half.positions.length / 3;
  const map = new Uint32Array(nv);
  const pos: number[] = Array.from(half.positions);
  const nor: number[] = Array.from(normals);
  let next = nv;
  for (let i = 0; i < nv; i++) {
    if (half.positions[i * 3] === 0) {
      map[i] = i;
      nor[i * 3] = 0;
    } else {
      map[i] = next++;
      pos.push(-half.positions[i * 3], half.positions[i * 3 + 1], half.positions[i * 3 + 2]);
      nor.push(-normals[i * 3], normals[i * 3 + 1], normals[i * 3 + 2]);
    }
  }
  const nt = half.indices.length / 3;
  const idx = new Uint32Array(nt * 6);
  const labels = new Uint16Array(nt * 2);
  idx.set(half.indices, 0);
  labels.set(triLabels, 0);
  for (let t = 0; t < nt; t++) {
    const a = half.indices[t * 3];
    const b = half.indices[t * 3 + 1];
    const c = half.indices[t * 3 + 2];
    idx[nt * 3 + t * 3] = map[a];
    idx[nt * 3 + t * 3 + 1] = map[c];
    idx[nt * 3 + t * 3 + 2] = map[b];
    labels[nt + t] = mirrorLabel(triLabels[t]);
  }
  // renormalise the seam normals after zeroing x
  for (let i = 0; i < nv; i++) {
    if (half.positions[i * 3] !== 0) continue;
    const l = Math.hypot(nor[i * 3 + 1], nor[i * 3 + 2]) || 1;
    nor[i * 3 + 1] /= l;
    nor[i * 3 + 2] /= l;
  }
  return { positions: Float32Array.from(pos), normals: Float32Array.from(nor), indices: idx, triLabels: labels };
}

export function vertexNormals(field: CompiledField, positions: Float32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const g = field.gradient(positions[i], positions[i + 1], positions[i + 2], 0.0008);
    n[i] = g[0];
    n[i + 1] = g[1];
    n[i + 2] = g[2];
  }
  return n;
}

export { dot };
