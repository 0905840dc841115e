// Signed-distance field of many primitives (Inigo Quilez's formulas), smooth-unioned, with
// per-primitive bounding spheres and a coarse cell grid of candidate lists so that a few hundred
// primitives stay fast. Convention inside this file: negative inside, positive outside.

import { type Vec3, frame, sub, length, normalize, dot, scale as vscale, add } from './vec.ts';

export type Segment =
  | 'head'
  | 'jaw'
  | 'neck'
  | 'torso'
  | 'glute'
  | 'shoulder'
  | 'arm'
  | 'hand'
  | 'leg'
  | 'foot';

export interface PrimSpec {
  name: string;
  kind: 'cone' | 'ellipsoid' | 'box';
  /** cone: from a (radius r1) to b (radius r2) */
  a?: Vec3;
  b?: Vec3;
  r1?: number;
  r2?: number;
  /** ellipsoid/box: centre and radii (box: half extents) */
  c?: Vec3;
  r?: Vec3;
  /** box corner rounding */
  round?: number;
  /** local y axis (ellipsoid/box); cones use a→b */
  up?: Vec3;
  /** hint for local z axis */
  fwd?: Vec3;
  /** cone cross-section stretch along local x and z (1 = round) */
  flat?: [number, number];
  /** blend radius of the smooth union (m) */
  k: number;
  seg: Segment;
  /** carve instead of add */
  carve?: boolean;
  /** leave out of region labelling (e.g. small detail forms) */
  noLabel?: boolean;
  /** applied after the first round of carvings (e.g. eyelids set into a carved orbit) */
  late?: boolean;
}

const KIND_CONE = 0;
const KIND_ELLIPSOID = 1;
const KIND_BOX = 2;
const STRIDE = 32;

export interface CompiledField {
  prims: PrimSpec[];
  data: Float64Array;
  count: number;
  /** signed distance, negative inside */
  distance(x: number, y: number, z: number): number;
  /** index of the labelled primitive nearest to the point (raw distance) */
  nearest(x: number, y: number, z: number): number;
  /** distance to a single primitive */
  primDistance(i: number, x: number, y: number, z: number): number;
  gradient(x: number, y: number, z: number, h?: number): Vec3;
}

