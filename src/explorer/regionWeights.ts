// Soft region edges. The generator gives every skin triangle to one region, so a tint that follows the triangles
// ends in saw-teeth. Here the skin is welded into one surface; the weight of a region at a point is the share of the
// skin around it that belongs to the region, averaged with a Gaussian (EDGE_SIGMA), and the triangles the half-way
// curve crosses are cut finer: the highlight then fades along a smooth curve, whatever the triangles do.

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

/** Width of the soft edge: the region's share is averaged over the skin with a Gaussian of this spread (metres). */
export const EDGE_SIGMA = 0.011;
const KERNEL_REACH = EDGE_SIGMA * 2.5;
/** Triangles across the edge are cut finer than this, so the half-way curve is drawn smooth even over long slivers. */
export const EDGE_PIECE = 0.005;
const MOST_PIECES = 5;

/** Vertices by grid cell (cells as wide as the kernel reaches), so the vertices near a point are found at once. */
export class VertexGrid {
  private readonly cells = new Map<number, number[]>();
  constructor(private readonly positions: Float32Array, private readonly cell = KERNEL_REACH) {
    for (let v = 0; v < positions.length / 3; v++) {
      const key = this.keyOf(positions[v * 3] as number, positions[v * 3 + 1] as number, positions[v * 3 + 2] as number, 0, 0, 0);
      const list = this.cells.get(key);
      if (list) list.push(v);
      else this.cells.set(key, [v]);
    }
  }

  private keyOf(x: number, y: number, z: number, dx: number, dy: number, dz: number): number {
    return Math.floor(x / this.cell) + dx + 1024 + (Math.floor(y / this.cell) + dy + 1024) * 2048 + (Math.floor(z / this.cell) + dz + 1024) * 4194304;
  }

  /** Calls `visit` with each vertex within `reach` of a point and its squared distance. */
  near(x: number, y: number, z: number, reach: number, visit: (vertex: number, distanceSquared: number) => void): void {
    const p = this.positions;
    const limit = reach * reach;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let dz = -1; dz <= 1; dz++) {
          const list = this.cells.get(this.keyOf(x, y, z, dx, dy, dz));
          if (!list) continue;
          for (const v of list) {
            const ex = (p[v * 3] as number) - x;
            const ey = (p[v * 3 + 1] as number) - y;
            const ez = (p[v * 3 + 2] as number) - z;
            const d = ex * ex + ey * ey + ez * ez;
            if (d <= limit) visit(v, d);
          }
        }
      }
    }
  }
}

const grids = new WeakMap<SkinTopology, VertexGrid>();
function gridOf(topology: SkinTopology): VertexGrid {
  let grid = grids.get(topology);
  if (!grid) {
    grid = new VertexGrid(topology.positions);
    grids.set(topology, grid);
  }
  return grid;
}

export interface RegionHighlight {
  /** The part of the skin the highlight is drawn on, cut finer across the edge. */
  positions: Float32Array;
  normals: Float32Array;
  /** 1 inside the region, 0 outside, smooth in between: the highlight fades along weight = ½. */
  weights: Float32Array;
  indices: Uint32Array;
}

/** The share of the skin around a point that belongs to the region, Gaussian-weighted by distance: smooth everywhere. */
function softShare(grid: VertexGrid, inside: Float32Array, area: Float32Array, x: number, y: number, z: number): number {
  let within = 0;
  let total = 0;
  const spread = 2 * EDGE_SIGMA * EDGE_SIGMA;
  grid.near(x, y, z, KERNEL_REACH, (v, d) => {
    const k = Math.exp(-d / spread);
    within += k * (inside[v] as number);
    total += k * (area[v] as number);
  });
  return total > 0 ? within / total : 0;
}

