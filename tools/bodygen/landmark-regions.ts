// Does every landmark sit in the region the data gives it? A client who opens a region expects its stations
// inside it (issue 10). The check: the skin point nearest to the landmark node must lie on (or within a few mm of)
// a skin triangle of the landmark's region. Used by tests/model/landmark-regions.test.ts and, as a probe,
//   tsx tools/bodygen/landmark-regions.ts
// prints every landmark's nearest region and its distance to its own.

import { Triangle, Vector3 } from 'three';

export type Point = readonly [number, number, number];

/** Skin triangles in world space, one region id per triangle. */
export interface LabelledSkin {
  positions: ArrayLike<number>;
  /** Three vertex indices per triangle. */
  indices: ArrayLike<number>;
  /** Region id of each triangle. */
  regions: readonly string[];
}

export interface LandmarkPlace {
  /** Node name, e.g. landmark_mandible_l. */
  name: string;
  /** The region id it must fall in, sided where the region is (jaw, mandible_l → 'jaw'; patella_l → 'knee_l'). */
  region: string;
  position: Point;
}

export interface LandmarkVerdict extends LandmarkPlace {
  /** Depth of the landmark under the skin (distance to the nearest skin point), metres. */
  depth: number;
  /** The skin point nearest to the landmark. */
  nearest: Point;
  /** Region of the triangle nearest to the landmark. */
  nearestRegion: string;
  /** Distance from that nearest skin point to the nearest triangle of the landmark's own region, metres. */
  offRegion: number;
  /** Distance from the landmark itself to the nearest triangle of its own region, metres. */
  toRegion: number;
}

const triangle = new Triangle();
const query = new Vector3();
const closest = new Vector3();

/** Closest point on triangle abc to p (three's own routine; scratch objects, as the check runs it millions of times). */
export function closestOnTriangle(p: Point, a: Point, b: Point, c: Point): Point {
  triangle.a.set(...a);
  triangle.b.set(...b);
  triangle.c.set(...c);
  triangle.closestPointToPoint(query.set(...p), closest);
  return [closest.x, closest.y, closest.z];
}

/** The region id a landmark must fall in: its data region, with the node's side where that region is sided. */
export function expectedRegion(nodeName: string, dataRegion: string, sidedRegions: ReadonlySet<string>): string {
  if (!sidedRegions.has(dataRegion)) return dataRegion;
  const side = nodeName.endsWith('_r') ? 'r' : 'l';
  return `${dataRegion}_${side}`;
}

/**
 * Whether a landmark is framed by its region: its nearest skin point lies within `tolerance` of the region, or, for
 * a deep one (a bone in the middle of a limb has no one nearest skin point), the region's skin is hardly farther
 * from it than the nearest skin is: at most `tolerance` + `deepSlack` × depth.
 */
export function isInRegion(v: LandmarkVerdict, tolerance: number, deepSlack = 0.2): boolean {
  return v.offRegion <= tolerance || v.toRegion <= v.depth + tolerance + deepSlack * v.depth;
}

/** Judges each landmark against the labelled skin (only triangles within `reach` of it are considered). */
export function judgeLandmarks(skin: LabelledSkin, places: readonly LandmarkPlace[], reach = 0.15): LandmarkVerdict[] {
  const vertex = (i: number): Point => [skin.positions[i * 3]!, skin.positions[i * 3 + 1]!, skin.positions[i * 3 + 2]!];
  const triangleCount = skin.indices.length / 3;
  return places.map((place) => {
    const q = place.position;
    let depth = Infinity;
    let nearest: Point = q;
    let nearestRegion = '';
    const own: number[] = [];
    for (let t = 0; t < triangleCount; t++) {
      const a = vertex(skin.indices[t * 3]!);
      if (Math.abs(a[0] - q[0]) > reach || Math.abs(a[1] - q[1]) > reach || Math.abs(a[2] - q[2]) > reach) continue;
      const b = vertex(skin.indices[t * 3 + 1]!);
      const c = vertex(skin.indices[t * 3 + 2]!);
      const s = closestOnTriangle(q, a, b, c);
      const d = distance(s, q);
      if (d < depth) {
        depth = d;
        nearest = s;
        nearestRegion = skin.regions[t]!;
      }
      if (skin.regions[t] === place.region) own.push(t);
    }
    let offRegion = Infinity;
    let toRegion = Infinity;
    for (const t of own) {
      const [a, b, c] = [vertex(skin.indices[t * 3]!), vertex(skin.indices[t * 3 + 1]!), vertex(skin.indices[t * 3 + 2]!)];
      offRegion = Math.min(offRegion, distance(closestOnTriangle(nearest, a, b, c), nearest));
      toRegion = Math.min(toRegion, distance(closestOnTriangle(q, a, b, c), q));
    }
    return { ...place, depth, nearest, nearestRegion, offRegion, toRegion };
  });
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
