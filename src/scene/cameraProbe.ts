// What browser tests ask of the camera: where it stands and how much of a region or line is on screen. Read-only,
// computed only when asked, so it costs nothing while nobody calls it.
import { Vector3, type Camera, type Mesh } from 'three';
import type { LineId, RegionId } from '../content/ids';
import type { Content } from '../content/load';
import { drawnLines } from '../explorer/highlight';
import type { Point3 } from '../explorer/linePath';
import type { BodyIndex } from './modelIndex';

export interface CameraProbe {
  position: () => Point3;
  /** Distance from the camera to the point it looks at. */
  distance: () => number;
  /** A region's projected bounds in page CSS px, or null when it is not in the model. */
  regionBox: (region: RegionId) => { left: number; top: number; right: number; bottom: number } | null;
  /** The share of a region's skin that is in the frame and faces the camera. */
  regionSeen: (region: RegionId) => number;
  /** The share of a line's points (stations and track centre lines) that lies inside the frame. */
  lineInFrame: (line: LineId) => number;
}

declare global {
  interface Window {
    __fasciaCamera?: CameraProbe;
  }
}

const point = new Vector3();
const normal = new Vector3();
const toCamera = new Vector3();

function inFrame(at: Vector3, camera: Camera): boolean {
  point.copy(at).project(camera);
  return point.z < 1 && Math.abs(point.x) <= 1 && Math.abs(point.y) <= 1;
}

export function installCameraProbe(index: BodyIndex, camera: Camera, canvas: HTMLCanvasElement, content: Content, target: () => Vector3): () => void {
  const probe: CameraProbe = {
    position: () => [camera.position.x, camera.position.y, camera.position.z],
    distance: () => camera.position.distanceTo(target()),
    regionBox: (region) => {
      const mesh: Mesh | undefined = index.regions.get(region);
      if (!mesh) return null;
      const rect = canvas.getBoundingClientRect();
      const position = mesh.geometry.getAttribute('position');
      let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
      for (let i = 0; i < position.count; i++) {
        point.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld).project(camera);
        const x = rect.left + ((point.x + 1) / 2) * rect.width;
        const y = rect.top + ((1 - point.y) / 2) * rect.height;
        left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
      }
      return { left, top, right, bottom };
    },
    regionSeen: (region) => {
      const mesh = index.regions.get(region);
      if (!mesh) return 0;
      const position = mesh.geometry.getAttribute('position');
      const normals = mesh.geometry.getAttribute('normal');
      let seen = 0;
      for (let i = 0; i < position.count; i++) {
        const at = new Vector3().fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
        normal.fromBufferAttribute(normals, i).transformDirection(mesh.matrixWorld);
        toCamera.copy(camera.position).sub(at);
        if (normal.dot(toCamera) > 0 && inFrame(at, camera)) seen++;
      }
      return position.count > 0 ? seen / position.count : 0;
    },
    lineInFrame: (lineId) => {
      const points = drawnLines([{ id: lineId, side: 'both' }], content).flatMap((line) =>
        line.strands.flat().flatMap((step) =>
          step.kind === 'station' ? [index.landmarks.get(step.modelName)].filter((p): p is Point3 => p !== undefined) : (index.centerlines.get(step.meshName) ?? []),
        ),
      );
      const inside = points.filter((p) => inFrame(new Vector3(...p), camera)).length;
      return points.length > 0 ? inside / points.length : 0;
    },
  };
  window.__fasciaCamera = probe;
  return () => {
    if (window.__fasciaCamera === probe) delete window.__fasciaCamera;
  };
}
