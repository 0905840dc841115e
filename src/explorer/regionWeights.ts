// Soft region edges. The generator gives every skin triangle to one region, so a tint that follows the triangles
// ends in saw-teeth. Here the skin is welded into one surface, each vertex gets the share of its surrounding area that
// belongs to a region, and that share is smoothed over the surface: the highlight then fades along the smooth
// half-way curve of the weight, whatever the triangles do.

export interface SkinPart {
  region: string;
  positions: ArrayLike<number>;
  normals: ArrayLike<number>;
  indices: ArrayLike<number>;
}

export interface SkinTopology {
  regions: readonly string[];
  /** Welded vertices (x, y, z) and their normals. */
  positions: Float32Array;
  normals: Float32Array;
  /** Triangles as welded vertex ids, and the region (index into `regions`) of each. */
  triangles: Uint32Array;
  triangleRegion: Uint16Array;
  /** Neighbouring vertices, compressed: vertex v's neighbours are `neighbours[offsets[v]] … neighbours[offsets[v + 1] - 1]`. */
  offsets: Uint32Array;
  neighbours: Uint32Array;
  /** Area of each triangle, and of the triangles around each vertex (m²). */
  triangleArea: Float32Array;
  vertexArea: Float32Array;
}

/** Vertices closer than this (metres) are one: region meshes repeat the vertices of their shared edges. */
const WELD = 5e-5;
/** Keys are whole numbers: coordinates shifted positive, three 16-bit fields (the body fits in ±1.6 m at 50 µm). */
const SHIFT = 32768;
const weldKey = (x: number, y: number, z: number) =>
  Math.round(x / WELD) + SHIFT + (Math.round(y / WELD) + SHIFT) * 65536 + (Math.round(z / WELD) + SHIFT) * 4294967296;

export function weldSkin(parts: readonly SkinPart[]): SkinTopology {
  const ids = new Map<number, number>();
  let vertexTotal = 0;
  let indexTotal = 0;
  for (const part of parts) {
    vertexTotal += part.positions.length / 3;
    indexTotal += part.indices.length;
  }
  const positions = new Float32Array(vertexTotal * 3);
  const normals = new Float32Array(vertexTotal * 3);
  const triangles = new Uint32Array(indexTotal);
  const triangleRegion = new Uint16Array(indexTotal / 3);
  const regions = parts.map((part) => part.region);
  let count = 0;
  let written = 0;
  parts.forEach((part, regionIndex) => {
    const local = new Uint32Array(part.positions.length / 3);
    for (let v = 0; v < local.length; v++) {
      const x = part.positions[v * 3] as number;
      const y = part.positions[v * 3 + 1] as number;
      const z = part.positions[v * 3 + 2] as number;
      const key = weldKey(x, y, z);
      let id = ids.get(key);
      if (id === undefined) {
        id = count++;
        ids.set(key, id);
        positions[id * 3] = x;
        positions[id * 3 + 1] = y;
        positions[id * 3 + 2] = z;
        normals[id * 3] = part.normals[v * 3] as number;
        normals[id * 3 + 1] = part.normals[v * 3 + 1] as number;
        normals[id * 3 + 2] = part.normals[v * 3 + 2] as number;
      }
      local[v] = id;
    }
    for (let i = 0; i < part.indices.length; i += 3) {
      triangleRegion[written / 3] = regionIndex;
      for (let k = 0; k < 3; k++) triangles[written + k] = local[part.indices[i + k] as number] as number;
      written += 3;
    }
  });
  // Neighbours from the triangles' edges. An inner edge is listed from both its triangles: every neighbour counts
  // twice, which leaves an average unchanged, so no de-duplication is needed.
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < written; i++) offsets[(triangles[i] as number) + 1] = (offsets[(triangles[i] as number) + 1] as number) + 2;
  for (let v = 0; v < count; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, count);
  const neighbours = new Uint32Array(offsets[count] as number);
  for (let t = 0; t < written; t += 3) {
    for (let k = 0; k < 3; k++) {
      const v = triangles[t + k] as number;
      const at = fill[v] as number;
      neighbours[at] = triangles[t + ((k + 1) % 3)] as number;
      neighbours[at + 1] = triangles[t + ((k + 2) % 3)] as number;
      fill[v] = at + 2;
    }
  }
  const welded = positions.slice(0, count * 3);
  const triangleArea = new Float32Array(written / 3);
  const vertexArea = new Float32Array(count);
  for (let t = 0; t < written / 3; t++) {
    const area = areaOf(welded, triangles[t * 3] as number, triangles[t * 3 + 1] as number, triangles[t * 3 + 2] as number);
    triangleArea[t] = area;
    for (let k = 0; k < 3; k++) vertexArea[triangles[t * 3 + k] as number] = (vertexArea[triangles[t * 3 + k] as number] as number) + area;
  }
  return { regions, positions: welded, normals: normals.slice(0, count * 3), triangles, triangleRegion, offsets, neighbours, triangleArea, vertexArea };
}

