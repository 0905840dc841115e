// The first WebGL context of a page starts the browser's GPU side (its channel, and in software GL the whole
// rasteriser): hundreds of milliseconds in which the main thread waits. Started while the 3D view's code is still
// arriving, that wait overlaps the download instead of following it; the 3D view then gets its own context quickly.
// No three.js here: this module is part of the first chunk.

let warm: WebGLRenderingContext | WebGL2RenderingContext | null | undefined;

/** Creates one small throwaway context (once); false where the browser has no WebGL. */
export function warmUpGpu(createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas')): boolean {
  if (warm === undefined) {
    const canvas = createCanvas();
    canvas.width = 1;
    canvas.height = 1;
    warm = canvas.getContext('webgl2', { antialias: true, alpha: true, powerPreference: 'high-performance' }) ?? null;
  }
  return warm !== null;
}

/** Lets the throwaway context go once the real one exists (browsers cap live contexts at about sixteen). */
export function releaseGpuWarmUp(): void {
  if (!warm) return;
  warm.getExtension('WEBGL_lose_context')?.loseContext();
  warm = null;
}
