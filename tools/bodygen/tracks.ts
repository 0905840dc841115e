// Tracks: one mesh per structure and side, shaped by data/body/tracks.json and kept under the skin.

import { readFileSync, existsSync } from 'node:fs';
import type { CompiledField } from './sdf.ts';
import { ROOT } from './proportions.ts';
import { smoothCurve, frames, sweep, keepUnder, mirrorMesh, type MeshData } from './sweep.ts';
import type { OutMesh } from './gltf.ts';
import { type Vec3, mirrorX } from './vec.ts';

export interface TrackSpec {
  shape: 'spindle' | 'band' | 'sheet' | 'fan';
  points: (string | Vec3)[];
  radius?: number;
  width?: number | number[];
  thickness?: number;
  gap?: number;
}

export interface Structure {
  id: string;
  sided: boolean;
  kind: string;
  depth: string;
  shape: string;
}

export function loadStructures(): Structure[] {
  const file = `${ROOT}data/structures.json`;
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { structures: Structure[] }).structures;
}

export function loadTrackSpecs(): Record<string, TrackSpec> {
  return (JSON.parse(readFileSync(`${ROOT}data/body/tracks.json`, 'utf8')) as { tracks: Record<string, TrackSpec> }).tracks;
}

const SAMPLES = 14;
const CENTERLINE_POINTS = 8;
const r4 = (v: number) => Math.round(v * 10000) / 10000;

function widthAt(spec: TrackSpec, u: number): number {
  const w = spec.width ?? 0.02;
  if (typeof w === 'number') return w;
  if (w.length === 1) return w[0]!;
  const x = u * (w.length - 1);
  const i = Math.min(w.length - 2, Math.floor(x));
  return w[i]! + (w[i + 1]! - w[i]!) * (x - i);
}

/** Rounded-rectangle ring: `across` points on each face. */
function slab(width: number, thickness: number, across: number): [number, number][] {
  const ring: [number, number][] = [];
  const h = thickness / 2;
  const w = width / 2;
  for (let k = 0; k < across; k++) ring.push([-w + (2 * w * k) / (across - 1), h]);
  ring.push([w + h * 0.6, 0]);
  for (let k = across - 1; k >= 0; k--) ring.push([-w + (2 * w * k) / (across - 1), -h]);
  ring.push([-w - h * 0.6, 0]);
  return ring;
}

export function buildTrack(field: CompiledField, id: string, spec: TrackSpec, landmarks: Record<string, Vec3>): { mesh: MeshData; centerline: Vec3[] } {
  const ctrl = spec.points.map((p) => {
    if (typeof p === 'string') {
      const q = landmarks[p];
      if (!q) throw new Error(`data/body/tracks.json: track ${id} names landmark "${p}", which has no position in data/body/landmark-positions.json`);
      return q;
    }
    return p;
  });
  const gap = spec.gap ?? 0.004;
  const thick = spec.shape === 'spindle' ? (spec.radius ?? 0.015) * 0.75 : (spec.thickness ?? 0.004) / 2;
  const curve = smoothCurve(ctrl, SAMPLES).map((p) => keepUnder(field, p, gap + thick));
  const fr = frames(field, curve);
  const n = curve.length;
  let ring: (i: number) => [number, number][];
  if (spec.shape === 'spindle') {
    const R = spec.radius ?? 0.015;
    ring = (i) => {
      const u = i / (n - 1);
      const r = R * (0.28 + 0.72 * Math.sin(Math.PI * u) ** 0.7);
      const out: [number, number][] = [];
      for (let k = 0; k < 8; k++) {
        const a = (2 * Math.PI * k) / 8;
        out.push([r * Math.cos(a), 0.75 * r * Math.sin(a)]);
      }
      return out;
    };
  } else {
    const th = spec.thickness ?? 0.004;
    ring = (i) => {
      const u = i / (n - 1);
      const taper = spec.shape === 'band' ? 0.8 + 0.2 * Math.sin(Math.PI * u) : 1;
      const w = widthAt(spec, u) * taper;
      const across = w > 0.06 ? 6 : w > 0.025 ? 4 : 2;
      return slab(w, th, across);
    };
  }
  const mesh = sweep(field, fr, ring, gap);
  const centerline: Vec3[] = [];
  for (let k = 0; k < CENTERLINE_POINTS; k++) {
    const p = curve[Math.round((k * (n - 1)) / (CENTERLINE_POINTS - 1))]!;
    centerline.push([r4(p[0]!), r4(p[1]!), r4(p[2]!)]);
  }
  return { mesh, centerline };
}

export function buildTracks(field: CompiledField, landmarks: Record<string, Vec3>): OutMesh[] {
  const structures = loadStructures();
  const specs = loadTrackSpecs();
  const missing = structures.filter((s) => !specs[s.id]).map((s) => s.id);
  if (missing.length) throw new Error(`data/body/tracks.json has no geometry for structure(s): ${missing.join(', ')}`);
  const out: OutMesh[] = [];
  for (const s of structures) {
    const { mesh, centerline } = buildTrack(field, s.id, specs[s.id]!, landmarks);
    if (!s.sided) {
      // midline structures: symmetric about x = 0 by construction of their control points
      out.push({ name: `track_${s.id}`, ...mesh, material: 'track', extras: { centerline, structure: s.id } });
      continue;
    }
    out.push({ name: `track_${s.id}_l`, ...mesh, material: 'track', extras: { centerline, structure: s.id, side: 'l' } });
    const m = mirrorMesh(mesh);
    out.push({
      name: `track_${s.id}_r`,
      ...m,
      material: 'track',
      extras: { centerline: centerline.map((p) => { const q = mirrorX(p); return [q[0] === 0 ? 0 : q[0], q[1], q[2]]; }), structure: s.id, side: 'r' },
    });
  }
  return out;
}
