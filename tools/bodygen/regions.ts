// Region labels of the skin. Each vertex takes the segment of its nearest labelled primitive, then
// a few anatomical boundaries (heights from proportions.json) split the segment into regions;
// each triangle goes to the majority region of its three vertices (ties: first vertex).
//
// Boundaries (left side; the right mirrors):
//  head / jaw       — by primitive: the chin, the mandible (body and ramus) and the masseter are jaw, and so is the
//                     skin under the mandible and over the masseter in front of the ear (there the nearest forms
//                     are the maxilla and the cheek); the lips and the cheeks are the face, which is the head
//                     (issue 10: "jaw" tints where a jaw is).
//  neck             — neck column, SCM, throat, nape; upper trapezius medial of x = 0.11 m.
//  shoulder         — deltoid, humeral head, acromion, scapula and supraspinatus (top of the shoulder blade),
//                     and the upper trapezius lateral of x = 0.11 m; the medial part of the shoulder blade
//                     (x < 0.095 m, its medial border under the rhomboids) is the upper back.
//  arm              — upper arm and forearm to the wrist; hand from the wrist (carpus) down.
//  chest            — front of the trunk above the costal margin (xiphoid level, rising laterally).
//  abdomen          — front between the costal margin and the inguinal line (ASIS → pubic tubercle).
//  pelvis           — front below the inguinal line (groin, pubic area) and behind: sacrum and the
//                     medial buttocks (x < 0.105 m), below the PSIS level; on the flanks it reaches up to the
//                     iliac crest (1 cm above its top), which bounds the abdomen and the lower back there.
//  upper_back       — back of the trunk above L1 (transpyloric level).
//  lower_back       — back between L1 and the line from the PSIS rising to the iliac crest at the side.
//  hip              — the lateral hip: gluteus medius, lateral buttock, greater trochanter, top of the ITB.
//  thigh/knee/lower_leg/ankle — leg forms split at the knee band (tibial tuberosity − 1 cm … patella + 8 cm)
//                     and at the ankle (lateral malleolus + 6.5 cm); foot forms are foot, and so is the heel
//                     below and behind the malleoli (the back of the calcaneus up to the Achilles insertion).

import type { Segment } from './sdf.ts';
import type { Skeleton } from './proportions.ts';

export const SIDED = ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'shoulder', 'arm', 'hand'] as const;
export const MIDLINE = ['pelvis', 'lower_back', 'abdomen', 'chest', 'upper_back', 'neck', 'head', 'jaw'] as const;

/** Label table: sided ids first (l, r per base), then the midline ids. */
export const REGION_LABELS: string[] = [...SIDED.flatMap((b) => [`${b}_l`, `${b}_r`]), ...MIDLINE];
const labelIndex = new Map(REGION_LABELS.map((id, i) => [id, i]));

export function labelOf(id: string): number {
  const i = labelIndex.get(id);
  if (i === undefined) throw new Error(`unknown region ${id}`);
  return i;
}

export function mirrorLabel(label: number): number {
  const id = REGION_LABELS[label] ?? '';
  if (id.endsWith('_l')) return labelOf(`${id.slice(0, -2)}_r`);
  return label;
}

export function makeRegionRule(s: Skeleton) {
  const l1 = s.y('l1_transpyloric');
  const psis = s.y('psis');
  const xiph = s.y('xiphoid_tip');
  const kneeTop = s.y('mid_patella') + 0.08;
  const kneeBottom = s.y('tibial_tuberosity') - 0.01;
  const ankleTop = s.y('lateral_malleolus') + 0.065;
  // The heel: below the malleoli and behind them the skin lies on the calcaneus, which is the foot, though its back
  // and sides are nearest to the leg's forms (the Achilles tendon, the malleoli) and would read as ankle.
  const heelTop = s.y('lateral_malleolus');
  const heelFront = s.ankle[2] - 0.02;
  const c7 = s.y('c7_spinous');
  const jug = s.y('jugular_notch');
  const crest = s.y('iliac_crest_top');
  const pubis = s.y('pubic_symphysis_top');
  const asis = s.y('asis');
  const chin = s.y('chin');
  // the iliac crest's top, with a margin so the crest itself is inside the pelvis
  const crestLine = crest + 0.012;
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

  const torso = (x: number, y: number, z: number): string => {
    if (x > 0.125 && y < crest - 0.02 && y > s.y('crotch') - 0.06) return 'hip';
    const front = z > -0.015 + 0.1 * Math.max(0, x - 0.08);
    if (front) {
      const chestBottom = xiph + 0.01 - 0.35 * x;
      if (y >= chestBottom) return 'chest';
      // inguinal line from the pubic tubercle to the ASIS
      // and lateral of the ASIS up along the iliac crest to the side of the waist
      const inguinal =
        x <= 0.115 ? pubis + 0.01 + (asis - pubis) * clamp01(x / 0.115) : asis + (crestLine - asis) * clamp01((x - 0.115) / 0.025);
      if (y >= inguinal) return 'abdomen';
      return 'pelvis';
    }
    if (y >= l1) return 'upper_back';
    // from the PSIS the lower back's lower edge follows the iliac crest up and out to the flank
    if (y >= psis + (crestLine - psis) * clamp01((x - 0.045) / 0.095)) return 'lower_back';
    return 'pelvis';
  };

  return (seg: Segment, x: number, y: number, z: number): string => {
    switch (seg) {
      case 'head':
        // under the mandible, in front of the ear and behind the lips
        if (y < chin + 0.035 && z < 0.065 && z > -0.01) return 'jaw';
        // the side of the face over the masseter, from the angle of the mandible up to the cheekbone, in front of
        // the ear: the cheek form is nearer there, but a client opening "jaw" expects the chewing muscle tinted
        if (x > 0.045 && x < 0.072 && z > 0.0 && z < 0.04 && y < s.y('tmj') - 0.004) return 'jaw';
        return 'head';
      case 'jaw':
        return 'jaw';
      case 'neck':
        if (x > 0.11) return 'shoulder_l';
        if (y < c7 - 0.015 && z < -0.02) return 'upper_back';
        if (y < jug - 0.005 && z > 0.02) return 'chest';
        return 'neck';
      case 'shoulder':
        if (z < -0.02 && x < 0.095) return 'upper_back';
        return 'shoulder_l';
      case 'arm':
        return 'arm_l';
      case 'hand':
        return 'hand_l';
      case 'glute':
        return x > 0.105 ? 'hip_l' : 'pelvis';
      case 'torso': {
        const r = torso(x, y, z);
        return r === 'hip' ? 'hip_l' : r;
      }
      case 'leg':
        if (y > 0.8 && x > 0.13) return 'hip_l';
        if (y >= kneeTop) return 'thigh_l';
        if (y >= kneeBottom) return 'knee_l';
        if (y >= ankleTop) return 'lower_leg_l';
        if (y < heelTop && z < heelFront) return 'foot_l';
        return 'ankle_l';
      case 'foot':
        return 'foot_l';
    }
  };
}
