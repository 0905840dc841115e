// Swept meshes along a centre curve (tracks and bar-shaped bones), kept under the skin.

import type { CompiledField } from './sdf.ts';
import { type Vec3, add, sub, scale, cross, normalize, dot, length } from './vec.ts';

export interface MeshData {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/** Centripetal Catmull–Rom through the control points, `n` samples evenly spread in parameter. */
export function smoothCurve(ctrl: Vec3[], n: number): Vec3[] {
  if (ctrl.length === 1) return [ctrl[0]!];
  const pts = [sub(scale(ctrl[0]!, 2), ctrl[1]!), ...ctrl, sub(scale(ctrl[ctrl.length - 1]!, 2), ctrl[ctrl.length - 2]!)];
  // arc-length-ish parametrisation over the segments
  const seg: number[] = [];
  for (let i = 1; i < pts.length - 2; i++) seg.push(Math.max(length(sub(pts[i + 1]!, pts[i]!)), 1e-6));
  const total = seg.reduce((a, b) => a + b, 0);
  const out: Vec3[] = [];
  for (let k = 0; k < n; k++) {
    let s = (k / (n - 1)) * total;
    let i = 0;
    while (i < seg.length - 1 && s > seg[i]!) {
      s -= seg[i]!;
      i++;
    }
    const t = Math.min(1, s / seg[i]!);
    out.push(catmull(pts[i]!, pts[i + 1]!, pts[i + 2]!, pts[i + 3]!, t));
  }
  return out;
}

function catmull(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 {
  const alpha = 0.5;
  const tj = (ti: number, a: Vec3, b: Vec3) => ti + Math.max(length(sub(b, a)), 1e-6) ** alpha;
  const t0 = 0;
  const t1 = tj(t0, p0, p1);
  const t2 = tj(t1, p1, p2);
  const t3 = tj(t2, p2, p3);
  const u = t1 + (t2 - t1) * t;
  const lerpT = (a: Vec3, b: Vec3, ta: number, tb: number) => add(scale(a, (tb - u) / (tb - ta)), scale(b, (u - ta) / (tb - ta)));
  const a1 = lerpT(p0, p1, t0, t1);
  const a2 = lerpT(p1, p2, t1, t2);
  const a3 = lerpT(p2, p3, t2, t3);
  const b1 = lerpT(a1, a2, t0, t2);
  const b2 = lerpT(a2, a3, t1, t3);
  return lerpT(b1, b2, t1, t2);
}

/** Push a point inward until it lies at least `depth` under the skin. */
export function keepUnder(field: CompiledField, p: Vec3, depth: number): Vec3 {
  let q = p;
  for (let it = 0; it < 6; it++) {
    const d = field.distance(q[0]!, q[1]!, q[2]!);
    if (d <= -depth + 1e-5) break;
    const g = field.gradient(q[0]!, q[1]!, q[2]!, 0.001);
    q = sub(q, scale(g, d + depth + 0.0002));
  }
  return q;
}

export interface Frame {
  p: Vec3;
  t: Vec3;
  n: Vec3;
  b: Vec3;
}

/** Frames along the curve: n toward the nearest skin (outward), b = t × n. */
export function frames(field: CompiledField | null, curve: Vec3[], fallbackUp: Vec3 = [0, 0, 1]): Frame[] {
  const out: Frame[] = [];
  let prevN: Vec3 | null = null;
  for (let i = 0; i < curve.length; i++) {
    const a = curve[Math.max(0, i - 1)]!;
    const c = curve[Math.min(curve.length - 1, i + 1)]!;
    const t = normalize(sub(c, a));
    let n: Vec3 = field ? field.gradient(curve[i]![0]!, curve[i]![1]!, curve[i]![2]!, 0.002) : fallbackUp;
    n = sub(n, scale(t, dot(n, t)));
    if (length(n) < 0.2) n = prevN ?? sub(fallbackUp, scale(t, dot(fallbackUp, t)));
    if (length(n) < 1e-3) n = sub([1, 0, 0], scale(t, t[0]!));
    n = normalize(n);
    if (prevN && dot(prevN, n) < 0.3) n = normalize(add(n, scale(prevN, 2)));
    prevN = n;
    out.push({ p: curve[i]!, t, n, b: normalize(cross(t, n)) });
  }
  return out;
}

/**
 * Sweep a closed cross-section ring along frames. ring(i) gives [b, n] offsets for section i; the
 * vertex at offset n must lie at least gap + (nTop − n) under the skin (so sheets keep thickness).
 */
export function sweep(
  field: CompiledField | null,
  fr: Frame[],
  ring: (i: number) => [number, number][],
  gap: number,
): MeshData {
  const pos: number[] = [];
  const rings: number[][] = [];
  for (let i = 0; i < fr.length; i++) {
    const f = fr[i]!;
    const offs = ring(i);
    const nTop = Math.max(...offs.map((o) => o[1]!));
    const idx: number[] = [];
    for (const [b, n] of offs) {
      let v = add(f.p, add(scale(f.b, b), scale(f.n, n)));
      if (field) v = keepUnder(field, v, gap + (nTop - n));
      idx.push(pos.length / 3);
      pos.push(v[0]!, v[1]!, v[2]!);
    }
    rings.push(idx);
  }
  const tri: number[] = [];
  for (let i = 0; i + 1 < rings.length; i++) {
    const r0 = rings[i]!;
    const r1 = rings[i + 1]!;
    const m = r0.length;
    for (let k = 0; k < m; k++) {
      const k1 = (k + 1) % m;
      tri.push(r0[k]!, r1[k]!, r1[k1]!, r0[k]!, r1[k1]!, r0[k1]!);
    }
  }
  // caps
  for (const [ri, flip] of [
    [0, true],
    [rings.length - 1, false],
  ] as const) {
    const r = rings[ri]!;
    let c: Vec3 = [0, 0, 0];
    for (const v of r) c = add(c, [pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!]);
    c = scale(c, 1 / r.length);
    const ci = pos.length / 3;
    pos.push(c[0]!, c[1]!, c[2]!);
    for (let k = 0; k < r.length; k++) {
      const k1 = (k + 1) % r.length;
      if (flip) tri.push(ci, r[k1]!, r[k]!);
      else tri.push(ci, r[k]!, r[k1]!);
    }
  }
  return outwardMesh(pos, tri);
}

function signedVolume(p: Float32Array, idx: Uint32Array): number {
  let v = 0;
  for (let i = 0; i < idx.length; i += 3) {
    const a = idx[i]! * 3;
    const b = idx[i + 1]! * 3;
    const c = idx[i + 2]! * 3;
    v +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v;
}

export function computeNormals(p: Float32Array, idx: Uint32Array): Float32Array {
  const n = new Float32Array(p.length);
  for (let i = 0; i < idx.length; i += 3) {
    const a = idx[i]! * 3;
    const b = idx[i + 1]! * 3;
    const c = idx[i + 2]! * 3;
    const e1: Vec3 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const e2: Vec3 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    const f = cross(e1, e2);
    for (const v of [a, b, c]) {
      n[v]! += f[0]!;
      n[v + 1]! += f[1]!;
      n[v + 2]! += f[2]!;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i]! /= l;
    n[i + 1]! /= l;
    n[i + 2]! /= l;
  }
  return n;
}

export function mirrorMesh(m: MeshData): MeshData {
  const p = m.positions.slice();
  const n = m.normals.slice();
  for (let i = 0; i < p.length; i += 3) {
    p[i] = -p[i]!;
    n[i] = -n[i]!;
  }
  const idx = m.indices.slice();
  for (let i = 0; i < idx.length; i += 3) {
    const t = idx[i + 1]!;
    idx[i + 1] = idx[i + 2]!;
    idx[i + 2] = t;
  }
  return { positions: p, normals: n, indices: idx };
}

/** Low-poly ellipsoid (UV sphere) for bone forms. */
export function ellipsoidMesh(c: Vec3, r: Vec3, axes: [Vec3, Vec3, Vec3] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]], seg = 8, rings = 6): MeshData {
  const pos: number[] = [];
  const tri: number[] = [];
  for (let i = 0; i <= rings; i++) {
    const th = (Math.PI * i) / rings;
    for (let j = 0; j < seg; j++) {
      const ph = (2 * Math.PI * j) / seg;
      const l: Vec3 = [Math.sin(th) * Math.cos(ph) * r[0]!, Math.cos(th) * r[1]!, Math.sin(th) * Math.sin(ph) * r[2]!];
      const w = add(c, add(scale(axes[0]!, l[0]!), add(scale(axes[1]!, l[1]!), scale(axes[2]!, l[2]!))));
      pos.push(w[0]!, w[1]!, w[2]!);
    }
  }
  for (let i = 0; i < rings; i++)
    for (let j = 0; j < seg; j++) {
      const a = i * seg + j;
      const b = i * seg + ((j + 1) % seg);
      const c2 = a + seg;
      const d = b + seg;
      if (i > 0) tri.push(a, b, c2);
      if (i < rings - 1) tri.push(b, d, c2);
    }
  return outwardMesh(pos, tri);
}

/** A closed mesh with its triangles turned to face outward: the ring order may run either way round. */
function outwardMesh(pos: readonly number[], tri: readonly number[]): MeshData {
  const positions = Float32Array.from(pos);
  const indices = Uint32Array.from(tri);
  if (signedVolume(positions, indices) < 0) {
    for (let i = 0; i < indices.length; i += 3) {
      const t = indices[i + 1]!;
      indices[i + 1] = indices[i + 2]!;
      indices[i + 2] = t;
    }
  }
  return { positions, normals: computeNormals(positions, indices), indices };
}

export function mergeMeshes(list: MeshData[]): MeshData {
  const pos: number[] = [];
  const nor: number[] = [];
  const idx: number[] = [];
  for (const m of list) {
    const base = pos.length / 3;
    pos.push(...m.positions);
    nor.push(...m.normals);
    for (const i of m.indices) idx.push(i + base);
  }
  return { positions: Float32Array.from(pos), normals: Float32Array.from(nor), indices: Uint32Array.from(idx) };
}
