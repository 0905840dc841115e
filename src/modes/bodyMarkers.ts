// Marks a mode puts on the body (a trace's pins, a tour's pointer with its label), kept apart from how they are
// drawn so the 3D view and the 2D body show the same marks.
import { create } from 'zustand';
import type { RegionId } from '../content/ids';
import type { AppMode } from './modes';

export interface BodyMarker {
  /** Stable within its owner, e.g. the pinned region id. */
  id: string;
  kind: 'pin' | 'pointer';
  region: RegionId;
  /** The landmark's node in the model (`landmark_calcaneus_l`) when the mark points at a point, not a whole region. */
  landmark?: string;
  /** The track's mesh in the model (`track_hamstrings_l`) when the mark names a track, drawn along its course. */
  track?: string;
  /** Already translated: the marker shows it as is. */
  label?: string;
  /** A pin's strength, 1 (a little) to 3 (a lot). */
  intensity?: 1 | 2 | 3;
}

interface BodyMarkersState {
  byMode: Partial<Record<AppMode, readonly BodyMarker[]>>;
  setMarkers: (mode: AppMode, markers: readonly BodyMarker[]) => void;
}

export const useBodyMarkers = create<BodyMarkersState>()((set) => ({
  byMode: {},
  setMarkers: (mode, markers) => set((state) => ({ byMode: { ...state.byMode, [mode]: markers } })),
}));

const NONE: readonly BodyMarker[] = [];

/** The marks of the mode on screen (a trace's pins stay with the trace when the person switches to explore). */
export function markersOf(byMode: BodyMarkersState['byMode'], mode: AppMode): readonly BodyMarker[] {
  return byMode[mode] ?? NONE;
}
