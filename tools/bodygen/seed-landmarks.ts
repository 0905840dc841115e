// Derives data/body/landmark-positions.json: each landmark's approximate place from §4 heights and
// the skeleton frame, then (for landmarks that lie just under the skin) moved to a given depth
// below the generated skin surface. Run once after changing proportions or skin forms:
//   tsx tools/bodygen/seed-landmarks.ts

import { writeFileSync, readFileSync } from 'node:fs';
import { loadProportions, buildSkeleton, ROOT } from './proportions.ts';
import { buildSkinField } from './skin.ts';
import { projectBelow } from './sdf.ts';
import { type Vec3, add, scale, round6 } from './vec.ts';

const skeleton = buildSkeleton(loadProportions());
const field = buildSkinField(skeleton);
const s = skeleton;
const y = s.y;
const ax = (p: Vec3, d: Vec3, t: number): Vec3 => add(p, scale(d, t));
const hand = (u: number, v: number, w: number): Vec3 =>
  add(s.wrist, add(scale(s.handDir, u), add(scale(s.handAcross, v), scale(s.handPalm, w))));

/** [approximate position, depth under the skin (m) or null to keep the point as placed, ray direction toward the body] */
const spec: Record<string, [Vec3, number | null, Vec3?]> = {
  toes_plantar: [[0.085, -0.01, 0.16], 0.004],
  calcaneus: [[0.084, 0.02, -0.09], 0.01],
  femoral_condyles: [[0.092, y('knee_joint'), -0.015], null],
  ischial_tuberosity: [[0.06, y('ischial_tuberosity'), -0.06], null],
  sacrum: [[0, y('psis') - 0.035, -0.2], 0.012],
  occipital_ridge: [[0.03, y('inion'), -0.2], 0.006],
  supraorbital_ridge: [[0.03, y('brow_ridge'), 0.2], 0.004],
  toes_dorsal: [[0.09, 0.06, 0.165], 0.003],
  tibial_tuberosity: [[0.094, y('tibial_tuberosity'), 0.2], 0.004],
  patella: [[0.094, y('mid_patella'), 0.2], 0.008],
  aiis: [[0.095, y('aiis'), 0.06], null],
  pubic_tubercle: [[0.022, y('pubic_symphysis_top') - 0.006, 0.2], 0.012],
  rib_5: [[0.07, y('nipple') - 0.01, 0.2], 0.014],
  manubrium: [[0, y('jugular_notch') - 0.02, 0.2], 0.005],
  mastoid_process: [[0.06, y('mastoid_tip') + 0.004, -0.03], 0.005],
  metatarsal_1_base: [[0.0, 0.035, 0.065], 0.006, [1, 0, 0]],
  metatarsal_5_base: [[0.2, 0.015, 0.05], 0.006, [-1, 0, 0]],
  fibular_head: [[0.2, y('fibular_head'), 0.0], 0.005, [-1, 0, 0]],
  lateral_tibial_condyle: [[0.2, y('tibial_plateau'), 0.03], 0.006, [-1, 0, 0]],
  iliac_crest: [[0.17, y('iliac_crest_top'), -0.01], 0.01, [-1, 0, 0]],
  asis: [[0.115, y('asis'), 0.2], 0.01],
  // on the side of the chest at about rib 8, above the costal margin (lower_ribs sits on ribs 10–12 below it)
  // (the arm hangs against the mid-axillary line, so the ray comes in from the front-side, in front of the arm)
  lateral_ribs: [[0.25, y('xiphoid_tip') - 0.03, 0.17], 0.012, [-0.6, 0, -0.8]],
  ribs_1_2: [[0.05, y('jugular_notch') - 0.015, 0.04], null],
  medial_border_scapula: [[0.065, y('axilla') + 0.03, -0.2], 0.012],
  upper_thoracic_spinous_processes: [[0, y('c7_spinous') - 0.04, -0.2], 0.006],
  ribs_3_5: [[0.06, y('nipple') + 0.03, 0.2], 0.022],
  // the tip lies under the front edge of the deltoid, a thumb's width medial of it
  coracoid_process: [[0.155, y('acromion') - 0.035, 0.2], 0.022],
  radial_tuberosity: [add(ax(s.elbow, s.forearmDir, 0.035), [0.006, 0, 0.005]), null],
  radial_styloid: [add(s.wrist, [0.06, 0.01, 0.0]), 0.004, [-1, 0, 0]],
  scaphoid_trapezium: [hand(0.02, 0.016, 0.006), null],
  thumb_radial: [hand(0.085, 0.11, 0.028), 0.003, scale(s.handAcross, -1)],
  fingers_palmar: [hand(0.15, 0.006, 0.05), 0.003],
  medial_epicondyle_humerus: [add(s.elbow, [-0.045, 0, -0.006]), 0.004, [1, 0, 0]],
  humerus_shaft: [ax(s.shoulder, s.upperArmDir, 0.14), null],
  clavicle_medial: [[0.03, y('jugular_notch') + 0.012, 0.2], 0.005],
  fingers_dorsal: [hand(0.15, 0.006, -0.05), 0.003],
  lateral_epicondyle_humerus: [add(s.elbow, [0.06, 0, -0.006]), 0.004, [-1, 0, 0]],
  deltoid_tuberosity: [add(ax(s.shoulder, s.upperArmDir, 0.15), [0.06, 0, 0]), 0.012, [-1, 0, 0]],
  spine_of_scapula: [[0.12, y('acromion') - 0.015, -0.2], 0.005],
  little_finger_ulnar: [hand(0.13, -0.07, 0.012), 0.003, s.handAcross],
  triquetrum_hamate: [hand(0.025, -0.02, 0.0), null],
  ulnar_styloid: [add(s.wrist, [-0.024, 0.01, -0.04]), 0.004],
  olecranon: [add(s.elbow, [0.0, -0.005, -0.1]), 0.004],
  humeral_head: [s.shoulder, null],
  // on the back of the shaft below the greater trochanter, where gluteus maximus inserts
  gluteal_tuberosity: [[0.13, y('crotch') - 0.05, -0.03], null],
  linea_aspera: [[0.1, 0.68, -0.02], null],
  pubic_symphysis: [[0, y('pubic_symphysis_top') - 0.01, 0.2], 0.012],
  pes_anserinus: [[0.0, y('tibial_tuberosity'), 0.035], 0.005, [1, 0, 0]],
  lower_ribs: [[0.165, y('rib10_lowest') + 0.02, 0.02], 0.012, [-1, 0, 0]],
  plantar_tarsals: [[0.085, -0.01, 0.03], 0.01],
  // the soleal line and the origins of tibialis posterior, a hand's width below the knee crease
  upper_tibia_fibula_posterior: [[0.095, y('tibial_tuberosity') - 0.035, -0.01], null],
  medial_femoral_epicondyle: [[0.0, y('lat_femoral_epicondyle'), 0.01], 0.006, [1, 0, 0]],
  ischial_ramus: [[0.035, y('crotch') + 0.02, -0.01], null],
  coccyx: [[0, y('crotch') + 0.04, -0.09], null],
  lumbar_vertebrae: [[0, y('navel') + 0.03, -0.02], null],
  lesser_trochanter: [[0.075, y('greater_trochanter') - 0.04, 0.0], null],
  // the middle of the process (junction to tip), not its tip: the station spans it
  xiphoid_process: [[0, (y('xiphoid_tip') + y('xiphisternal_junction')) / 2, 0.2], 0.008],
  hyoid: [[0, y('hyoid'), 0.04], null],
  mandible: [[0.045, y('chin') + 0.013, 0.2], 0.005],
  temporal_fossa: [[0.2, y('eye') + 0.02, 0.03], 0.005, [-1, 0, 0]],
  // the middle of the basilar part (clivus), rising from the foramen magnum toward the sphenoid
  occiput_basilar_part: [[0, y('mastoid_tip') + 0.012, 0.0], null],
  greater_trochanter: [[0.225, y('greater_trochanter'), 0.0], 0.012, [-1, 0, 0]],
  umbilicus: [[0, y('navel'), 0.2], 0.006],
  zygomatic_arch: [[0.2, y('tragion') - 0.004, 0.025], 0.004, [-1, 0, 0]],
  pterygoid_plate: [[0.025, y('tmj') - 0.015, 0.035], null],
  cervical_transverse_processes: [[0.03, y('hyoid') + 0.03, -0.02], null],
  upper_thoracic_vertebrae: [[0, y('c7_spinous') - 0.07, -0.045], null],
  lumbar_spinous_processes: [[0, y('navel') + 0.02, -0.2], 0.005],
};

