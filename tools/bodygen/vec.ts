// Small 3-vector helpers for authoring (not for the hot loop, which works on flat arrays).

export type Vec3 = [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];

/** Orthonormal frame whose y axis is `up` and whose z axis is as close to `fwd` as possible. */
export function frame(up: Vec3, fwd: Vec3 = [0, 0, 1]): [Vec3, Vec3, Vec3] {
  const y = normalize(up);
  let z = sub(fwd, scale(y, dot(fwd, y)));
  if (length(z) < 1e-6) z = sub([1, 0, 0], scale(y, y[0]));
  z = normalize(z);
  const x = cross(y, z);
  return [x, y, z];
}

/** Rotate vector v about unit axis by angle (radians), Rodrigues. */
export function rotate(v: Vec3, axis: Vec3, angle: number): Vec3 {
  const k = normalize(axis);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const kv = cross(k, v);
  const kd = dot(k, v) * (1 - c);
  return [v[0] * c + kv[0] * s + k[0] * kd, v[1] * c + kv[1] * s + k[1] * kd, v[2] * c + kv[2] * s + k[2] * kd];
}

export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
