// A line as a flat strip that the vertex shader widens in screen space (ribbonMaterial.ts): every point is there twice,
// once per edge (`side` −1 / +1), with its neighbours (`previous`, `next`) so the shader can turn the strip to face the
// eye and keep it a fixed number of pixels wide at any zoom. Several strands (a line's branches) share one geometry,
// so a line and side is one draw call. `along` runs 0 (foot) → 1 (head) per strand for the pulse, `arc` is the
// distance from the strand's start in metres (the shader dashes by it, in screen pixels), `dashed` is 1 on
// unconfirmed stretches, `deep` is 1 where the line runs inside the body, `skinNormal` the outward normal of its nearest skin (zero where unknown); `colour` is the line's, so one material
// serves every line.
import { BufferAttribute, BufferGeometry } from 'three';
import type { Point3, StyledPoint } from '../explorer/linePath';

/** A line's point, with the outward normal of its nearest skin where known (which way that point of the line faces). */
export type RibbonPoint = StyledPoint & { normal?: Point3 };

export type Rgb = readonly [number, number, number];

export function buildRibbonGeometry(
  strands: readonly (readonly RibbonPoint[])[],
  colour: Rgb = [1, 1, 1],
): BufferGeometry {
  const drawn = strands.filter((points) => points.length >= 2);
  const pointCount = drawn.reduce((sum, points) => sum + points.length, 0);
  const vertexCount = pointCount * 2;
  const position = new Float32Array(vertexCount * 3);
  const previous = new Float32Array(vertexCount * 3);
  const next = new Float32Array(vertexCount * 3);
  const side = new Float32Array(vertexCount);
  const along = new Float32Array(vertexCount);
  const arcs = new Float32Array(vertexCount);
  const dashed = new Float32Array(vertexCount);
  const deep = new Float32Array(vertexCount);
  const skinNormal = new Float32Array(vertexCount * 3);
  const colours = new Float32Array(vertexCount * 3);
  const indices: number[] = [];

  let base = 0;
  for (const points of drawn) {
    const count = points.length;
    const arc: number[] = [0];
    for (let i = 1; i < count; i++) {
      const [ax, ay, az] = (points[i - 1] as StyledPoint).point;
      const [bx, by, bz] = (points[i] as StyledPoint).point;
      arc.push((arc[i - 1] ?? 0) + Math.hypot(bx - ax, by - ay, bz - az));
    }
    const total = arc[count - 1] || 1;
    for (let i = 0; i < count; i++) {
      const entry = points[i] as RibbonPoint;
      const before = (points[Math.max(0, i - 1)] as StyledPoint).point;
      const after = (points[Math.min(count - 1, i + 1)] as StyledPoint).point;
      for (let edge = 0; edge < 2; edge++) {
        const v = base + i * 2 + edge;
        position.set(entry.point, v * 3);
        previous.set(before, v * 3);
        next.set(after, v * 3);
        colours.set(colour, v * 3);
        side[v] = edge === 0 ? -1 : 1;
        along[v] = (arc[i] ?? 0) / total;
        arcs[v] = arc[i] ?? 0;
        // A point carries the style of the stretch that leads to it; the first point that of the one it starts.
        dashed[v] = (i === 0 ? (points[1] as StyledPoint) : entry).style === 'unconfirmed' ? 1 : 0;
        deep[v] = entry.deep ? 1 : 0;
        if (entry.normal) skinNormal.set(entry.normal, v * 3);
      }
    }
    for (let i = 0; i < count - 1; i++) {
      const a = base + i * 2;
      indices.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
    }
    base += count * 2;
  }

  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('previous', new BufferAttribute(previous, 3));
  geometry.setAttribute('next', new BufferAttribute(next, 3));
  geometry.setAttribute('side', new BufferAttribute(side, 1));
  geometry.setAttribute('along', new BufferAttribute(along, 1));
  geometry.setAttribute('arc', new BufferAttribute(arcs, 1));
  geometry.setAttribute('dashed', new BufferAttribute(dashed, 1));
  geometry.setAttribute('deep', new BufferAttribute(deep, 1));
  geometry.setAttribute('skinNormal', new BufferAttribute(skinNormal, 3));
  geometry.setAttribute('colour', new BufferAttribute(colours, 3));
  geometry.setIndex(indices);
  geometry.computeBoundingSphere();
  return geometry;
}
