// The 2D body map (front and back) projected orthographically from public/models/body.glb: the silhouette, each
// region's outline and the landmarks and track curves on which lines are drawn. Same model, so the flat map and
// the 3D body never disagree about where a region or a station is.
import { type Document, type Node } from '@gltf-transform/core';
import { Matrix4, Vector3 } from 'three';
import { REGION_IDS } from '../../src/content/ids';
import { regionOfMeshName } from '../../src/content/modelNames';
import { createModelReader } from '../bench/model';
import type { BodyMapData, MapPoint } from '../../src/body2d/bodyMapData';
import { boundaryLoops, createRaster, drawTriangle, loopArea, simplifyLoop, simplifyPolyline, smoothLoop, type Point2, type Raster } from './outline';

/** Metres per raster cell: 4 mm keeps fingers and the jaw's edge while the file stays small. */
const CELL = 0.004;
const BOUNDS = { minX: -0.4, maxX: 0.4, minY: -0.02, maxY: 1.78 };
/** Outline simplification in cells, then one pass of corner cutting. */
const OUTLINE_TOLERANCE = 1.2;
/** Specks smaller than this many cells are dropped (a sliver of a region seen edge-on). */
const MIN_LOOP_CELLS = 6;
/** Track curves are simplified to within 3 mm on the map. */
const CURVE_TOLERANCE_MM = 3;

const WIDTH = Math.round((BOUNDS.maxX - BOUNDS.minX) / CELL);
const HEIGHT = Math.round((BOUNDS.maxY - BOUNDS.minY) / CELL);

type View = 'front' | 'back';

const nameOf = (node: Node) => node.getName() || node.getMesh()?.getName() || '';

/** World → raster cell; the back view is seen from behind, so the body's x is mirrored. */
function toCell(view: View, x: number, y: number, z: number): [number, number, number] {
  const screenX = view === 'front' ? x : -x;
  return [(screenX - BOUNDS.minX) / CELL, (BOUNDS.maxY - y) / CELL, view === 'front' ? z : -z];
}

/** Cell corner → map coordinates in millimetres (x as seen in that view, y down). */
function cellToMap([cx, cy]: Point2): [number, number] {
  return [Math.round((BOUNDS.minX + cx * CELL) * 1000), Math.round((cy * CELL - BOUNDS.maxY) * 1000)];
}

