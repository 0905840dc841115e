export {};

declare global {
  interface Window {
    /** Frames the 3D view has drawn (src/scene/Viewer.tsx). */
    __fasciaFrames?: number;
  }
}
