// Looks around a tap on the canvas for the regions a finger may have meant; the choice itself is explorer/picking.ts.
import { Box3, Raycaster, Vector2, Vector3, type Camera, type Mesh } from 'three';
import type { RegionId } from '../content/ids';
import { tapSamples, type RegionNearTap } from '../explorer/picking';
import type { BodyIndex } from './modelIndex';

const raycaster = new Raycaster();
// three-mesh-bvh: one hit per mesh is enough to know what is seen first.
(raycaster as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
const pointer = new Vector2();
const corner = new Vector3();
const SAMPLES = tapSamples();
const worldBoxes = new WeakMap<Mesh, Box3>();

function worldBox(mesh: Mesh): Box3 {
  let box = worldBoxes.get(mesh);
  if (!box) {
    mesh.geometry.computeBoundingBox();
    box = (mesh.geometry.boundingBox ?? new Box3()).clone().applyMatrix4(mesh.matrixWorld);
    worldBoxes.set(mesh, box);
  }
  return box;
}

/** The smaller extent of a mesh's bounds on screen, in CSS px. */
export function sizeOnScreen(mesh: Mesh, camera: Camera, width: number, height: number): number {
  const box = worldBox(mesh);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z).project(camera);
    minX = Math.min(minX, corner.x); maxX = Math.max(maxX, corner.x);
    minY = Math.min(minY, corner.y); maxY = Math.max(maxY, corner.y);
  }
  return Math.min(((maxX - minX) / 2) * width, ((maxY - minY) / 2) * height);
}

/** Every region seen within a finger's width of a tap at (x, y) CSS px in a canvas of this size. */
export function regionsNearTap(index: BodyIndex, camera: Camera, width: number, height: number, x: number, y: number): RegionNearTap[] {
  const meshes = [...index.regions.values()];
  const regionOf = new Map<Mesh, RegionId>([...index.regions.entries()].map(([region, mesh]) => [mesh, region]));
  const near: RegionNearTap[] = [];
  for (const sample of SAMPLES) {
    pointer.set(((x + sample.dx) / width) * 2 - 1, -((y + sample.dy) / height) * 2 + 1);
    raycaster.setFromCamera(pointer, camera);
    const first = raycaster.intersectObjects(meshes, false)[0];
    const region = first ? regionOf.get(first.object as Mesh) : undefined;
    if (!region || near.some((hit) => hit.region === region && hit.distancePx <= sample.distance)) continue;
    near.push({ region, distancePx: sample.distance, sizePx: sizeOnScreen(first?.object as Mesh, camera, width, height) });
  }
  return near;
}

/** The middle of a region's bounds, where the picked-region flash is drawn. */
export function regionCentre(mesh: Mesh): [number, number, number] {
  const centre = worldBox(mesh).getCenter(corner);
  return [centre.x, centre.y, centre.z];
}
