// Forgiving taps: a finger covers about 9 mm (~34 CSS px), so a small region next to the finger is what it meant.
import type { RegionId } from '../content/ids';

/** About 9 mm of finger at a phone's ~96 CSS px per inch (Apple and Google both size targets near this). */
export const FINGER_WIDTH_PX = 34;
/** Below this on screen a region is hard to see and tap: a tap on it frames it too (the 44 px touch target). */
export const SMALL_ON_SCREEN_PX = 44;

/** A region seen near a tap: how far its nearest seen point lies from the tap, and how big it is on screen. */
export interface RegionNearTap {
  region: RegionId;
  /** 0 when the tap landed on it. */
  distancePx: number;
  /** Its smaller extent on screen. */
  sizePx: number;
}

/** Where to look around a tap: rings of points out to a finger's width, 12 to a ring (the tap itself first). */
export function tapSamples(fingerWidthPx = FINGER_WIDTH_PX): { dx: number; dy: number; distance: number }[] {
  const samples = [{ dx: 0, dy: 0, distance: 0 }];
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    const distance = fingerWidthPx * fraction;
    for (let step = 0; step < 12; step++) {
      const angle = (step * Math.PI) / 6;
      samples.push({ dx: Math.cos(angle) * distance, dy: Math.sin(angle) * distance, distance });
    }
  }
  return samples;
}

/** Each region once, at its nearest distance from the tap. */
export function nearestPerRegion(hits: readonly RegionNearTap[]): RegionNearTap[] {
  const nearest = new Map<RegionId, RegionNearTap>();
  for (const hit of hits) {
    const known = nearest.get(hit.region);
    if (!known || hit.distancePx < known.distancePx) nearest.set(hit.region, hit);
  }
  return [...nearest.values()];
}

/**
 * Which region a tap means:
 * 1. a region smaller than a finger whose edge the finger touches (within half a finger's width) — the nearest such;
 * 2. otherwise the region under the tap;
 * 3. otherwise (the tap just missed the body) the nearest region within a finger's width;
 * 4. otherwise none.
 */
export function pickRegion(near: readonly RegionNearTap[], fingerWidthPx = FINGER_WIDTH_PX): RegionId | undefined {
  const candidates = nearestPerRegion(near);
  const byDistance = (a: RegionNearTap, b: RegionNearTap) => a.distancePx - b.distancePx || a.sizePx - b.sizePx;
  const small = candidates
    .filter((hit) => hit.sizePx < fingerWidthPx && hit.distancePx <= fingerWidthPx / 2)
    .sort(byDistance)[0];
  if (small) return small.region;
  const under = candidates.find((hit) => hit.distancePx === 0);
  if (under) return under.region;
  return candidates.filter((hit) => hit.distancePx <= fingerWidthPx).sort(byDistance)[0]?.region;
}

/** A region this small on screen is framed when tapped, so the next tap and the eye can find it. */
export function zoomsFirst(sizePx: number): boolean {
  return sizePx < SMALL_ON_SCREEN_PX;
}