const landmarks = (JSON.parse(readFileSync(`${ROOT}data/landmarks.json`, 'utf8')) as { landmarks: { id: string; sided: boolean }[] }).landmarks;
const sided = new Set(landmarks.filter((l) => l.sided).map((l) => l.id));
for (const l of landmarks) if (!spec[l.id]) console.warn(`no seed position for landmark ${l.id}`);
const out: Record<string, [number, number, number]> = {};
for (const id of Object.keys(spec).sort()) {
  const [p, depth, ray] = spec[id]!;
  let q = p;
  if (depth !== null) {
    // start from the outside: first move along the given point toward the skin, then settle at depth
    // a component at ±0.2 m or more (or x = 0 for a sided landmark) marks a ray: march from there toward the body
    let dir: Vec3 | null = ray ?? null;
    if (!dir && Math.abs(p[2]) >= 0.2) dir = [0, 0, -Math.sign(p[2])];
    if (dir) {
      q = p;
      for (let i = 0; i < 400 && field.distance(q[0], q[1], q[2]) > 0; i++) q = add(q, scale(dir, 0.001));
    }
    q = projectBelow(field, q, depth, 30);
  }
  const d = field.distance(q[0], q[1], q[2]);
  if (d > 0.002) console.warn(`${id}: ${(d * 1000).toFixed(1)} mm outside the skin`);
  if (!sided.has(id)) q = [0, q[1], q[2]];
  out[id] = [round6(q[0]), round6(q[1]), round6(q[2])].map((v) => Math.round(v * 10000) / 10000) as [number, number, number];
}
writeFileSync(
  `${ROOT}data/body/landmark-positions.json`,
  `${JSON.stringify(out, null, 1).replace(/\[\n\s+([^\]]+?)\n\s+\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, ' ')}]`)}\n`,
);
console.log(`wrote ${Object.keys(out).length} landmark positions`);
