// A picture of the body for the printed handout: the 3D layer offers a way to take one (render, then read the
// canvas at once, so the drawing buffer need not be kept for every frame); the handout asks for it when printing.
let take: (() => string | undefined) | undefined;

export function offerSnapshot(taker: () => string | undefined): () => void {
  take = taker;
  return () => {
    if (take === taker) take = undefined;
  };
}

export function bodySnapshot(): string | undefined {
  try {
    return take?.();
  } catch {
    return undefined;
  }
}
