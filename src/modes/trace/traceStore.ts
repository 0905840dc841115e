// The trace on screen: the pinned spots and how they are shown. Small on purpose: the URL part loads it at start.
import { create } from 'zustand';
import type { RegionId } from '../../content/ids';
import { removePin, setIntensity, tapPin, type Intensity, type Pin } from './pins';

export interface TraceState {
  pins: Pin[];
  /** Before the last change, so one tap on "undo" puts back what a tap took away. */
  previous: Pin[] | null;
  /** The client's view: body parts only, no Latin, no station names. */
  clientView: boolean;
  /** The last kept trace's pins, drawn faintly on the body beside today's; null when not compared. */
  compare: Pin[] | null;
  compareOnBody: boolean;
  actions: {
    setPins: (pins: Pin[]) => void;
    tap: (region: RegionId) => void;
    setIntensity: (region: RegionId, intensity: Intensity) => void;
    remove: (region: RegionId) => void;
    clear: () => void;
    undo: () => void;
    setClientView: (clientView: boolean) => void;
    setCompare: (compare: Pin[] | null) => void;
  };
}

export const useTrace = create<TraceState>()((set) => {
  const change = (next: (pins: Pin[]) => Pin[]) => set((state) => ({ previous: state.pins, pins: next(state.pins) }));
  return {
    pins: [],
    previous: null,
    clientView: true,
    compare: null,
    compareOnBody: true,
    actions: {
      setPins: (pins) => set({ pins, previous: null }),
      tap: (region) => change((pins) => tapPin(pins, region)),
      setIntensity: (region, intensity) => change((pins) => setIntensity(pins, region, intensity)),
      remove: (region) => change((pins) => removePin(pins, region)),
      clear: () => change(() => []),
      undo: () => set((state) => (state.previous ? { pins: state.previous, previous: null } : {})),
      setClientView: (clientView) => set({ clientView }),
      setCompare: (compare) => set({ compare }),
    },
  };
});

export const useTraceActions = () => useTrace((state) => state.actions);
