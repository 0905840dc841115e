// Stations: a simple bone form at every landmark (ellipsoids for knobs and processes, bars for
// ridges, crests and shafts), plus the empty landmark nodes.

import { readFileSync, existsSync } from 'node:fs';
import type { CompiledField } from './sdf.ts';
import { ROOT, type Skeleton } from './proportions.ts';
import { ellipsoidMesh, smoothCurve, frames, sweep, keepUnder, mirrorMesh, computeNormals, type MeshData } from './sweep.ts';
import type { OutMesh, OutEmpty } from './gltf.ts';
import { type Vec3, add, scale, mirrorX } from './vec.ts';

export interface Landmark {
  id: string;
  sided: boolean;
  region: string;
}

export function loadLandmarks(): Landmark[] {
  const file = `${ROOT}data/landmarks.json`;
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { landmarks: Landmark[] }).landmarks;
}

export function loadLandmarkPositions(): Record<string, Vec3> {
  return JSON.parse(readFileSync(`${ROOT}data/body/landmark-positions.json`, 'utf8')) as Record<string, Vec3>;
}

type Shape = { ball: Vec3; offset?: Vec3 } | { bar: Vec3[]; r: number };

function stationShapes(s: Skeleton, lm: Record<string, Vec3>): Record<string, Shape> {
  const y = s.y;
  const at = (id: string, d: Vec3 = [0, 0, 0]): Vec3 => add(lm[id]!, d);
  const ua = s.upperArmDir;
  return {
    calcaneus: { ball: [0.016, 0.018, 0.03], offset: [0, 0.012, 0.026] },
    patella: { ball: [0.02, 0.024, 0.008] },
    femoral_condyles: { ball: [0.036, 0.02, 0.024] },
    ischial_tuberosity: { ball: [0.012, 0.02, 0.012] },
    sacrum: { ball: [0.04, 0.055, 0.014] },
    greater_trochanter: { ball: [0.018, 0.028, 0.024] },
    humeral_head: { ball: [0.022, 0.022, 0.022] },
    hyoid: { ball: [0.018, 0.006, 0.01] },
    occiput_basilar_part: { ball: [0.012, 0.01, 0.016] },
    pubic_symphysis: { ball: [0.01, 0.02, 0.01] },
    manubrium: { ball: [0.022, 0.024, 0.006] },
    xiphoid_process: { ball: [0.012, 0.02, 0.005] },
    toes_plantar: { ball: [0.03, 0.005, 0.016] },
    toes_dorsal: { ball: [0.03, 0.005, 0.016] },
    fingers_palmar: { ball: [0.022, 0.03, 0.004] },
    fingers_dorsal: { ball: [0.022, 0.03, 0.004] },
    plantar_tarsals: { ball: [0.022, 0.005, 0.03] },
    lumbar_vertebrae: { bar: [at('lumbar_vertebrae', [0, -0.09, 0.005]), at('lumbar_vertebrae'), at('lumbar_vertebrae', [0, 0.09, 0.0])], r: 0.018 },
    upper_thoracic_vertebrae: { bar: [at('upper_thoracic_vertebrae', [0, -0.05, -0.004]), at('upper_thoracic_vertebrae'), at('upper_thoracic_vertebrae', [0, 0.05, 0.006])], r: 0.014 },
    occipital_ridge: { bar: [[0, y('inion'), -0.1], at('occipital_ridge'), at('mastoid_process', [-0.004, 0.012, -0.004])], r: 0.005 },
    mandible: { bar: [[0, y('chin') + 0.012, 0.08], at('mandible'), [0.052, y('chin') + 0.036, 0.008], [0.056, y('tmj'), 0.012]], r: 0.006 },
    iliac_crest: { bar: [at('asis'), at('iliac_crest'), [0.045, y('psis'), -0.09]], r: 0.007 },
    clavicle_medial: { bar: [[0.016, y('jugular_notch') + 0.006, 0.066], at('clavicle_medial'), [0.09, y('jugular_notch') + 0.012, 0.052]], r: 0.007 },
    spine_of_scapula: { bar: [[0.06, y('acromion') - 0.03, -0.09], at('spine_of_scapula'), [0.175, y('acromion'), -0.022]], r: 0.006 },
    medial_border_scapula: { bar: [at('medial_border_scapula', [0.01, -0.05, 0]), at('medial_border_scapula'), at('medial_border_scapula', [0.002, 0.07, 0.006])], r: 0.005 },
    humerus_shaft: { bar: [add(s.shoulder, scale(ua, 0.05)), at('humerus_shaft'), add(s.elbow, scale(ua, -0.05))], r: 0.009 },
    linea_aspera: { bar: [at('linea_aspera', [-0.004, -0.12, 0]), at('linea_aspera'), at('linea_aspera', [0.012, 0.12, 0])], r: 0.006 },
    lateral_ribs: { bar: [at('lateral_ribs', [-0.01, -0.012, 0.05]), at('lateral_ribs'), at('lateral_ribs', [-0.012, 0.012, -0.05])], r: 0.005 },
    lower_ribs: { bar: [at('lower_ribs', [-0.02, 0.02, 0.05]), at('lower_ribs'), at('lower_ribs', [-0.01, -0.015, -0.05])], r: 0.005 },
    ribs_3_5: { bar: [at('ribs_3_5', [-0.035, 0.0, 0.0]), at('ribs_3_5'), at('ribs_3_5', [0.04, -0.01, -0.02])], r: 0.005 },
    rib_5: { bar: [at('rib_5', [-0.04, 0.005, 0.0]), at('rib_5'), at('rib_5', [0.045, -0.01, -0.02])], r: 0.005 },
    ribs_1_2: { bar: [at('ribs_1_2', [-0.03, 0.005, 0.01]), at('ribs_1_2'), at('ribs_1_2', [0.03, 0.01, -0.03])], r: 0.006 },
    lower_thoracic: { ball: [0.01, 0.01, 0.01] },
    upper_thoracic_spinous_processes: { bar: [at('upper_thoracic_spinous_processes', [0, -0.05, -0.004]), at('upper_thoracic_spinous_processes'), at('upper_thoracic_spinous_processes', [0, 0.04, 0.01])], r: 0.005 },
    lumbar_spinous_processes: { bar: [at('lumbar_spinous_processes', [0, -0.07, 0.0]), at('lumbar_spinous_processes'), at('lumbar_spinous_processes', [0, 0.07, -0.004])], r: 0.006 },
    cervical_transverse_processes: { bar: [at('cervical_transverse_processes', [0, -0.035, -0.004]), at('cervical_transverse_processes'), at('cervical_transverse_processes', [0, 0.035, 0.004])], r: 0.006 },
  };
}

