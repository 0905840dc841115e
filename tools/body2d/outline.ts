// Pure 2D steps of the body map generator: a label raster (z-buffered orthographic projection of triangles),
// boundary loops of one label, and Douglas–Peucker simplification. No model, no files: tested on small shapes.

export type Point2 = readonly [number, number];

export interface Raster {
  width: number;
  height: number;
  /** Label per cell, -1 where no triangle covers it. */
  labels: Int16Array;
  depth: Float32Array;
}

export function createRaster(width: number, height: number): Raster {
  return { width, height, labels: new Int16Array(width * height).fill(-1), depth: new Float32Array(width * height).fill(-Infinity) };
}

/**
 * Draws one triangle given in cell coordinates (x right, y down) with a depth that grows toward the viewer:
 * a cell keeps the nearest label. Cells count as covered when their centre lies inside.
 */
export function drawTriangle(raster: Raster, a: readonly number[], b: readonly number[], c: readonly number[], label: number): void {
  const [ax = 0, ay = 0, az = 0] = a;
  const [bx = 0, by = 0, bz = 0] = b;
  const [cx = 0, cy = 0, cz = 0] = c;
  const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  if (Math.abs(area) < 1e-12) return;
  const minX = Math.max(0, Math.floor(Math.min(ax, bx, cx)));
  const maxX = Math.min(raster.width - 1, Math.ceil(Math.max(ax, bx, cx)));
  const minY = Math.max(0, Math.floor(Math.min(ay, by, cy)));
  const maxY = Math.min(raster.height - 1, Math.ceil(Math.max(ay, by, cy)));
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5;
    for (let x = minX; x <= maxX; x++) {
      const px = x + 0.5;
      const w0 = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area;
      const w1 = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area;
      const w2 = 1 - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const z = w0 * az + w1 * bz + w2 * cz;
      const cell = y * raster.width + x;
      if (z > (raster.depth[cell] ?? -Infinity)) {
        raster.depth[cell] = z;
        raster.labels[cell] = label;
      }
    }
  }
}

/**
 * Closed loops around the cells where `inside(cell)` holds, along cell edges (corner coordinates), each walked
 * with the inside on its right in screen coordinates. Holes come out as their own loops (draw with evenodd).
 */
export function boundaryLoops(width: number, height: number, inside: (x: number, y: number) => boolean): Point2[][] {
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && inside(x, y);
  // Directed edges keyed by their start corner; a corner where two loops touch holds two.
  const edges = new Map<number, number[]>();
  const key = (x: number, y: number) => y * (width + 1) + x;
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const list = edges.get(key(x0, y0)) ?? [];
    list.push(key(x1, y1));
    edges.set(key(x0, y0), list);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!at(x, y)) continue;
      if (!at(x, y - 1)) add(x, y, x + 1, y);
      if (!at(x + 1, y)) add(x + 1, y, x + 1, y + 1);
      if (!at(x, y + 1)) add(x + 1, y + 1, x, y + 1);
      if (!at(x - 1, y)) add(x, y + 1, x, y);
    }
  }
  const loops: Point2[][] = [];
  const starts = [...edges.keys()].sort((p, q) => p - q);
  for (const start of starts) {
    while ((edges.get(start)?.length ?? 0) > 0) {
      const loop: Point2[] = [];
      let corner = start;
      for (;;) {
        const next = edges.get(corner);
        const to = next?.shift();
        if (to === undefined) break;
        loop.push([corner % (width + 1), Math.floor(corner / (width + 1))]);
        corner = to;
        if (corner === start) break;
      }
      if (loop.length >= 4) loops.push(loop);
    }
  }
  return loops;
}

/** Shoelace area (absolute) of a closed loop. */
export function loopArea(loop: readonly Point2[]): number {
  let sum = 0;
  for (let i = 0; i < loop.length; i++) {
    const [x0, y0] = loop[i] ?? [0, 0];
    const [x1, y1] = loop[(i + 1) % loop.length] ?? [0, 0];
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

function distanceToSegment([px, py]: Point2, [ax, ay]: Point2, [bx, by]: Point2): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open polyline: the fewest points within `tolerance` of the original. */
export function simplifyPolyline(points: readonly Point2[], tolerance: number): Point2[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i] ?? [0, 0], points[first] ?? [0, 0], points[last] ?? [0, 0]);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed loop simplified: split at its two most distant points so both halves keep their ends. */
export function simplifyLoop(loop: readonly Point2[], tolerance: number): Point2[] {
  if (loop.length <= 4) return [...loop];
  const first = loop[0] ?? [0, 0];
  let far = 0;
  let farDistance = -1;
  loop.forEach(([x, y], i) => {
    const d = Math.hypot(x - first[0], y - first[1]);
    if (d > farDistance) {
      far = i;
      farDistance = d;
    }
  });
  const a = simplifyPolyline(loop.slice(0, far + 1), tolerance);
  const b = simplifyPolyline([...loop.slice(far), first], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Chaikin corner cutting, once: softens the stair steps a raster leaves without moving the outline much. */
export function smoothLoop(loop: readonly Point2[]): Point2[] {
  const out: Point2[] = [];
  for (let i = 0; i < loop.length; i++) {
    const [x0, y0] = loop[i] ?? [0, 0];
    const [x1, y1] = loop[(i + 1) % loop.length] ?? [0, 0];
    out.push([0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1], [0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1]);
  }
  return out;
}