function clampUnit(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

export function compileField(prims: PrimSpec[], bounds: { min: Vec3; max: Vec3 }, cell = 0.04): CompiledField {
  const count = prims.length;
  const data = new Float64Array(count * STRIDE);
  let maxK = 0;
  prims.forEach((p, i) => {
    const o = i * STRIDE;
    let centre: Vec3;
    let axes: [Vec3, Vec3, Vec3];
    let inv: Vec3 = [1, 1, 1];
    let bcentre: Vec3;
    let bradius: number;
    let minScale = 1;
    if (p.kind === 'cone') {
      const a = p.a!;
      const b = p.b!;
      const r1 = p.r1!;
      const r2 = p.r2 ?? r1;
      const L = Math.max(length(sub(b, a)), 1e-6);
      axes = frame(sub(b, a), p.fwd ?? [0, 0, 1]);
      centre = a;
      const f = p.flat ?? [1, 1];
      inv = [1 / f[0]!, 1, 1 / f[1]!];
      minScale = Math.min(1, f[0]!, f[1]!);
      data[o] = KIND_CONE;
      data[o + 16] = L;
      data[o + 17] = r1;
      data[o + 18] = r2;
      bcentre = vscale(add(a, b), 0.5);
      bradius = L / 2 + Math.max(r1, r2) * Math.max(1, f[0]!, f[1]!);
    } else {
      centre = p.c!;
      axes = frame(p.up ?? [0, 1, 0], p.fwd ?? [0, 0, 1]);
      const r = p.r!;
      data[o] = p.kind === 'ellipsoid' ? KIND_ELLIPSOID : KIND_BOX;
      data[o + 16] = r[0]!;
      data[o + 17] = r[1]!;
      data[o + 18] = r[2]!;
      data[o + 19] = p.round ?? 0;
      bcentre = centre;
      bradius = p.kind === 'ellipsoid' ? Math.max(r[0]!, r[1]!, r[2]!) : Math.hypot(r[0]!, r[1]!, r[2]!);
    }
    data[o + 1] = centre[0]!;
    data[o + 2] = centre[1]!;
    data[o + 3] = centre[2]!;
    // rows of R^T: local = R^T (p - c), axes are columns of R
    for (let ax = 0; ax < 3; ax++) {
      data[o + 4 + ax * 3] = axes[ax]![0]!;
      data[o + 5 + ax * 3] = axes[ax]![1]!;
      data[o + 6 + ax * 3] = axes[ax]![2]!;
    }
    data[o + 13] = inv[0]!;
    data[o + 14] = inv[1]!;
    data[o + 15] = inv[2]!;
    data[o + 20] = p.k;
    data[o + 21] = minScale;
    // factor that keeps the bounding-sphere distance a lower bound of what primDistance returns
    data[o + 28] = p.kind === 'cone' ? minScale * 0.9 : p.kind === 'ellipsoid' ? (0.9 * Math.min(...p.r!)) / Math.max(...p.r!) : 0.9;
    data[o + 22] = bcentre[0]!;
    data[o + 23] = bcentre[1]!;
    data[o + 24] = bcentre[2]!;
    data[o + 25] = bradius;
    data[o + 26] = p.carve ? 1 : 0;
    data[o + 27] = p.noLabel ? 1 : 0;
    data[o + 29] = p.late ? 1 : 0;
    maxK = Math.max(maxK, p.k);
  });

  function primDistance(i: number, x: number, y: number, z: number): number {
    const o = i * STRIDE;
    const dx = x - data[o + 1]!;
    const dy = y - data[o + 2]!;
    const dz = z - data[o + 3]!;
    let lx = (dx * data[o + 4]! + dy * data[o + 5]! + dz * data[o + 6]!) * data[o + 13]!;
    let ly = (dx * data[o + 7]! + dy * data[o + 8]! + dz * data[o + 9]!) * data[o + 14]!;
    let lz = (dx * data[o + 10]! + dy * data[o + 11]! + dz * data[o + 12]!) * data[o + 15]!;
    const kind = data[o]!;
    if (kind === KIND_CONE) {
      // IQ round cone, a at origin, b at (0, L, 0)
      const L = data[o + 16]!;
      const r1 = data[o + 17]!;
      const r2 = data[o + 18]!;
      const l2 = L * L;
      const rr = r1 - r2;
      const a2 = l2 - rr * rr;
      const il2 = 1 / l2;
      const yy = ly * L;
      const zz = yy - l2;
      const x2 = l2 * l2 * (lx * lx + lz * lz);
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      let d: number;
      if (Math.sign(zz) * a2 * z2 > k) d = Math.sqrt(x2 + z2) * il2 - r2;
      else if (Math.sign(yy) * a2 * y2 < k) d = Math.sqrt(x2 + y2) * il2 - r1;
      else d = (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - r1;
      return d * data[o + 21]!;
    }
    if (kind === KIND_ELLIPSOID) {
      const rx = data[o + 16]!;
      const ry = data[o + 17]!;
      const rz = data[o + 18]!;
      const k0 = Math.sqrt((lx / rx) ** 2 + (ly / ry) ** 2 + (lz / rz) ** 2);
      const k1 = Math.sqrt((lx / (rx * rx)) ** 2 + (ly / (ry * ry)) ** 2 + (lz / (rz * rz)) ** 2);
      if (k1 < 1e-9) return -Math.min(rx, ry, rz);
      return (k0 * (k0 - 1)) / k1;
    }
    // rounded box
    const rd = data[o + 19]!;
    lx = Math.abs(lx) - data[o + 16]! + rd;
    ly = Math.abs(ly) - data[o + 17]! + rd;
    lz = Math.abs(lz) - data[o + 18]! + rd;
    const ox = Math.max(lx, 0);
    const oy = Math.max(ly, 0);
    const oz = Math.max(lz, 0);
    return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(lx, ly, lz), 0) - rd;
  }

  // Candidate lists per cell.
  const margin = 0.03 + maxK;
  const bmin = bounds.min;
  const nx = Math.ceil((bounds.max[0]! - bmin[0]!) / cell) + 1;
  const ny = Math.ceil((bounds.max[1]! - bmin[1]!) / cell) + 1;
  const nz = Math.ceil((bounds.max[2]! - bmin[2]!) / cell) + 1;
  const cellStart = new Int32Array(nx * ny * nz + 1);
  const lists: number[][] = [];
  for (let ix = 0; ix < nx; ix++)
    for (let iy = 0; iy < ny; iy++)
      for (let iz = 0; iz < nz; iz++) {
        const lo: Vec3 = [bmin[0]! + ix * cell, bmin[1]! + iy * cell, bmin[2]! + iz * cell];
        const list: number[] = [];
        for (let i = 0; i < count; i++) {
          const o = i * STRIDE;
          let d2 = 0;
          for (let a = 0; a < 3; a++) {
            const c = data[o + 22 + a]!;
            const l = lo[a]!;
            const h = l + cell;
            const e = c < l ? l - c : c > h ? c - h : 0;
            d2 += e * e;
          }
          if (Math.sqrt(d2) < data[o + 25]! + margin) list.push(i);
        }
        lists[(ix * ny + iy) * nz + iz] = list;
      }
  const flat: number[] = [];
  for (let c = 0; c < nx * ny * nz; c++) {
    cellStart[c] = flat.length;
    // unions first, carvings after (order within each kept); then the late unions and late carvings
    for (const late of [0, 1]) {
      for (const i of lists[c]!) if (!data[i * STRIDE + 26]! && data[i * STRIDE + 29]! === late) flat.push(i);
      for (const i of lists[c]!) if (data[i * STRIDE + 26]! && data[i * STRIDE + 29]! === late) flat.push(i);
    }
  }
  cellStart[nx * ny * nz] = flat.length;
  const cellPrims = Int32Array.from(flat);

  function cellIndex(x: number, y: number, z: number): number {
    const ix = Math.floor((x - bmin[0]!) / cell);
    const iy = Math.floor((y - bmin[1]!) / cell);
    const iz = Math.floor((z - bmin[2]!) / cell);
    if (ix < 0 || iy < 0 || iz < 0 || ix >= nx || iy >= ny || iz >= nz) return -1;
    return (ix * ny + iy) * nz + iz;
  }

  function distance(x: number, y: number, z: number): number {
    const c = cellIndex(x, y, z);
    if (c < 0) return margin;
    const s = cellStart[c]!;
    const e = cellStart[c + 1]!;
    let acc = margin;
    for (let j = s; j < e; j++) {
      const i = cellPrims[j]!;
      const o = i * STRIDE;
      const k = data[o + 20]!;
      const lb =
        (Math.sqrt((x - data[o + 22]!) ** 2 + (y - data[o + 23]!) ** 2 + (z - data[o + 24]!) ** 2) - data[o + 25]!) * data[o + 28]!;
      if (data[o + 26]!) {
        // smooth subtraction: max(acc, -d) blended
        if (lb >= -acc + k) continue;
        const d = primDistance(i, x, y, z);
        const h = clampUnit(0.5 - (0.5 * (acc + d)) / k);
        acc = acc + (-d - acc) * h + k * h * (1 - h);
      } else {
        if (lb >= acc + k) continue;
        const d = primDistance(i, x, y, z);
        const h = Math.max(k - Math.abs(acc - d), 0) / k;
        acc = Math.min(acc, d) - h * h * k * 0.25;
      }
    }
    return acc;
  }

  function nearest(x: number, y: number, z: number): number {
    const c = cellIndex(x, y, z);
    let best = -1;
    let bestD = Infinity;
    const s = c < 0 ? 0 : cellStart[c]!;
    const e = c < 0 ? 0 : cellStart[c + 1]!;
    const visit = (i: number) => {
      const o = i * STRIDE;
      if (data[o + 26]! || data[o + 27]!) return;
      const d = primDistance(i, x, y, z);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    };
    for (let j = s; j < e; j++) visit(cellPrims[j]!);
    if (best < 0) for (let i = 0; i < count; i++) visit(i);
    return best;
  }

  function gradient(x: number, y: number, z: number, h = 0.0005): Vec3 {
    const gx = distance(x + h, y, z) - distance(x - h, y, z);
    const gy = distance(x, y + h, z) - distance(x, y - h, z);
    const gz = distance(x, y, z + h) - distance(x, y, z - h);
    return normalize([gx, gy, gz]);
  }

  return { prims, data, count, distance, nearest, primDistance, gradient };
}

/** Move a point onto the iso-surface offset by `depth` below the skin (depth > 0 = inside). */
export function projectBelow(f: CompiledField, p: Vec3, depth: number, iterations = 6): Vec3 {
  let q: Vec3 = [p[0]!, p[1]!, p[2]!];
  for (let it = 0; it < iterations; it++) {
    const d = f.distance(q[0]!, q[1]!, q[2]!) + depth;
    if (Math.abs(d) < 1e-5) break;
    const g = f.gradient(q[0]!, q[1]!, q[2]!, 0.001);
    q = sub(q, vscale(g, d));
  }
  return q;
}

export { dot };
