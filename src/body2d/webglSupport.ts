// Whether this device can draw the 3D body. Asking at start made a WebGL context only to drop it, on the way to the
// first frame (half a second in software GL), so the app starts the 3D view on trust where the API exists at all,
// and asks only when the view fails: then the flat map stands in with the right words.
import { useEffect, useState } from 'react';
import { create } from 'zustand';

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

/** Without the API at all there is nothing to try (a blocked WebGL still has it, and fails on the first context). */
export const webglApiExists = (scope: object = globalThis): boolean => 'WebGLRenderingContext' in scope;

interface WebGLAvailability {
  /** False once WebGL is known to be missing: the flat map replaces the 3D view. */
  available: boolean;
}

export const useWebGLAvailability = create<WebGLAvailability>(() => ({ available: webglApiExists() }));

/**
 * In the fallback of a 3D view that broke: whether WebGL is missing (asked once, then the app switches to the flat
 * map with its own words) or something else broke (the model, the view), which has its own note and a retry.
 */
export function useWebGLMissingAfterFailure(probe: () => boolean = hasWebGL): boolean {
  const [missing] = useState(() => !useWebGLAvailability.getState().available || !probe());
  useEffect(() => {
    if (missing) useWebGLAvailability.setState({ available: false });
  }, [missing]);
  return missing;
}