function areaOf(p: Float32Array, a: number, b: number, c: number): number {
  const ux = (p[b * 3] as number) - (p[a * 3] as number);
  const uy = (p[b * 3 + 1] as number) - (p[a * 3 + 1] as number);
  const uz = (p[b * 3 + 2] as number) - (p[a * 3 + 2] as number);
  const vx = (p[c * 3] as number) - (p[a * 3] as number);
  const vy = (p[c * 3 + 1] as number) - (p[a * 3 + 1] as number);
  const vz = (p[c * 3 + 2] as number) - (p[a * 3 + 2] as number);
  return Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
}

/** How many smoothing passes: each spreads the edge over about one more ring of triangles. */
export const EDGE_PASSES = 14;

export interface RegionWeights {
  /** Per welded vertex: 1 inside the region, 0 outside, smooth in between. */
  weights: Float32Array;
  /** Triangles where the region shows at all (some weight), the part of the skin its highlight is drawn on. */
  band: Uint32Array;
}

/** The soft weight of one region over the skin. */
export function regionWeights(topology: SkinTopology, region: string, passes = EDGE_PASSES): RegionWeights {
  const regionIndex = topology.regions.indexOf(region);
  const count = topology.positions.length / 3;
  const { triangles, triangleRegion, triangleArea, vertexArea, offsets, neighbours } = topology;
  const inside = new Float32Array(count);
  for (let t = 0; t < triangleRegion.length; t++) {
    if (triangleRegion[t] !== regionIndex) continue;
    const area = triangleArea[t] as number;
    for (let k = 0; k < 3; k++) inside[triangles[t * 3 + k] as number] = (inside[triangles[t * 3 + k] as number] as number) + area;
  }
  let weights = new Float32Array(count);
  const active: number[] = [];
  const reached = new Uint8Array(count);
  for (let v = 0; v < count; v++) {
    weights[v] = (vertexArea[v] as number) > 0 ? (inside[v] as number) / (vertexArea[v] as number) : 0;
    if ((weights[v] as number) > 0) {
      active.push(v);
      reached[v] = 1;
    }
  }
  // Only vertices within `passes` rings of the region can change: grow the set ring by ring instead of sweeping the body.
  let frontier = [...active];
  for (let pass = 0; pass < passes; pass++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const n = neighbours[k] as number;
        if (!reached[n]) {
          reached[n] = 1;
          next.push(n);
          active.push(n);
        }
      }
    }
    frontier = next;
  }
  let smoothed = weights.slice();
  for (let pass = 0; pass < passes; pass++) {
    for (const v of active) {
      const start = offsets[v] as number;
      const end = offsets[v + 1] as number;
      if (end === start) continue;
      let sum = 0;
      for (let k = start; k < end; k++) sum += weights[neighbours[k] as number] as number;
      smoothed[v] = 0.5 * (weights[v] as number) + (0.5 * sum) / (end - start);
    }
    [weights, smoothed] = [smoothed, weights];
  }
  const band: number[] = [];
  for (let t = 0; t < triangleRegion.length; t++) {
    const a = triangles[t * 3] as number;
    const b = triangles[t * 3 + 1] as number;
    const c = triangles[t * 3 + 2] as number;
    if (Math.max(weights[a] as number, weights[b] as number, weights[c] as number) > 0.02) band.push(a, b, c);
  }
  return { weights, band: Uint32Array.from(band) };
}

/** Where the region's weight is at least one half: the points that stand for it (for "it lies at the back"). */
export function regionCore(topology: SkinTopology, weights: Float32Array): { point: [number, number, number]; normal: [number, number, number] }[] {
  const out: { point: [number, number, number]; normal: [number, number, number] }[] = [];
  const { positions: p, normals: n } = topology;
  for (let v = 0; v < weights.length; v++) {
    if ((weights[v] as number) < 0.5) continue;
    out.push({
      point: [p[v * 3] as number, p[v * 3 + 1] as number, p[v * 3 + 2] as number],
      normal: [n[v * 3] as number, n[v * 3 + 1] as number, n[v * 3 + 2] as number],
    });
  }
  return out;
}
