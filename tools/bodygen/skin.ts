// The skin: primitives → field → half mesh → simplified → labelled → mirrored → region meshes.

import { compileField, type CompiledField } from './sdf.ts';
import { buildSkinPrimitives } from './skin-primitives.ts';
import type { Skeleton } from './proportions.ts';
import { polygoniseHalf, simplifyHalf, vertexNormals, mirrorHalf, type Zone, type FullMesh } from './polygonise.ts';
import { REGION_LABELS, labelOf, mirrorLabel, makeRegionRule } from './regions.ts';
import type { OutMesh } from './gltf.ts';
import { type Vec3, add, scale, dot } from './vec.ts';

export const SKIN_BOUNDS = { min: [-0.42, -0.012, -0.2] as Vec3, max: [0.42, 1.765, 0.26] as Vec3 };

export interface SkinSettings {
  edge: number;
  simplifyError: number;
}

export function buildSkinField(s: Skeleton): CompiledField {
  return compileField(buildSkinPrimitives(s), SKIN_BOUNDS, 0.04);
}

export function zones(s: Skeleton, edge: number): Zone[] {
  // hand: everything distal of a plane across the wrist
  const wristPlanePoint = add(s.wrist, scale(s.forearmDir, -0.01));
  const hand: Zone = {
    name: 'hand',
    normal: s.forearmDir,
    offset: dot(s.forearmDir, wristPlanePoint),
    box: { min: [s.wrist[0]! - 0.07, s.wrist[1]! - 0.21, -0.05], max: [s.wrist[0]! + 0.12, s.wrist[1]! + 0.03, 0.06] },
    edge: Math.min(edge, 0.0024),
  };
  // face and head: everything above a plane under the chin
  const yHead = s.y('chin') - 0.004;
  const head: Zone = {
    name: 'head',
    normal: [0, 1, 0],
    offset: yHead,
    box: { min: [-0.006, yHead - 0.01, -0.13], max: [0.1, s.y('vertex') + 0.01, 0.14] },
    edge: Math.min(edge, 0.0025),
  };
  // feet and ankles: below a plane across the lower shin, above the malleoli and the heel
  const yFoot = 0.16;
  const foot: Zone = {
    name: 'foot',
    normal: [0, -1, 0],
    offset: -yFoot,
    box: { min: [0.01, -0.012, -0.1], max: [0.17, yFoot + 0.01, 0.22] },
    edge: Math.min(edge, 0.0032),
  };
  return [hand, head, foot];
}

export async function buildSkin(s: Skeleton, field: CompiledField, settings: SkinSettings) {
  const t0 = performance.now();
  const raw = await polygoniseHalf(field, SKIN_BOUNDS, settings.edge, zones(s, settings.edge));
  const t1 = performance.now();
  const half = await simplifyHalf(raw, settings.simplifyError);
  const t2 = performance.now();
  const normals = vertexNormals(field, half.positions);
  const rule = makeRegionRule(s);
  const nv = half.positions.length / 3;
  const vlabel = new Uint16Array(nv);
  for (let i = 0; i < nv; i++) {
    const x = half.positions[i * 3]!;
    const y = half.positions[i * 3 + 1]!;
    const z = half.positions[i * 3 + 2]!;
    const p = field.nearest(x, y, z);
    vlabel[i] = labelOf(rule(field.prims[p]!.seg, x, y, z));
  }
  const nt = half.indices.length / 3;
  const tlabel = new Uint16Array(nt);
  for (let t = 0; t < nt; t++) {
    const a = vlabel[half.indices[t * 3]!]!;
    const b = vlabel[half.indices[t * 3 + 1]!]!;
    const c = vlabel[half.indices[t * 3 + 2]!]!;
    tlabel[t] = b === c ? b : a;
  }
  const full = mirrorHalf(half, normals, tlabel, mirrorLabel);
  const t3 = performance.now();
  return {
    full,
    meshes: splitRegions(full),
    stats: {
      rawTriangles: raw.indices.length / 3,
      halfTriangles: nt,
      triangles: full.indices.length / 3,
      ms: { polygonise: t1 - t0, simplify: t2 - t1, label: t3 - t2 },
    },
  };
}

function splitRegions(full: FullMesh): OutMesh[] {
  const out: OutMesh[] = [];
  REGION_LABELS.forEach((id, label) => {
    const remap = new Map<number, number>();
    const pos: number[] = [];
    const nor: number[] = [];
    const idx: number[] = [];
    const nt = full.indices.length / 3;
    for (let t = 0; t < nt; t++) {
      if (full.triLabels[t]! !== label) continue;
      for (let k = 0; k < 3; k++) {
        const v = full.indices[t * 3 + k]!;
        let n = remap.get(v);
        if (n === undefined) {
          n = remap.size;
          remap.set(v, n);
          pos.push(full.positions[v * 3]!, full.positions[v * 3 + 1]!, full.positions[v * 3 + 2]!);
          nor.push(full.normals[v * 3]!, full.normals[v * 3 + 1]!, full.normals[v * 3 + 2]!);
        }
        idx.push(n);
      }
    }
    out.push({
      name: `region_${id}`,
      positions: Float32Array.from(pos),
      normals: Float32Array.from(nor),
      indices: Uint32Array.from(idx),
      material: 'skin',
    });
  });
  return out;
}
