// A tap on a body region means something else per mode: explore opens its panel, trace pins it, a quiz takes it as
// an answer. The 3D view and the 2D body both hand their taps here first.
import type { RegionId } from '../content/ids';
import { useExplorer } from '../state/explorerStore';
import type { AppMode } from './modes';

/** Returns true when the mode used the tap (the explorer then does nothing more with it). */
export type RegionTapHandler = (region: RegionId) => boolean;

const handlers = new Map<AppMode, RegionTapHandler>();

/** A mode takes region taps while it is on screen; returns a function that stops it. */
export function handleRegionTaps(mode: AppMode, handler: RegionTapHandler): () => void {
  handlers.set(mode, handler);
  return () => {
    if (handlers.get(mode) === handler) handlers.delete(mode);
  };
}

/** Offers a tapped region to the mode on screen; false means: do what the explorer does. */
export function modeTakesRegionTap(region: RegionId): boolean {
  const handler = handlers.get(useExplorer.getState().mode);
  return handler ? handler(region) : false;
}