const GAP = 0.0015;

function clampMesh(field: CompiledField, m: MeshData): MeshData {
  const p = m.positions.slice();
  for (let i = 0; i < p.length; i += 3) {
    const q = keepUnder(field, [p[i]!, p[i + 1]!, p[i + 2]!], GAP);
    p[i] = q[0];
    p[i + 1] = q[1];
    p[i + 2] = q[2];
  }
  return { positions: p, normals: computeNormals(p, m.indices), indices: m.indices };
}

export function buildStations(field: CompiledField, s: Skeleton, landmarks: Landmark[], positions: Record<string, Vec3>) {
  const missing = landmarks.filter((l) => !positions[l.id]).map((l) => l.id);
  if (missing.length) throw new Error(`data/body/landmark-positions.json has no position for landmark(s): ${missing.join(', ')}`);
  const shapes = stationShapes(s, positions);
  const stations: OutMesh[] = [];
  const empties: OutEmpty[] = [];
  for (const l of landmarks) {
    const p = positions[l.id]!;
    const shape: Shape = shapes[l.id] ?? { ball: [0.008, 0.008, 0.008] };
    let mesh: MeshData;
    if ('ball' in shape) {
      mesh = clampMesh(field, ellipsoidMesh(add(p, shape.offset ?? [0, 0, 0]), shape.ball));
    } else {
      const curve = smoothCurve(shape.bar, 7);
      const fr = frames(field, curve);
      const r = shape.r;
      mesh = sweep(field, fr, () => Array.from({ length: 6 }, (_, k) => [r * Math.cos((k * Math.PI) / 3), r * Math.sin((k * Math.PI) / 3)] as [number, number]), GAP);
    }
    const pos: [number, number, number] = [p[0]!, p[1]!, p[2]!];
    if (l.sided) {
      stations.push({ name: `station_${l.id}_l`, ...mesh, material: 'bone', extras: { landmark: l.id, side: 'l' } });
      stations.push({ name: `station_${l.id}_r`, ...mirrorMesh(mesh), material: 'bone', extras: { landmark: l.id, side: 'r' } });
      empties.push({ name: `landmark_${l.id}_l`, translation: pos });
      const m = mirrorX(pos);
      empties.push({ name: `landmark_${l.id}_r`, translation: [m[0], m[1], m[2]] });
    } else {
      stations.push({ name: `station_${l.id}`, ...mesh, material: 'bone', extras: { landmark: l.id } });
      empties.push({ name: `landmark_${l.id}`, translation: [0, pos[1], pos[2]] });
    }
  }
  return { stations, empties };
}
