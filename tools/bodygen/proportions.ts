// Reads data/body/proportions.json and derives the skeleton frame (joint centres, pose) of the body.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Vec3, add, scale, normalize } from './vec.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Proportions {
  stature_m: number;
  heights: Record<string, number>;
  half_widths: { biacromial: number; hip_joint_centre_lateral: number } & Record<string, number>;
  lengths: { upper_arm: number; forearm: number; hand: number; foot: number } & Record<string, number>;
  pose: { upper_arm_abduction_deg: number; carrying_angle_deg: number; hand_extra_deg: number };
}

export function loadProportions(): Proportions {
  return JSON.parse(readFileSync(`${ROOT}data/body/proportions.json`, 'utf8')) as Proportions;
}

export interface Skeleton {
  H: number;
  /** height (m) of a named level in proportions.json */
  y: (name: string) => number;
  shoulder: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  /** unit vectors of the arm segments (proximal → distal) */
  upperArmDir: Vec3;
  forearmDir: Vec3;
  handDir: Vec3;
  /** hand frame: across = toward the thumb (lateral in anatomical position), palm = palmar normal */
  handAcross: Vec3;
  handPalm: Vec3;
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
  lengths: { upperArm: number; forearm: number; hand: number; foot: number };
}

const deg = Math.PI / 180;

export function buildSkeleton(p: Proportions): Skeleton {
  const H = p.stature_m;
  const y = (name: string): number => {
    const v = p.heights[name];
    if (v === undefined) throw new Error(`proportions.json: no height "${name}"`);
    return v * H;
  };
  const upperArm = p.lengths.upper_arm * H;
  const forearm = p.lengths.forearm * H;
  const hand = p.lengths.hand * H;
  // Humeral head centre sits about 2 cm below and medial of the acromion tip.
  const shoulder: Vec3 = [p.half_widths.biacromial * H - 0.02, y('acromion') - 0.02, 0.0];
  const a1 = p.pose.upper_arm_abduction_deg * deg;
  const a2 = a1 + p.pose.carrying_angle_deg * deg;
  const a3 = a2 + p.pose.hand_extra_deg * deg;
  const upperArmDir: Vec3 = normalize([Math.sin(a1), -Math.cos(a1), 0]);
  const forearmDir: Vec3 = normalize([Math.sin(a2), -Math.cos(a2), 0.0]);
  const handDir: Vec3 = normalize([Math.sin(a3), -Math.cos(a3), 0.0]);
  const elbow = add(shoulder, scale(upperArmDir, upperArm));
  const wrist = add(elbow, scale(forearmDir, forearm));
  const handAcross: Vec3 = normalize([Math.cos(a3), Math.sin(a3), 0]);
  const handPalm: Vec3 = [0, 0, 1];
  const hip: Vec3 = [p.half_widths.hip_joint_centre_lateral * H, y('hip_joint_centre'), 0.02];
  const knee: Vec3 = [0.092, y('knee_joint'), 0.015];
  const ankle: Vec3 = [0.088, y('lateral_malleolus') + 0.008, 0.0];
  return {
    H,
    y,
    shoulder,
    elbow,
    wrist,
    upperArmDir,
    forearmDir,
    handDir,
    handAcross,
    handPalm,
    hip,
    knee,
    ankle,
    lengths: { upperArm, forearm, hand, foot: p.lengths.foot * H },
  };
}
