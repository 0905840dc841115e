import type { CameraProbe } from '../../src/scene/cameraProbe';

export {};

declare global {
  interface Window {
    /** Frames the 3D view has drawn (src/scene/Viewer.tsx). */
    __fasciaFrames?: number;
    /** Where the camera stands and what is on screen (src/scene/cameraProbe.ts). */
    __fasciaCamera?: CameraProbe;
  }
}
