// The skin as primitives: one form per superficial muscle mass or bony landmark, placed from the
// skeleton frame (proportions.json). Authored for the midline and the body's LEFT side (+X);
// left-side forms are mirrored to the right so the field is exactly symmetric.

import type { PrimSpec, Segment } from './sdf.ts';
import type { Skeleton } from './proportions.ts';
import { type Vec3, add, scale, lerp, mirrorX, normalize, cross, rotate, frame } from './vec.ts';

interface Opts {
  k?: number;
  fwd?: Vec3;
  up?: Vec3;
  flat?: [number, number];
  carve?: boolean;
  noLabel?: boolean;
  late?: boolean;
}

export function buildSkinPrimitives(s: Skeleton): PrimSpec[] {
  const out: PrimSpec[] = [];
  const cone = (seg: Segment, name: string, a: Vec3, b: Vec3, r1: number, r2: number, o: Opts = {}) =>
    out.push({ name, kind: 'cone', a, b, r1, r2, seg, k: o.k ?? 0.015, fwd: o.fwd, flat: o.flat, carve: o.carve, noLabel: o.noLabel, late: o.late });
  const ell = (seg: Segment, name: string, c: Vec3, r: Vec3, o: Opts = {}) => {
    const wide = Math.max(r[0], r[2]);
    if (r[1] > 2.2 * wide && !o.carve && seg !== 'arm') {
      // Elongated masses become muscle bellies (two round cones): the approximate ellipsoid distance
      // is poor far from a long ellipsoid and creases the smooth union.
      const [ax, ay, az] = frame(o.up ?? [0, 1, 0], o.fwd ?? [0, 0, 1]);
      void ax;
      void az;
      const half = r[1] - wide * 0.5;
      const kk = Math.max(o.k ?? 0.015, seg === 'leg' ? 0.035 : 0.02);
      const a = add(c, scale(ay, -half));
      const b = add(c, scale(ay, half));
      const f: [number, number] = [r[0] / wide, r[2] / wide];
      const fwd = o.fwd ?? [0, 0, 1];
      out.push({ name: `${name}_lower`, kind: 'cone', a, b: c, r1: wide * 0.45, r2: wide, seg, k: kk, fwd, flat: f, noLabel: o.noLabel });
      out.push({ name: `${name}_upper`, kind: 'cone', a: c, b, r1: wide, r2: wide * 0.45, seg, k: kk, fwd, flat: f, noLabel: o.noLabel });
      return;
    }
    out.push({ name, kind: 'ellipsoid', c, r, seg, k: o.k ?? 0.015, up: o.up, fwd: o.fwd, carve: o.carve, noLabel: o.noLabel, late: o.late });
  };
  const y = s.y;

  // ---------------------------------------------------------------- head
  const vertex = y('vertex');
  const chin = y('chin');
  const eye = y('eye');
  const brow = y('brow_ridge');
  ell('head', 'cranium', [0, vertex - 0.088, -0.012], [0.076, 0.088, 0.097], { k: 0.02 });
  ell('head', 'occiput', [0, vertex - 0.125, -0.05], [0.062, 0.05, 0.058], { k: 0.02 });
  ell('head', 'forehead', [0, brow + 0.03, 0.04], [0.064, 0.058, 0.058], { k: 0.02 });
  cone('head', 'brow_ridge', [0.0, brow, 0.093], [0.05, brow + 0.004, 0.072], 0.011, 0.008, { k: 0.012 });
  ell('head', 'temple', [0.06, eye + 0.008, 0.03], [0.018, 0.03, 0.035], { k: 0.02 });
  ell('head', 'cheekbone', [0.047, eye - 0.017, 0.06], [0.02, 0.013, 0.024], { k: 0.022, up: [0, 1, 0], fwd: [0.3, 0, 1] });
  ell('head', 'zygomatic_arch', [0.061, eye - 0.018, 0.02], [0.01, 0.008, 0.03], { k: 0.02 });
  ell('head', 'maxilla', [0, eye - 0.045, 0.058], [0.044, 0.04, 0.038], { k: 0.026 });
  // orbit: a soft hollow under the brow, the closed lids as a dome over the eyeball, set in after the carving
  ell('head', 'eye_socket', [0.033, eye + 0.003, 0.097], [0.018, 0.012, 0.013], { k: 0.026, carve: true });
  ell('head', 'eyelids', [0.032, eye - 0.001, 0.077], [0.0138, 0.0108, 0.0112], { k: 0.009, noLabel: true, late: true });
  ell('head', 'upper_lid', [0.032, eye + 0.004, 0.078], [0.0138, 0.0078, 0.0108], { k: 0.005, noLabel: true, late: true });
  cone('head', 'nose_bridge', [0, eye + 0.004, 0.093], [0, eye - 0.034, 0.111], 0.0075, 0.0105, { k: 0.011, flat: [0.85, 1] });
  ell('head', 'nose_tip', [0, eye - 0.036, 0.108], [0.0105, 0.0105, 0.0115], { k: 0.01 });
  ell('head', 'nose_wing', [0.0125, eye - 0.04, 0.098], [0.0074, 0.0068, 0.0082], { k: 0.009 });
  ell('head', 'upper_lip', [0, chin + 0.05, 0.092], [0.02, 0.008, 0.0105], { k: 0.011 });
  ell('head', 'lower_lip', [0, chin + 0.0375, 0.089], [0.017, 0.0068, 0.0098], { k: 0.009 });
  cone('head', 'mouth_line', [0, chin + 0.0438, 0.1015], [0.0175, chin + 0.0448, 0.0925], 0.0016, 0.0011, { k: 0.004, carve: true, noLabel: true });
  ell('jaw', 'chin', [0, chin + 0.017, 0.078], [0.019, 0.015, 0.015], { k: 0.018 });
  // mandible: body from the chin to the angle, ramus up to the TMJ in front of the ear
  const gonion: Vec3 = [0.054, chin + 0.037, 0.006];
  const condyle: Vec3 = [0.058, y('tmj'), 0.012];
  cone('jaw', 'mandible_body', [0.012, chin + 0.013, 0.07], gonion, 0.014, 0.011, { k: 0.022 });
  cone('jaw', 'mandible_ramus', gonion, condyle, 0.012, 0.01, { k: 0.022 });
  ell('jaw', 'masseter', [0.049, chin + 0.056, 0.028], [0.014, 0.028, 0.022], { k: 0.026, up: normalize([0.1, 1, -0.35]) });
  ell('head', 'cheek', [0.036, chin + 0.064, 0.054], [0.024, 0.026, 0.026], { k: 0.03 });
  ell('head', 'ear', [0.077, y('tragion') + 0.003, -0.012], [0.008, 0.03, 0.018], { k: 0.006, up: normalize([0, 1, -0.25]), fwd: [0.35, 0, 1] });
  ell('head', 'concha', [0.0855, y('tragion') + 0.0, -0.008], [0.006, 0.012, 0.008], { k: 0.004, carve: true, noLabel: true, up: normalize([0, 1, -0.25]) });
  ell('head', 'mastoid', [0.062, y('mastoid_tip') + 0.012, -0.03], [0.013, 0.016, 0.014], { k: 0.012 });

  // ---------------------------------------------------------------- neck
  const c7 = y('c7_spinous');
  const jug = y('jugular_notch');
  cone('neck', 'neck_column', [0, jug - 0.01, -0.018], [0, y('mastoid_tip') + 0.01, -0.022], 0.055, 0.05, { k: 0.02, flat: [1.0, 0.92] });
  ell('neck', 'throat', [0, y('hyoid') - 0.012, 0.035], [0.028, 0.04, 0.025], { k: 0.02 });
  ell('neck', 'larynx', [0, y('hyoid') - 0.02, 0.052], [0.011, 0.016, 0.01], { k: 0.012 });
  // sternocleidomastoid: sternal and clavicular heads up to the mastoid
  const mastoid: Vec3 = [0.06, y('mastoid_tip') + 0.006, -0.025];
  cone('neck', 'scm_sternal', [0.014, jug + 0.006, 0.066], mastoid, 0.009, 0.013, { k: 0.016 });
  cone('neck', 'scm_clavicular', [0.036, jug + 0.01, 0.058], lerp([0.014, jug, 0.066], mastoid, 0.45), 0.0075, 0.0095, { k: 0.016 });
  ell('neck', 'nape', [0, c7 + 0.03, -0.06], [0.05, 0.06, 0.03], { k: 0.03 });
  ell('neck', 'splenius', [0.028, c7 + 0.07, -0.06], [0.02, 0.05, 0.02], { k: 0.02, up: normalize([0.2, 1, -0.15]) });

  // ---------------------------------------------------------------- torso
  const acr = y('acromion');
  const axilla = y('axilla');
  const nipple = y('nipple');
  const xiph = y('xiphoid_tip');
  const rib10 = y('rib10_lowest');
  const crest = y('iliac_crest_top');
  const navel = y('navel');
  const asis = y('asis');
  const troch = y('greater_trochanter');
  const crotch = y('crotch');
  const buttock = y('buttock_point');
  // Rib cage: an egg, wider at ribs 8–10, plus the upper thorax under the pectorals
  ell('torso', 'thorax_upper', [0, jug - 0.09, -0.008], [0.12, 0.1, 0.104], { k: 0.035 });
  ell('torso', 'rib_cage', [0, nipple - 0.035, 0.004], [0.13, 0.165, 0.114], { k: 0.035 });
  ell('torso', 'costal_margin', [0.06, xiph - 0.03, 0.06], [0.06, 0.05, 0.05], { k: 0.02, up: normalize([0.6, 1, 0]) });
  ell('torso', 'sternum', [0, jug - 0.09, 0.082], [0.022, 0.085, 0.02], { k: 0.02 });
  // pectoralis major: clavicular + sternocostal part, converging toward the humerus
  ell('torso', 'pectoral', [0.06, nipple + 0.042, 0.098], [0.068, 0.05, 0.032], { k: 0.025, up: normalize([-0.35, 1, 0]), fwd: [0.25, 0, 1] });
  ell('torso', 'pectoral_lateral', [0.118, axilla + 0.03, 0.062], [0.045, 0.032, 0.032], { k: 0.035, up: normalize([-0.6, 1, 0]), fwd: [0.5, 0, 1] });
  // clavicle: S-shaped strut from the sternum to the acromion
  const clavMed: Vec3 = [0.018, jug + 0.008, 0.07];
  const clavMid: Vec3 = [0.085, jug + 0.014, 0.058];
  const clavLat: Vec3 = [0.165, acr + 0.004, 0.005];
  cone('torso', 'clavicle_medial', clavMed, clavMid, 0.009, 0.007, { k: 0.012 });
  cone('torso', 'clavicle_lateral', clavMid, add(clavLat, [-0.012, -0.004, 0]), 0.007, 0.0075, { k: 0.014 });
  ell('torso', 'upper_chest', [0.065, jug - 0.045, 0.055], [0.07, 0.04, 0.04], { k: 0.035, up: normalize([-0.3, 1, 0]) });
  ell('torso', 'shoulder_girdle', [0.135, acr - 0.035, -0.005], [0.05, 0.045, 0.06], { k: 0.035 });
  // latissimus dorsi: the wing from the armpit down the flank
  ell('torso', 'latissimus', [0.1, axilla - 0.085, -0.045], [0.04, 0.105, 0.048], { k: 0.045, up: normalize([0.35, 1, 0.1]) });
  ell('torso', 'serratus', [0.11, nipple - 0.02, 0.035], [0.03, 0.07, 0.05], { k: 0.025 });
  // abdomen and flanks
  ell('torso', 'abdomen', [0, navel + 0.02, 0.012], [0.116, 0.14, 0.1], { k: 0.04 });
  cone('torso', 'rectus_abdominis', [0.035, asis - 0.02, 0.085], [0.045, xiph - 0.01, 0.105], 0.025, 0.028, { k: 0.025, flat: [1, 0.7] });
  ell('torso', 'oblique_flank', [0.096, crest + 0.02, 0.0], [0.028, 0.065, 0.058], { k: 0.06 });
  ell('torso', 'lower_belly', [0, asis - 0.025, 0.052], [0.09, 0.058, 0.055], { k: 0.045 });
  // back: erector spinae columns beside the spinal furrow, scapulae
  cone('torso', 'erector_lumbar', [0.028, y('psis') - 0.01, -0.078], [0.032, rib10 + 0.06, -0.085], 0.028, 0.024, { k: 0.03, flat: [1, 0.8] });
  cone('torso', 'erector_thoracic', [0.032, rib10 + 0.06, -0.082], [0.03, c7 - 0.04, -0.075], 0.024, 0.016, { k: 0.025, flat: [1, 0.8] });
  // spinal furrow; its ends run deeper under the skin so that the groove fades out instead of ending in a pit
  cone('torso', 'spinal_furrow', [0, y('psis') - 0.01, -0.104], [0, rib10, -0.1155], 0.006, 0.0065, { k: 0.025, carve: true, noLabel: true });
  cone('torso', 'spinal_furrow_upper', [0, rib10, -0.1155], [0, c7 - 0.07, -0.094], 0.0065, 0.003, { k: 0.025, carve: true, noLabel: true });
  // scapula plate: spine of scapula, infraspinous bulk and the inferior angle (≈T7–T8)
  const infAngle: Vec3 = [0.085, axilla - 0.005, -0.1];
  cone('shoulder', 'scapula', [0.088, acr - 0.125, -0.094], [0.104, acr - 0.03, -0.086], 0.022, 0.042, { k: 0.04, flat: [1, 0.3], fwd: normalize([0.5, 0, -1]) });
  void infAngle;
  cone('shoulder', 'scapular_spine', [0.06, acr - 0.025, -0.098], [0.175, acr + 0.002, -0.025], 0.0085, 0.011, { k: 0.015 });
  ell('shoulder', 'supraspinatus', [0.1, acr - 0.01, -0.06], [0.05, 0.02, 0.03], { k: 0.025, up: normalize([0.3, 1, 0]) });
  // trapezius: upper fibres from the nape to the acromion, and a lower triangle over the thoracic spine
  ell('neck', 'trapezius_upper', [0.08, c7 - 0.03, -0.035], [0.085, 0.02, 0.04], { k: 0.035, up: normalize([0.6, 1, 0]) });
  ell('neck', 'trapezius_neck', [0.025, c7 + 0.04, -0.045], [0.03, 0.05, 0.03], { k: 0.03, up: normalize([0.3, 1, 0]) });
  ell('torso', 'trapezius_middle', [0.042, c7 - 0.085, -0.084], [0.05, 0.1, 0.028], { k: 0.045 });

  // ---------------------------------------------------------------- shoulder and arm
  const sh = s.shoulder;
  const el = s.elbow;
  const wr = s.wrist;
  const ua = s.upperArmDir;
  const fa = s.forearmDir;
  const ax = (p: Vec3, d: Vec3, t: number): Vec3 => add(p, scale(d, t));
  // deltoid: a cap over the humeral head, anterior and posterior fibres converging to the tuberosity
  ell('shoulder', 'humeral_head', [sh[0] - 0.002, sh[1] + 0.002, sh[2]], [0.032, 0.034, 0.037], { k: 0.04 });
  // the deltoid narrows in a V from the acromion to its tuberosity, about 40 % down the arm
  const deltInsert = ax(sh, ua, 0.165);
  cone('shoulder', 'deltoid_middle', [sh[0] + 0.008, sh[1] + 0.004, sh[2]], add(deltInsert, [0.008, 0, 0]), 0.034, 0.013, { k: 0.045, flat: [1, 1.2] });
  cone('shoulder', 'deltoid_front', [sh[0] - 0.012, sh[1] + 0.008, sh[2] + 0.032], add(deltInsert, [0.005, 0, 0.012]), 0.024, 0.011, { k: 0.035 });
  cone('shoulder', 'deltoid_back', [sh[0] - 0.016, sh[1] + 0.006, sh[2] - 0.036], add(deltInsert, [0.005, 0, -0.012]), 0.024, 0.011, { k: 0.035 });
  ell('shoulder', 'acromion', [s.shoulder[0] + 0.01, acr - 0.004, -0.005], [0.018, 0.009, 0.02], { k: 0.016 });
  // upper arm: humerus core, biceps in front, triceps behind
  cone('arm', 'upper_arm', ax(sh, ua, 0.06), ax(el, ua, -0.005), 0.031, 0.029, { k: 0.03, flat: [1.02, 1.0] });
  ell('arm', 'brachialis', add(ax(el, ua, -0.065), [0, 0, 0.004]), [0.031, 0.045, 0.026], { k: 0.035, up: ua });
  ell('arm', 'biceps', add(ax(sh, ua, 0.2), [0, 0, 0.018]), [0.025, 0.08, 0.026], { k: 0.032, up: ua });
  ell('arm', 'triceps', add(ax(sh, ua, 0.13), [0.0, 0, -0.02]), [0.029, 0.1, 0.028], { k: 0.035, up: ua });
  // elbow: epicondyles and olecranon
  ell('arm', 'medial_epicondyle', add(el, [-0.027, 0.0, -0.006]), [0.01, 0.011, 0.01], { k: 0.024 });
  ell('arm', 'lateral_epicondyle', add(el, [0.025, 0.0, -0.006]), [0.009, 0.01, 0.01], { k: 0.022 });
  ell('arm', 'olecranon', add(el, [0.0, -0.004, -0.022]), [0.011, 0.013, 0.01], { k: 0.024 });
  // forearm (supinated): wide across the frontal plane near the wrist, fleshy near the elbow
  cone('arm', 'forearm', ax(el, fa, 0.04), ax(wr, fa, -0.005), 0.029, 0.02, { k: 0.032, flat: [1.15, 0.8] });
  ell('arm', 'flexor_mass', add(ax(el, fa, 0.075), [-0.012, 0, 0.013]), [0.024, 0.07, 0.023], { k: 0.028, up: fa });
  ell('arm', 'brachioradialis', add(ax(el, fa, 0.055), [0.02, 0, 0.006]), [0.019, 0.075, 0.021], { k: 0.028, up: normalize(add(fa, [0.05, 0, 0])) });
  ell('arm', 'ulna_head', add(wr, [-0.022, 0.012, -0.006]), [0.007, 0.008, 0.007], { k: 0.016 });
  ell('arm', 'radius_styloid', add(wr, [0.022, 0.008, 0.0]), [0.007, 0.009, 0.007], { k: 0.016 });

  // ---------------------------------------------------------------- hand (palm forward, thumb lateral)
  const hd = s.handDir;
  const hx = s.handAcross;
  const hz = s.handPalm;
  const H = (u: number, v: number, w: number): Vec3 => add(wr, add(scale(hd, u), add(scale(hx, v), scale(hz, w))));
  out.push({ name: 'palm', kind: 'box', c: H(0.055, -0.002, -0.002), r: [0.039, 0.045, 0.013], round: 0.011, up: hd, fwd: hz, seg: 'hand', k: 0.012 });
  ell('hand', 'wrist_carpus', H(0.012, 0, -0.002), [0.028, 0.018, 0.015], { k: 0.015, up: hd, fwd: hz });
  ell('hand', 'thenar', H(0.04, 0.022, 0.01), [0.016, 0.028, 0.012], { k: 0.012, up: normalize(add(hd, scale(hx, -0.35))), fwd: hz });
  ell('hand', 'hypothenar', H(0.05, -0.026, 0.006), [0.012, 0.032, 0.01], { k: 0.012, up: hd, fwd: hz });
  // fingers: index (lateral) to little (medial), each as three phalanges with a gentle curl toward the palm
  const fingers: { name: string; v: number; len: number; r: number; spread: number; mcp: number }[] = [
    { name: 'index', v: 0.026, len: 0.075, r: 0.0085, spread: 0.04, mcp: 0.098 },
    { name: 'middle', v: 0.0075, len: 0.083, r: 0.0088, spread: 0.0, mcp: 0.102 },
    { name: 'ring', v: -0.0115, len: 0.078, r: 0.0082, spread: -0.04, mcp: 0.098 },
    { name: 'little', v: -0.029, len: 0.062, r: 0.0072, spread: -0.09, mcp: 0.09 },
  ];
  const curlAxis = hx; // flexion rotates the finger direction toward the palm (+hz)
  for (const f of fingers) {
    let p = H(f.mcp - 0.01, f.v, -0.002);
    let dir = normalize(add(hd, scale(hx, f.spread)));
    const segs = [0.45, 0.3, 0.25];
    let r = f.r;
    segs.forEach((frac, i) => {
      dir = normalize(rotate(dir, curlAxis, -0.16));
      const q = add(p, scale(dir, f.len * frac + (i === 0 ? 0.01 : 0)));
      const r2 = i === 2 ? r * 0.82 : r * 0.9;
      cone('hand', `finger_${f.name}_${i + 1}`, p, q, r, r2, { k: 0.004, flat: [1.06, 0.92], fwd: hz });
      p = q;
      r = r2;
    });
  }
  // thumb: metacarpal from the carpus, then two phalanges, pointing distal-lateral and a little palmar
  {
    let p = H(0.02, 0.024, 0.004);
    let dir = normalize(add(add(scale(hd, 0.86), scale(hx, 0.4)), scale(hz, 0.3)));
    const parts: [number, number, number][] = [
      [0.045, 0.0125, 0.0105],
      [0.032, 0.0105, 0.0098],
      [0.028, 0.0098, 0.0082],
    ];
    parts.forEach(([len, r1, r2], i) => {
      if (i > 0) dir = normalize(rotate(dir, normalize(cross(dir, hz)), 0.12));
      if (i > 0) dir = normalize(add(dir, scale(hd, 0.12)));
      const q = add(p, scale(dir, len));
      cone('hand', `thumb_${i + 1}`, p, q, r1, r2, { k: i === 0 ? 0.012 : 0.004 });
      p = q;
    });
  }

  // ---------------------------------------------------------------- pelvis and hips
  ell('torso', 'pelvis', [0, asis - 0.06, -0.01], [0.14, 0.095, 0.1], { k: 0.03 });
  ell('torso', 'pubic_mound', [0, crotch + 0.045, 0.068], [0.05, 0.035, 0.03], { k: 0.03 });
  ell('glute', 'gluteus_maximus', [0.066, buttock - 0.002, -0.072], [0.064, 0.076, 0.05], { k: 0.05, up: normalize([-0.25, 1, 0.1]) });
  ell('glute', 'gluteus_medius', [0.113, crest - 0.07, -0.035], [0.04, 0.062, 0.055], { k: 0.055 });
  ell('torso', 'sacrum', [0, y('psis') - 0.045, -0.098], [0.04, 0.06, 0.024], { k: 0.04 });
  cone('glute', 'natal_cleft', [0, crotch + 0.01, -0.155], [0, y('psis') - 0.065, -0.128], 0.006, 0.001, { k: 0.02, carve: true, noLabel: true });
  ell('glute', 'greater_trochanter', [0.15, troch, 0.0], [0.035, 0.06, 0.055], { k: 0.03 });

  // ---------------------------------------------------------------- leg
  const hip = s.hip;
  const knee = s.knee;
  const ankle = s.ankle;
  const thighTop: Vec3 = [hip[0] + 0.018, crotch - 0.01, hip[2] - 0.005];
  cone('leg', 'thigh', add(knee, [0, 0.05, 0]), thighTop, 0.054, 0.082, { k: 0.035 });
  ell('leg', 'vastus_lateralis', [knee[0] + 0.048, knee[1] + 0.19, knee[2] + 0.01], [0.04, 0.16, 0.05], { k: 0.03, up: normalize([0.1, 1, 0]) });
  ell('leg', 'vastus_medialis', [knee[0] - 0.03, knee[1] + 0.08, knee[2] + 0.028], [0.03, 0.058, 0.036], { k: 0.035, up: normalize([-0.35, 1, 0.1]) });
  ell('leg', 'rectus_femoris', [knee[0] + 0.006, knee[1] + 0.23, knee[2] + 0.055], [0.036, 0.16, 0.03], { k: 0.03, up: normalize([0.06, 1, 0.08]) });
  ell('leg', 'adductors', [knee[0] - 0.038, knee[1] + 0.27, knee[2] - 0.005], [0.04, 0.11, 0.055], { k: 0.03, up: normalize([-0.3, 1, 0]) });
  ell('leg', 'hamstrings', [knee[0] + 0.004, knee[1] + 0.21, knee[2] - 0.048], [0.045, 0.15, 0.042], { k: 0.03 });
  cone('leg', 'it_band', [knee[0] + 0.05, knee[1] + 0.03, knee[2] + 0.005], [0.145, troch - 0.05, 0.005], 0.01, 0.02, { k: 0.03 });
  // knee: patella, femoral condyles, tibial plateau, hamstring tendons framing the hollow behind
  const patella: Vec3 = [knee[0] + 0.002, y('mid_patella'), knee[2] + 0.052];
  ell('leg', 'patella', patella, [0.022, 0.026, 0.013], { k: 0.016 });
  ell('leg', 'femoral_condyles', [knee[0], knee[1] + 0.025, knee[2] - 0.004], [0.05, 0.045, 0.047], { k: 0.045 });
  ell('leg', 'tibial_plateau', [knee[0], y('tibial_plateau') - 0.008, knee[2]], [0.045, 0.03, 0.042], { k: 0.045 });
  ell('leg', 'patellar_tendon', [knee[0] + 0.002, y('tibial_tuberosity') + 0.022, knee[2] + 0.04], [0.012, 0.025, 0.01], { k: 0.015 });
  ell('leg', 'fibular_head', [knee[0] + 0.045, y('fibular_head'), knee[2] - 0.012], [0.011, 0.012, 0.011], { k: 0.02 });
  cone('leg', 'semitendinosus', [knee[0] - 0.03, knee[1] - 0.02, knee[2] - 0.035], [knee[0] - 0.02, knee[1] + 0.12, knee[2] - 0.05], 0.011, 0.016, { k: 0.022 });
  cone('leg', 'biceps_femoris_tendon', [knee[0] + 0.043, knee[1] - 0.035, knee[2] - 0.02], [knee[0] + 0.03, knee[1] + 0.12, knee[2] - 0.045], 0.01, 0.016, { k: 0.022 });
  // lower leg: tibia (shin), calf heads, soleus, fibular muscles, Achilles tendon. The calf bellies are
  // tapered round cones (full near the knee, thinning into the tendon) rather than ellipsoids, so the calf
  // reads as one muscle tapering down instead of a bulb on a stick.
  const lm = y('lateral_malleolus');
  cone('leg', 'shin', add(ankle, [-0.003, 0.03, 0.01]), [knee[0] - 0.002, y('tibial_tuberosity'), knee[2] + 0.02], 0.022, 0.037, { k: 0.03, flat: [1, 1.05] });
  cone('leg', 'tibialis_anterior', [knee[0] + 0.01, lm + 0.13, knee[2] + 0.012], [knee[0] + 0.022, y('tibial_tuberosity') - 0.02, knee[2] + 0.022], 0.011, 0.02, { k: 0.035, flat: [0.9, 1] });
  cone('leg', 'gastrocnemius_medial', [knee[0] - 0.017, knee[1] - 0.235, knee[2] - 0.045], [knee[0] - 0.021, knee[1] - 0.1, knee[2] - 0.05], 0.011, 0.035, { k: 0.05, flat: [0.95, 1.0], fwd: [0, 0, 1] });
  cone('leg', 'gastrocnemius_lateral', [knee[0] + 0.013, knee[1] - 0.2, knee[2] - 0.042], [knee[0] + 0.022, knee[1] - 0.09, knee[2] - 0.045], 0.01, 0.03, { k: 0.05, flat: [0.95, 1.0], fwd: [0, 0, 1] });
  cone('leg', 'gastrocnemius_heads', [knee[0], knee[1] - 0.14, knee[2] - 0.04], [knee[0], knee[1] + 0.01, knee[2] - 0.03], 0.022, 0.027, { k: 0.05, flat: [1.35, 0.85] });
  cone('leg', 'soleus', [knee[0] - 0.002, lm + 0.1, knee[2] - 0.034], [knee[0] - 0.002, knee[1] - 0.15, knee[2] - 0.028], 0.019, 0.036, { k: 0.05, flat: [1.15, 0.85] });
  cone('leg', 'fibularis', [knee[0] + 0.028, lm + 0.14, knee[2] - 0.01], [knee[0] + 0.034, knee[1] - 0.06, knee[2] - 0.004], 0.011, 0.017, { k: 0.04 });
  const heel: Vec3 = [ankle[0] - 0.003, 0.034, ankle[2] - 0.036];
  cone('leg', 'achilles', add(heel, [0, 0.022, -0.01]), [knee[0] - 0.003, lm + 0.15, knee[2] - 0.048], 0.0105, 0.0135, { k: 0.028, flat: [1.45, 0.9] });
  ell('leg', 'lateral_malleolus', [ankle[0] + 0.03, lm, ankle[2] - 0.01], [0.0105, 0.018, 0.013], { k: 0.014 });
  ell('leg', 'medial_malleolus', [ankle[0] - 0.027, lm + 0.012, ankle[2] + 0.002], [0.0115, 0.018, 0.014], { k: 0.014 });
  ell('leg', 'ankle_core', [ankle[0], ankle[1] + 0.01, ankle[2] + 0.0], [0.026, 0.032, 0.028], { k: 0.024 });

  // ---------------------------------------------------------------- foot (toes forward)
  ell('foot', 'heel', heel, [0.0235, 0.031, 0.032], { k: 0.032, up: normalize([0, 1, -0.3]) });
  ell('foot', 'hindfoot', [ankle[0], 0.042, ankle[2] + 0.01], [0.032, 0.035, 0.045], { k: 0.025 });
  ell('foot', 'midfoot', [ankle[0] + 0.008, 0.033, ankle[2] + 0.08], [0.04, 0.028, 0.07], { k: 0.025, up: normalize([0.25, 1, 0.2]) });
  ell('foot', 'lateral_border', [ankle[0] + 0.03, 0.015, ankle[2] + 0.06], [0.014, 0.014, 0.07], { k: 0.02 });
  ell('foot', 'ball', [ankle[0] + 0.006, 0.02, ankle[2] + 0.145], [0.045, 0.02, 0.026], { k: 0.02, up: [0, 1, 0], fwd: normalize([0.35, 0, 1]) });
  ell('foot', 'arch_hollow', [ankle[0] - 0.038, -0.004, ankle[2] + 0.07], [0.025, 0.016, 0.05], { k: 0.02, carve: true, noLabel: true });
  const toes: { v: number; z: number; len: number; r: number }[] = [
    { v: -0.024, z: 0.172, len: 0.04, r: 0.0115 },
    { v: 0.0, z: 0.17, len: 0.034, r: 0.0078 },
    { v: 0.017, z: 0.163, len: 0.03, r: 0.0074 },
    { v: 0.031, z: 0.154, len: 0.026, r: 0.007 },
    { v: 0.043, z: 0.142, len: 0.022, r: 0.0066 },
  ];
  toes.forEach((t, i) => {
    const base: Vec3 = [ankle[0] + 0.008 + t.v, t.r + 0.008, ankle[2] + t.z - 0.02];
    const dir = normalize([i === 0 ? -0.03 : 0.05 * i, -0.12, 1]);
    const tip = add(base, scale(dir, t.len));
    cone('foot', `toe_${i + 1}`, base, tip, t.r, t.r * 0.9, { k: 0.006, flat: [1.1, 0.9], fwd: [0, 1, 0] });
  });

  // mirror left-side forms to the right
  const mirrored: PrimSpec[] = [];
  for (const p of out) {
    const onMidline = p.kind === 'cone' ? Math.abs(p.a![0]) < 1e-9 && Math.abs(p.b![0]) < 1e-9 : Math.abs(p.c![0]) < 1e-9;
    if (onMidline) continue;
    const m: PrimSpec = { ...p, name: `${p.name}#r` };
    if (p.a) m.a = mirrorX(p.a);
    if (p.b) m.b = mirrorX(p.b);
    if (p.c) m.c = mirrorX(p.c);
    if (p.up) m.up = mirrorX(p.up);
    if (p.fwd) m.fwd = mirrorX(p.fwd);
    mirrored.push(m);
  }
  return [...out, ...mirrored];
}