function pathOf(loops: readonly Point2[][]): string {
  return loops
    .filter((loop) => loopArea(loop) >= MIN_LOOP_CELLS)
    .map((loop) => {
      const points = smoothLoop(simplifyLoop(loop, OUTLINE_TOLERANCE)).map(cellToMap);
      const deduped = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]?.[0] || p[1] !== points[i - 1]?.[1]);
      return `M${deduped.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
    })
    .join('');
}

function rasterise(document: Document, view: View, regionNodes: readonly { node: Node; label: number }[]): Raster {
  const raster = createRaster(WIDTH, HEIGHT);
  const matrix = new Matrix4();
  const vertex = new Vector3();
  const element: number[] = [0, 0, 0];
  for (const { node, label } of regionNodes) {
    matrix.fromArray(node.getWorldMatrix());
    for (const primitive of node.getMesh()?.listPrimitives() ?? []) {
      if (primitive.getMode() !== 4) continue;
      const position = primitive.getAttribute('POSITION');
      if (!position) continue;
      const cells: [number, number, number][] = [];
      for (let i = 0; i < position.getCount(); i++) {
        position.getElement(i, element);
        vertex.set(element[0] ?? 0, element[1] ?? 0, element[2] ?? 0).applyMatrix4(matrix);
        cells.push(toCell(view, vertex.x, vertex.y, vertex.z));
      }
      const indices = primitive.getIndices()?.getArray();
      const count = indices?.length ?? cells.length;
      for (let i = 0; i + 2 < count; i += 3) {
        const a = cells[indices ? (indices[i] ?? 0) : i];
        const b = cells[indices ? (indices[i + 1] ?? 0) : i + 1];
        const c = cells[indices ? (indices[i + 2] ?? 0) : i + 2];
        if (a && b && c) drawTriangle(raster, a, b, c, label);
      }
    }
  }
  void document;
  return raster;
}

/** 1 where the point lies nearer the front skin than the back skin (drawn solid on the front map). */
function facesFront(front: Raster, back: Raster, x: number, y: number, z: number): 0 | 1 {
  const [cx, cy] = toCell('front', x, y, z);
  const col = Math.floor(cx);
  const row = Math.floor(cy);
  const inside = col >= 0 && row >= 0 && col < WIDTH && row < HEIGHT;
  const frontCell = row * WIDTH + col;
  // The back raster is mirrored in x.
  const backCell = row * WIDTH + (WIDTH - 1 - col);
  const zFront = inside ? (front.depth[frontCell] ?? -Infinity) : -Infinity;
  const zBack = inside ? -(back.depth[backCell] ?? -Infinity) : Infinity;
  if (!Number.isFinite(zFront) || !Number.isFinite(zBack)) return z >= 0 ? 1 : 0;
  return zFront - z <= z - zBack ? 1 : 0;
}

const mm = (metres: number) => Math.round(metres * 1000);

export async function generateBodyMap(bytes: Uint8Array): Promise<BodyMapData> {
  const io = await createModelReader();
  const document = await io.readBinary(bytes);
  const nodes = document.getRoot().listNodes();
  const regionIds = REGION_IDS as readonly string[];
  const regionNodes = nodes
    .filter((node) => node.getMesh() && regionIds.includes(regionOfMeshName(nameOf(node)) ?? ''))
    .map((node) => ({ node, label: regionIds.indexOf(regionOfMeshName(nameOf(node)) ?? '') }))
    .sort((p, q) => p.label - q.label);

  const rasters = { front: rasterise(document, 'front', regionNodes), back: rasterise(document, 'back', regionNodes) };
  const views = Object.fromEntries(
    (['front', 'back'] as const).map((view) => {
      const raster = rasters[view];
      const silhouette = pathOf(boundaryLoops(WIDTH, HEIGHT, (x, y) => (raster.labels[y * WIDTH + x] ?? -1) >= 0));
      const regions: Record<string, string> = {};
      for (const { label } of regionNodes) {
        const path = pathOf(boundaryLoops(WIDTH, HEIGHT, (x, y) => raster.labels[y * WIDTH + x] === label));
        if (path) regions[regionIds[label] ?? ''] = path;
      }
      return [view, { silhouette, regions }];
    }),
  ) as BodyMapData['views'];

  const point = (x: number, y: number, z: number): MapPoint => [mm(x), mm(-y), facesFront(rasters.front, rasters.back, x, y, z)];
  const landmarks: Record<string, MapPoint> = {};
  const tracks: Record<string, MapPoint[]> = {};
  const named = [...nodes].sort((p, q) => (nameOf(p) < nameOf(q) ? -1 : nameOf(p) > nameOf(q) ? 1 : 0));
  for (const node of named) {
    const name = nameOf(node);
    const world = node.getWorldMatrix();
    if (name.startsWith('landmark_')) landmarks[name] = point(world[12], world[13], world[14]);
    if (name.startsWith('track_') && !tracks[name]) {
      const holders = [node.getExtras(), node.getMesh()?.getExtras(), node.getParentNode()?.getExtras()];
      const raw = holders.find((extras) => Array.isArray(extras?.centerline))?.centerline as unknown;
      if (!Array.isArray(raw)) continue;
      const curve = raw.filter((p): p is [number, number, number] => Array.isArray(p) && p.length === 3 && p.every(Number.isFinite));
      if (curve.length < 2) continue;
      const mapped = curve.map(([x, y, z]) => point(x, y, z));
      // Simplified in the front projection; each kept point keeps its own facing.
      const kept = simplifyPolyline(mapped.map(([x, y]) => [x, y] as const), CURVE_TOLERANCE_MM);
      const keptSet = new Set(kept);
      const flat = mapped.map(([x, y]) => [x, y] as const);
      tracks[name] = mapped.filter((_, i) => keptSet.has(flat[i] as Point2));
    }
  }

  return {
    viewBox: [mm(BOUNDS.minX), mm(-BOUNDS.maxY), mm(BOUNDS.maxX - BOUNDS.minX), mm(BOUNDS.maxY - BOUNDS.minY)],
    views,
    landmarks,
    tracks,
  };
}

/** The checked-in file's text: stable key order, one view per line block, so a diff shows what moved. */
export function bodyMapText(data: BodyMapData): string {
  return `${JSON.stringify(data)}\n`;
}
