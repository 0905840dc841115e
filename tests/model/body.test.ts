// The body model keeps its promises to the app: valid glTF within budget, every id that data uses
// exists by name, the regions tile the whole skin, and every landmark sits on or inside the body.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Document, Node } from '@gltf-transform/core';
// @ts-expect-error -- gltf-validator ships no type declarations
import validator from 'gltf-validator';
import {
  GLB_PATH,
  ROOT,
  REGION_IDS,
  landmarks,
  structures,
  sidedNames,
  readBody,
  worldTriangles,
} from './body-model.ts';
import { buildSkeleton, loadProportions } from '../../tools/bodygen/proportions.ts';

let doc: Document;
let byName: Map<string, Node>;

beforeAll(async () => {
  doc = await readBody();
  byName = new Map(doc.getRoot().listNodes().map((n) => [n.getName(), n]));
});

const childrenOf = (group: string) => byName.get(group)!.listChildren().map((n) => n.getName());

describe('body.glb', () => {
  it('is a valid glTF with no validator errors', async () => {
    const bytes = new Uint8Array(readFileSync(GLB_PATH));
    const report = await validator.validateBytes(bytes, { maxIssues: 50 });
    const errors = report.issues.messages.filter((m: { severity: number }) => m.severity === 0);
    expect(errors).toEqual([]);
  });

  it('stays within the size and triangle budget, compressed with meshopt', () => {
    const bytes = readFileSync(GLB_PATH);
    expect(bytes.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const used = doc.getRoot().listExtensionsUsed().map((e) => e.extensionName);
    expect(used).toContain('EXT_meshopt_compression');
    expect(used).not.toContain('KHR_draco_mesh_compression');
    let triangles = 0;
    for (const mesh of doc.getRoot().listMeshes()) for (const p of mesh.listPrimitives()) triangles += p.getIndices()!.getCount() / 3;
    expect(triangles).toBeLessThanOrEqual(150_000);
  });

  it('names every node and mesh', () => {
    for (const n of doc.getRoot().listNodes()) expect(n.getName()).not.toBe('');
    for (const m of doc.getRoot().listMeshes()) expect(m.getName()).not.toBe('');
  });

  it('has a skin region mesh for every region id, grouped under "skin"', () => {
    expect(new Set(childrenOf('skin'))).toEqual(new Set(REGION_IDS.map((id) => `region_${id}`)));
  });

  it('has a track for every structure (both sides where sided), under "tracks"', () => {
    const tracks = new Set(childrenOf('tracks'));
    const expected = structures.flatMap((s) => sidedNames('track', s.id, s.sided));
    expect(expected.filter((n) => !tracks.has(n))).toEqual([]);
    for (const name of expected) expect(byName.get(name)!.getMesh()).toBeTruthy();
  });

  it('has a station bone and an empty landmark node for every landmark', () => {
    const stations = new Set(childrenOf('stations'));
    const empties = new Set(childrenOf('landmarks'));
    const wantStations = landmarks.flatMap((l) => sidedNames('station', l.id, l.sided));
    const wantEmpties = landmarks.flatMap((l) => sidedNames('landmark', l.id, l.sided));
    expect(wantStations.filter((n) => !stations.has(n))).toEqual([]);
    expect(wantEmpties.filter((n) => !empties.has(n))).toEqual([]);
    for (const n of wantEmpties) expect(byName.get(n)!.getMesh()).toBeNull();
  });

  it('places landmark nodes at data/body/landmark-positions.json, mirrored for the right side', () => {
    const pos = JSON.parse(readFileSync(`${ROOT}data/body/landmark-positions.json`, 'utf8')) as Record<string, number[]>;
    for (const l of landmarks) {
      const p = pos[l.id]!;
      expect(p, l.id).toBeTruthy();
      if (l.sided) {
        expect(p[0]!, `${l.id} is on the left (+X)`).toBeGreaterThan(0);
        expect(byName.get(`landmark_${l.id}_l`)!.getTranslation()[0]!).toBeCloseTo(p[0]!, 5);
        expect(byName.get(`landmark_${l.id}_r`)!.getTranslation()[0]!).toBeCloseTo(-p[0]!, 5);
      } else {
        expect(p[0]!, `${l.id} is on the midline`).toBe(0);
        expect(byName.get(`landmark_${l.id}`)!.getTranslation()[1]!).toBeCloseTo(p[1]!, 5);
      }
    }
  });

  it('gives every track a centre line of 4–12 points, inferior/distal first', () => {
    for (const s of structures) {
      for (const name of sidedNames('track', s.id, s.sided)) {
        const extras = byName.get(name)!.getExtras() as { centerline?: number[][] };
        expect(extras.centerline, name).toBeTruthy();
        expect(extras.centerline!.length).toBeGreaterThanOrEqual(4);
        expect(extras.centerline!.length).toBeLessThanOrEqual(12);
        for (const p of extras.centerline!) expect(p).toHaveLength(3);
        if (name.endsWith('_r')) for (const p of extras.centerline!) expect(p[0]!).toBeLessThanOrEqual(0);
        if (name.endsWith('_l')) for (const p of extras.centerline!) expect(p[0]!).toBeGreaterThanOrEqual(0);
      }
    }
  });

  describe('skin', () => {
    let skin: { positions: number[]; tris: number[]; perRegion: Map<string, number> };
    beforeAll(() => {
      // weld all region meshes by (quantised) position: the region meshes share one quantisation grid
      const key = new Map<string, number>();
      const positions: number[] = [];
      const tris: number[] = [];
      const perRegion = new Map<string, number>();
      for (const id of REGION_IDS) {
        const node = byName.get(`region_${id}`)!;
        const { positions: p, indices } = worldTriangles(node);
        perRegion.set(id, indices.length / 3);
        const local: number[] = [];
        for (let i = 0; i < p.length / 3; i++) {
          const k = `${Math.round(p[i * 3]! * 1e5)},${Math.round(p[i * 3 + 1]! * 1e5)},${Math.round(p[i * 3 + 2]! * 1e5)}`;
          let v = key.get(k);
          if (v === undefined) {
            v = positions.length / 3;
            key.set(k, v);
            positions.push(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!);
          }
          local.push(v);
        }
        for (const i of indices) tris.push(local[i]!);
      }
      skin = { positions, tris, perRegion };
    });

    it('has no empty region', () => {
      for (const id of REGION_IDS) expect(skin.perRegion.get(id), id).toBeGreaterThan(0);
    });

    it('is tiled by the regions with no gap and no overlap: no triangle in two regions, closed but for the zone joins', () => {
      const edges = new Map<string, number>();
      const faces = new Set<string>();
      let repeated = 0;
      const t = skin.tris;
      for (let i = 0; i < t.length; i += 3) {
        const f = [t[i]!, t[i + 1]!, t[i + 2]!].sort((a, b) => a - b).join('_');
        if (faces.has(f)) repeated++;
        faces.add(f);
        for (const [a, b] of [
          [t[i]!, t[i + 1]!],
          [t[i + 1]!, t[i + 2]!],
          [t[i + 2]!, t[i]!],
        ] as [number, number][]) {
          const k = a < b ? `${a}_${b}` : `${b}_${a}`;
          edges.set(k, (edges.get(k) ?? 0) + 1);
        }
      }
      let open = 0;
      let pinched = 0;
      for (const c of edges.values()) {
        if (c % 2 === 1) open++;
        else if (c > 2) pinched++;
      }
      expect(repeated / (t.length / 3)).toBeLessThan(0.0005);
      // Known limitation: where the finer hand and head sampling is joined to the body (a plane across
      // the wrist and under the chin) a few dozen edges stay unpaired or pinched; elsewhere the skin is closed.
      expect(open / edges.size).toBeLessThan(0.002);
      expect(pinched / edges.size).toBeLessThan(0.002);
      const total = [...skin.perRegion.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(t.length / 3);
    });

    it('is symmetric: every vertex has a mirror twin', () => {
      const set = new Set<string>();
      const p = skin.positions;
      for (let i = 0; i < p.length; i += 3) set.add(`${Math.round(p[i]! * 1e4)},${Math.round(p[i + 1]! * 1e4)},${Math.round(p[i + 2]! * 1e4)}`);
      let missing = 0;
      for (let i = 0; i < p.length; i += 3) if (!set.has(`${Math.round(-p[i]! * 1e4)},${Math.round(p[i + 1]! * 1e4)},${Math.round(p[i + 2]! * 1e4)}`)) missing++;
      expect(missing / (p.length / 3)).toBeLessThan(0.01);
    });

    it('stands 1.75 m tall with the feet on the floor, facing +Z', () => {
      let minY = Infinity;
      let maxY = -Infinity;
      const p = skin.positions;
      for (let i = 1; i < p.length; i += 3) {
        minY = Math.min(minY, p[i]!);
        maxY = Math.max(maxY, p[i]!);
      }
      expect(minY).toBeGreaterThan(-0.005);
      expect(minY).toBeLessThan(0.005);
      expect(maxY).toBeGreaterThan(1.75 * 0.985);
      expect(maxY).toBeLessThan(1.75 * 1.015);
      // the toes are in front of the heels
      const toes = byName.get('landmark_toes_dorsal_l')!.getTranslation();
      const heel = byName.get('landmark_calcaneus_l')!.getTranslation();
      expect(toes[2]!).toBeGreaterThan(heel[2]!);
    });

    it('gives the heel to the foot: the skin behind and below the malleoli, round the heel bone, is no ankle', () => {
      // A tap on the heel pinned "ankle" while the back of the heel was labelled by its nearest form, the Achilles.
      const heel = byName.get('landmark_calcaneus_l')!.getTranslation();
      const skeleton = buildSkeleton(loadProportions());
      const malleolus = [skeleton.ankle[0], skeleton.y('lateral_malleolus'), skeleton.ankle[2]];
      const near = new Map<string, number>();
      for (const id of ['foot_l', 'ankle_l', 'lower_leg_l']) {
        const { positions: p, indices } = worldTriangles(byName.get(`region_${id}`)!);
        for (let i = 0; i < indices.length; i += 3) {
          const c = [0, 1, 2].map((k) => (p[indices[i]! * 3 + k]! + p[indices[i + 1]! * 3 + k]! + p[indices[i + 2]! * 3 + k]!) / 3);
          const behindAnkle = c[2]! < malleolus[2]! - 0.02;
          if (behindAnkle && c[1]! < malleolus[1]! - 0.005 && Math.hypot(c[0]! - heel[0]!, c[2]! - heel[2]!) < 0.06) near.set(id, (near.get(id) ?? 0) + 1);
        }
      }
      expect(near.get('foot_l')).toBeGreaterThan(100);
      expect(near.get('ankle_l') ?? 0).toBe(0);
    });

    it('holds every landmark on or inside the skin (≤ 1 cm outside)', () => {
      const p = skin.positions;
      const t = skin.tris;
      const outside: string[] = [];
      for (const node of byName.get('landmarks')!.listChildren()) {
        const q = node.getTranslation();
        if (insideByParity(q, p, t)) continue;
        // not inside: accept if within 1 cm of the surface (nearest vertex, the mesh is fine-grained)
        let best = Infinity;
        for (let i = 0; i < p.length; i += 3) best = Math.min(best, Math.hypot(p[i]! - q[0]!, p[i + 1]! - q[1]!, p[i + 2]! - q[2]!));
        if (best > 0.01) outside.push(`${node.getName()} (${(best * 1000).toFixed(0)} mm)`);
      }
      expect(outside).toEqual([]);
    });
  });
});

/** Ray parity along +X (with a tiny skew to avoid edge hits). */
function insideByParity(q: number[], p: number[], t: number[]): boolean {
  const dir = [1, 0.0001234, 0.0002345];
  let hits = 0;
  for (let i = 0; i < t.length; i += 3) {
    const a = t[i]! * 3;
    const b = t[i + 1]! * 3;
    const c = t[i + 2]! * 3;
    // quick reject: the ray y/z must be within the triangle's y/z range
    const y0 = Math.min(p[a + 1]!, p[b + 1]!, p[c + 1]!);
    const y1 = Math.max(p[a + 1]!, p[b + 1]!, p[c + 1]!);
    if (q[1]! < y0 - 0.001 || q[1]! > y1 + 0.001) continue;
    const z0 = Math.min(p[a + 2]!, p[b + 2]!, p[c + 2]!);
    const z1 = Math.max(p[a + 2]!, p[b + 2]!, p[c + 2]!);
    if (q[2]! < z0 - 0.001 || q[2]! > z1 + 0.001) continue;
    if (rayHitsTriangle(q, dir, [p[a]!, p[a + 1]!, p[a + 2]!], [p[b]!, p[b + 1]!, p[b + 2]!], [p[c]!, p[c + 1]!, p[c + 2]!])) hits++;
  }
  return hits % 2 === 1;
}

function rayHitsTriangle(o: number[], d: number[], a: number[], b: number[], c: number[]): boolean {
  const e1 = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
  const e2 = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
  const h = [d[1]! * e2[2]! - d[2]! * e2[1]!, d[2]! * e2[0]! - d[0]! * e2[2]!, d[0]! * e2[1]! - d[1]! * e2[0]!];
  const det = e1[0]! * h[0]! + e1[1]! * h[1]! + e1[2]! * h[2]!;
  if (Math.abs(det) < 1e-14) return false;
  const f = 1 / det;
  const s = [o[0]! - a[0]!, o[1]! - a[1]!, o[2]! - a[2]!];
  const u = f * (s[0]! * h[0]! + s[1]! * h[1]! + s[2]! * h[2]!);
  if (u < 0 || u > 1) return false;
  const qv = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
  const v = f * (d[0]! * qv[0]! + d[1]! * qv[1]! + d[2]! * qv[2]!);
  if (v < 0 || u + v > 1) return false;
  return f * (e2[0]! * qv[0]! + e2[1]! * qv[1]! + e2[2]! * qv[2]!) > 0;
}
