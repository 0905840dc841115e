// Station beads keep a calm size on screen: their size in metres at overview zoom, but never wider than a few CSS
// pixels when the camera comes close (a bead as large as a fingertip covered the temple it named; user test).
// The vertex shader shrinks each bead by `beadScale`; the camera's numbers reach it as one uniform per frame.

/** A bead's radius on the body (metres): about 7 px wide at overview zoom on a tablet. */
export const BEAD_RADIUS = 0.011;
/** The most a bead's radius may cover on screen (CSS px), however close the camera. */
export const BEAD_MAX_RADIUS_PX = 6;

/**
 * The largest radius (metres) a bead may have per metre of depth from the camera, so that it covers at most
 * `maxRadiusPx` CSS pixels: a perspective camera sees 2·tan(fov/2) metres per metre of depth across its height.
 */
export function beadRadiusPerDepth(fovDegrees: number, viewHeightPx: number, maxRadiusPx = BEAD_MAX_RADIUS_PX): number {
  if (viewHeightPx <= 0) return Infinity;
  return (maxRadiusPx * 2 * Math.tan((fovDegrees * Math.PI) / 360)) / viewHeightPx;
}

/** The factor a bead at this depth is drawn at (the shader's formula, here to be tested): 1 far away, less up close. */
export function beadScale(depth: number, radiusPerDepth: number, radius = BEAD_RADIUS): number {
  return Math.min(1, (radiusPerDepth * Math.max(depth, 0)) / radius);
}
