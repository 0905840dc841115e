// Whether this device can draw the 3D body at all, asked before three.js is loaded (a blocked or absent WebGL
// would otherwise fail inside the 3D chunk, after its download).

/** `createCanvas` is injectable for tests; the probe's context is released at once. */
export function hasWebGL(createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas')): boolean {
  try {
    const canvas = createCanvas();
    const context = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
