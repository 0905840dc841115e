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
  const sdf = (p: Vec3) => -field.distance(p[0]!, p[1]!, p[2]!);
  const lo: Vec3 = [-2 * edge, bounds.min[1]!, bounds.min[2]!];
  let body = Manifold.levelSet(sdf, { min: lo, max: bounds.max }, edge).trimByPlane([1, 0, 0], 0);
  for (const z of zones) {
    // the zone solid: its box (a little inside the sampled box) on the fine side of the plane
    const inset = 0.001;
    const size: Vec3 = [0, 1, 2].map((a) => z.box.max[a]! - z.box.min[a]! - 2 * inset) as Vec3;
    const zone = Manifold.cube(size)
      .translate([z.box.min[0]! + inset, z.box.min[1]! + inset, z.box.min[2]! + inset])
      .trimByPlane(z.normal, z.offset);
    const fine = Manifold.levelSet(sdf, z.box, z.edge).trimByPlane([1, 0, 0], 0).intersect(zone);
    body = Manifold.union(body.subtract(zone), fine);
  }
  const mesh = body.getMesh();
  const np = mesh.numProp;
  const nv = mesh.numVert;
  const pos = new Float32Array(nv * 3);
  for (let i = 0; i < nv; i++) {
    let x = mesh.vertProperties[i * np]!;
    if (Math.abs(x) < 1e-7) x = 0;
    pos[i * 3] = x;
    pos[i * 3 + 1] = mesh.vertProperties[i * np + 1]!;
    pos[i * 3 + 2] = mesh.vertProperties[i * np + 2]!;
  }
  // manifold may split a vertex where unioned pieces meet; its merge vectors say which are one
  const merge = new Uint32Array(nv);
  for (let i = 0; i < nv; i++) merge[i] = i;
  for (let i = 0; i < mesh.mergeFromVert.length; i++) merge[mesh.mergeFromVert[i]!] = mesh.mergeToVert[i]!;
  // and weld any remaining vertices that sit at exactly the same place (where the zones were joined)
  const seen = new Map<string, number>();
  for (let i = 0; i < nv; i++) {
    const j = merge[i]!;
    const key = `${pos[j * 3]!},${pos[j * 3 + 1]!},${pos[j * 3 + 2]!}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, j);
    else merge[i] = first;
  }
  const tris: number[] = [];
  const tv = mesh.triVerts;
  for (let t = 0; t < tv.length; t += 3) {
    const a = merge[tv[t]!]!;
    const b = merge[tv[t + 1]!]!;
    const c = merge[tv[t + 2]!]!;
    if (a === b || b === c || a === c) continue;
    if (pos[a * 3]! === 0 && pos[b * 3]! === 0 && pos[c * 3]! === 0) continue; // cap on the midline cut
    tris.push(a, b, c);
  }
  return { positions: pos, indices: Uint32Array.from(tris) };
}

/** Simplify to an absolute error bound (metres); the open midline border stays locked. */
export async function simplifyHalf(m: HalfMesh, error: number): Promise<HalfMesh> {
  await MeshoptSimplifier.ready;
  // Lock the midline seam and its one-ring: otherwise an inner vertex can collapse onto the seam and
  // leave a chord between two seam vertices, which the mirrored half would share (a non-manifold edge).
  const nv = m.positions.length / 3;
  const lock = new Uint8Array(nv);
  const seam = (v: number) => m.positions[v * 3]! === 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const tri = [m.indices[t]!, m.indices[t + 1]!, m.indices[t + 2]!];
    if (tri.some(seam)) for (const v of tri) lock[v] = 1;
  }
  const [idx] = MeshoptSimplifier.simplifyWithAttributes(
    m.indices,
    m.positions,
    3,
    new Float32Array(nv),
    1,
    [0],
    lock,
    0,
    error,
    ['LockBorder', 'ErrorAbsolute'],
  );
  // weld vertices closer than the file's quantisation step, so that quantising cannot fold triangles
  const weldTo = weldClose(m.positions, 0.00025);
  const welded: number[] = [];
  const faceSet = new Set<string>();
  for (let t = 0; t < idx.length; t += 3) {
    const a = weldTo[idx[t]!]!;
    const b = weldTo[idx[t + 1]!]!;
    const c = weldTo[idx[t + 2]!]!;
    if (a === b || b === c || a === c) continue;
    const key = [a, b, c].sort((u, v) => u - v).join('_');
    if (faceSet.has(key)) continue;
    faceSet.add(key);
    welded.push(a, b, c);
  }
  return compact(m.positions, Uint32Array.from(welded));
}

/** Cluster vertices within `tol` (seam vertices at x = 0 win, so the seam stays on the midline). */
function weldClose(p: Float32Array, tol: number): Uint32Array {
  const n = p.length / 3;
  const to = new Uint32Array(n);
  const grid = new Map<string, number[]>();
  const cell = (v: number) => Math.floor(v / tol);
  // seam vertices first so they become the representatives
  const order = [...Array(n).keys()].sort((a, b) => (p[a * 3]! === 0 ? 0 : 1) - (p[b * 3]! === 0 ? 0 : 1) || a - b);
  for (const i of order) {
    const x = p[i * 3]!;
    const y = p[i * 3 + 1]!;
    const z = p[i * 3 + 2]!;
    let found = -1;
    for (let dx = -1; dx <= 1 && found < 0; dx++)
      for (let dy = -1; dy <= 1 && found < 0; dy++)
        for (let dz = -1; dz <= 1 && found < 0; dz++) {
          const list = grid.get(`${cell(x) + dx},${cell(y) + dy},${cell(z) + dz}`);
          if (!list) continue;
          for (const j of list) {
            if (Math.hypot(p[j * 3]! - x, p[j * 3 + 1]! - y, p[j * 3 + 2]! - z) < tol) {
              found = j;
              break;
            }
          }
        }
    if (found >= 0 && !(p[i * 3]! === 0 && p[found * 3]! !== 0)) {
      to[i] = found;
      continue;
    }
    to[i] = i;
    const k = `${cell(x)},${cell(y)},${cell(z)}`;
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  return to;
}

function compact(positions: Float32Array, idx: Uint32Array): HalfMesh {
  const m = { positions };
  const remap = new Int32Array(m.positions.length / 3).fill(-1);
  const pos: number[] = [];
  const out = new Uint32Array(idx.length);
  let n = 0;
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i]!;
    if (remap[v]! < 0) {
      remap[v] = n++;
      pos.push(m.positions[v * 3]!, m.positions[v * 3 + 1]!, m.positions[v * 3 + 2]!);
    }
    out[i] = remap[v]!;
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
    if (half.positions[i * 3]! === 0) {
      map[i] = i;
      nor[i * 3] = 0;
    } else {
      map[i] = next++;
      pos.push(-half.positions[i * 3]!, half.positions[i * 3 + 1]!, half.positions[i * 3 + 2]!);
      nor.push(-normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!);
    }
  }
  const nt = half.indices.length / 3;
  const idx = new Uint32Array(nt * 6);
  const labels = new Uint16Array(nt * 2);
  idx.set(half.indices, 0);
  labels.set(triLabels, 0);
  for (let t = 0; t < nt; t++) {
    const a = half.indices[t * 3]!;
    const b = half.indices[t * 3 + 1]!;
    const c = half.indices[t * 3 + 2]!;
    idx[nt * 3 + t * 3] = map[a]!;
    idx[nt * 3 + t * 3 + 1] = map[c]!;
    idx[nt * 3 + t * 3 + 2] = map[b]!;
    labels[nt + t] = mirrorLabel(triLabels[t]!);
  }
  // renormalise the seam normals after zeroing x
  for (let i = 0; i < nv; i++) {
    if (half.positions[i * 3]! !== 0) continue;
    const l = Math.hypot(nor[i * 3 + 1]!, nor[i * 3 + 2]!) || 1;
    nor[i * 3 + 1]! /= l;
    nor[i * 3 + 2]! /= l;
  }
  return { positions: Float32Array.from(pos), normals: Float32Array.from(nor), indices: idx, triLabels: labels };
}

export function vertexNormals(field: CompiledField, positions: Float32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const g = field.gradient(positions[i]!, positions[i + 1]!, positions[i + 2]!, 0.0008);
    n[i] = g[0]!;
    n[i + 1] = g[1]!;
    n[i + 2] = g[2]!;
  }
  return n;
}

export { dot };
