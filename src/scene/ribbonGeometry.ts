// A round ribbon (thin tube) along a line's points, solid or dashed per stretch, with an `along` attribute
// (0 at the foot, 1 at the head) that the pulse shader follows, and `deep` (1 where it runs inside the body).
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { StyledPoint } from '../explorer/linePath';

export interface RibbonOptions {
  radius: number;
  radialSegments: number;
  /** Dash and gap length in metres for unconfirmed stretches. */
  dash: number;
  gap: number;
}

export const DEFAULT_RIBBON: RibbonOptions = { radius: 0.0062, radialSegments: 8, dash: 0.026, gap: 0.014 };

const tangent = new Vector3();
const normal = new Vector3();
const binormal = new Vector3();
const scratch = new Vector3();

export function buildRibbonGeometry(points: readonly StyledPoint[], options: RibbonOptions = DEFAULT_RIBBON): BufferGeometry {
  const geometry = new BufferGeometry();
  const count = points.length;
  if (count < 2) return geometry;
  const segments = options.radialSegments;
  const positions = new Float32Array(count * segments * 3);
  const normals = new Float32Array(count * segments * 3);
  const along = new Float32Array(count * segments);
  const deep = new Float32Array(count * segments);

  const arc: number[] = [0];
  for (let i = 1; i < count; i++) {
    const [ax, ay, az] = (points[i - 1] as StyledPoint).point;
    const [bx, by, bz] = (points[i] as StyledPoint).point;
    arc.push((arc[i - 1] ?? 0) + Math.hypot(bx - ax, by - ay, bz - az));
  }
  const total = arc[count - 1] || 1;

  // Parallel transport keeps the tube from twisting where the path turns.
  normal.set(0, 0, 0);
  for (let i = 0; i < count; i++) {
    const previous = (points[Math.max(0, i - 1)] as StyledPoint).point;
    const next = (points[Math.min(count - 1, i + 1)] as StyledPoint).point;
    tangent.set(next[0] - previous[0], next[1] - previous[1], next[2] - previous[2]).normalize();
    if (i === 0) {
      scratch.set(Math.abs(tangent.x) < 0.9 ? 1 : 0, Math.abs(tangent.x) < 0.9 ? 0 : 1, 0);
      normal.crossVectors(tangent, scratch).normalize();
    } else {
      normal.sub(scratch.copy(tangent).multiplyScalar(normal.dot(tangent))).normalize();
    }
    binormal.crossVectors(tangent, normal).normalize();
    const [px, py, pz] = (points[i] as StyledPoint).point;
    for (let j = 0; j < segments; j++) {
      const angle = (j / segments) * Math.PI * 2;
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      const nx = c * normal.x + s * binormal.x;
      const ny = c * normal.y + s * binormal.y;
      const nz = c * normal.z + s * binormal.z;
      const k = (i * segments + j) * 3;
      positions[k] = px + nx * options.radius;
      positions[k + 1] = py + ny * options.radius;
      positions[k + 2] = pz + nz * options.radius;
      normals[k] = nx;
      normals[k + 1] = ny;
      normals[k + 2] = nz;
      along[i * segments + j] = (arc[i] ?? 0) / total;
      deep[i * segments + j] = (points[i] as StyledPoint).deep ? 1 : 0;
    }
  }

  const indices: number[] = [];
  const period = options.dash + options.gap;
  for (let i = 0; i < count - 1; i++) {
    const style = (points[i + 1] as StyledPoint).style;
    const middle = ((arc[i] ?? 0) + (arc[i + 1] ?? 0)) / 2;
    if (style === 'unconfirmed' && middle % period > options.dash) continue;
    for (let j = 0; j < segments; j++) {
      const a = i * segments + j;
      const b = i * segments + ((j + 1) % segments);
      const c = a + segments;
      const d = b + segments;
      indices.push(a, c, b, b, c, d);
    }
  }

  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setAttribute('along', new BufferAttribute(along, 1));
  geometry.setAttribute('deep', new BufferAttribute(deep, 1));
  geometry.setIndex(indices);
  geometry.computeBoundingSphere();
  return geometry;
}
