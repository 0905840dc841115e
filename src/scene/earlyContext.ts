// The 3D view's WebGL context, asked for at the very start while the page still waits for its content and code.
// Asked for later, once the page is drawn, the request queues behind the browser's drawing of the page on the GPU
// side and blocks the main thread far longer (in software GL: ~0.9 s instead of ~0.4 s, overlapped with downloads).
// The renderer of the first 3D view takes it over; a later view (after a lost context, a retry) makes its own.

/** The attributes three's WebGLRenderer asks for with the view's settings (antialias on, its other defaults). */
export const VIEW_CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: true,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
};

export interface EarlyContext {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
}

let early: EarlyContext | undefined;

/** Asks for the context now; where WebGL2 is missing or refused this leaves nothing, and the view asks as before. */
export function startEarlyContext(createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas')): void {
  if (early) return;
  try {
    const canvas = createCanvas();
    const context = canvas.getContext('webgl2', VIEW_CONTEXT_ATTRIBUTES);
    if (context) early = { canvas, context };
  } catch {
    early = undefined;
  }
}

/** The early context, handed over once, and only while it still works (a context lost in the meantime is dropped). */
export function takeEarlyContext(): EarlyContext | undefined {
  const taken = early;
  early = undefined;
  if (!taken || taken.context.isContextLost()) return undefined;
  return taken;
}