/** The soft highlight of one region: its triangles and those near it, with a smooth weight per vertex. */
export function regionHighlight(topology: SkinTopology, region: string): RegionHighlight {
  const regionIndex = topology.regions.indexOf(region);
  const count = topology.positions.length / 3;
  const { triangles, triangleRegion, triangleArea, vertexArea, positions: p, normals: n } = topology;
  const inside = new Float32Array(count);
  for (let t = 0; t < triangleRegion.length; t++) {
    if (triangleRegion[t] !== regionIndex) continue;
    for (let k = 0; k < 3; k++) inside[triangles[t * 3 + k] as number] = (inside[triangles[t * 3 + k] as number] as number) + (triangleArea[t] as number);
  }
  // Far from the region's edge the weight is plainly 1 or 0; only the skin within the kernel's reach of the edge
  // needs the average. Found by walking out from the edge's vertices, each walk stopping at the kernel's reach.
  const grid = gridOf(topology);
  const { offsets, neighbours } = topology;
  const corner = new Float32Array(count);
  const source = new Int32Array(count).fill(-1);
  const queue: number[] = [];
  for (let v = 0; v < count; v++) {
    const share = (vertexArea[v] as number) > 0 ? (inside[v] as number) / (vertexArea[v] as number) : 0;
    corner[v] = share > 0.5 ? 1 : 0;
    if (share > 0 && share < 1) {
      source[v] = v;
      queue.push(v);
    }
  }
  const reach = KERNEL_REACH * KERNEL_REACH;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    const from = source[v] as number;
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const u = neighbours[k] as number;
      if ((source[u] as number) >= 0 || distanceSquared(p, u, from) > reach) continue;
      source[u] = from;
      queue.push(u);
    }
  }
  const near = new Uint8Array(count);
  for (const v of queue) {
    near[v] = 1;
    corner[v] = softShare(grid, inside, vertexArea, p[v * 3] as number, p[v * 3 + 1] as number, p[v * 3 + 2] as number);
  }

  const positions: number[] = [];
  const normals: number[] = [];
  const weights: number[] = [];
  const indices: number[] = [];
  const pushVertex = (x: number, y: number, z: number, nx: number, ny: number, nz: number, weight: number) => {
    positions.push(x, y, z);
    const length = Math.hypot(nx, ny, nz) || 1;
    normals.push(nx / length, ny / length, nz / length);
    weights.push(weight);
    return weights.length - 1;
  };
  for (let t = 0; t < triangleRegion.length; t++) {
    const a = triangles[t * 3] as number;
    const b = triangles[t * 3 + 1] as number;
    const c = triangles[t * 3 + 2] as number;
    const inRegion = triangleRegion[t] === regionIndex;
    if (!inRegion && !near[a] && !near[b] && !near[c]) continue;
    const low = Math.min(corner[a] as number, corner[b] as number, corner[c] as number);
    const high = Math.max(corner[a] as number, corner[b] as number, corner[c] as number);
    if (high < 0.01) continue;
    const edge = Math.sqrt(Math.max(distanceSquared(p, a, b), distanceSquared(p, b, c), distanceSquared(p, c, a)));
    // Only where the half-way curve may pass are pieces needed, small enough for it to be drawn smooth.
    const crossing = low < 0.75 && high > 0.25 && (near[a] || near[b] || near[c]);
    const pieces = !crossing ? 1 : Math.min(MOST_PIECES, Math.max(1, Math.ceil(edge / EDGE_PIECE)));
    const ids: number[][] = [];
    for (let i = 0; i <= pieces; i++) {
      const row: number[] = [];
      for (let j = 0; j <= pieces - i; j++) {
        const wb = i / pieces;
        const wc = j / pieces;
        const wa = 1 - wb - wc;
        const at = (axis: number, source: Float32Array) =>
          wa * (source[a * 3 + axis] as number) + wb * (source[b * 3 + axis] as number) + wc * (source[c * 3 + axis] as number);
        const x = at(0, p);
        const y = at(1, p);
        const z = at(2, p);
        const isCorner = (i === 0 && j === 0) || (i === pieces && j === 0) || (i === 0 && j === pieces);
        const weight = pieces === 1 || isCorner ? wa * (corner[a] as number) + wb * (corner[b] as number) + wc * (corner[c] as number) : softShare(grid, inside, vertexArea, x, y, z);
        row.push(pushVertex(x, y, z, at(0, n), at(1, n), at(2, n), weight));
      }
      ids.push(row);
    }
    for (let i = 0; i < pieces; i++) {
      const row = ids[i] as number[];
      const nextRow = ids[i + 1] as number[];
      for (let j = 0; j < pieces - i; j++) {
        indices.push(row[j] as number, nextRow[j] as number, row[j + 1] as number);
        if (j < pieces - i - 1) indices.push(nextRow[j] as number, nextRow[j + 1] as number, row[j + 1] as number);
      }
    }
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), weights: Float32Array.from(weights), indices: Uint32Array.from(indices) };
}

function distanceSquared(p: Float32Array, a: number, b: number): number {
  return ((p[a * 3] as number) - (p[b * 3] as number)) ** 2 + ((p[a * 3 + 1] as number) - (p[b * 3 + 1] as number)) ** 2 + ((p[a * 3 + 2] as number) - (p[b * 3 + 2] as number)) ** 2;
}

/** Where the region's weight is at least one half: the points that stand for it (for "it lies at the back"). */
export function regionCore(highlight: RegionHighlight): { point: [number, number, number]; normal: [number, number, number] }[] {
  const out: { point: [number, number, number]; normal: [number, number, number] }[] = [];
  const { positions: p, normals: n, weights } = highlight;
  for (let v = 0; v < weights.length; v++) {
    if ((weights[v] as number) < 0.5) continue;
    out.push({
      point: [p[v * 3] as number, p[v * 3 + 1] as number, p[v * 3 + 2] as number],
      normal: [n[v * 3] as number, n[v * 3 + 1] as number, n[v * 3 + 2] as number],
    });
  }
  return out;
}
