// What the 3D view tells in words beside the picture: which lit lines and whether the open region lie behind the body
// from where the camera stands. Written from the frame loop only when the answer changes; read by the DOM note.
import { create } from 'zustand';
import type { LineId } from '../content/ids';

interface ViewerNotes {
  linesBehind: readonly LineId[];
  regionBehind: boolean;
  /** The person turned, zoomed or panned by hand since the last framing (a tour offers the way back to its step). */
  cameraHeld: boolean;
  setLinesBehind: (lines: readonly LineId[]) => void;
  setRegionBehind: (behind: boolean) => void;
  setCameraHeld: (held: boolean) => void;
}

export const useViewerNotes = create<ViewerNotes>()((set, get) => ({
  linesBehind: [],
  regionBehind: false,
  cameraHeld: false,
  setLinesBehind: (lines) => {
    const current = get().linesBehind;
    if (current.length !== lines.length || current.some((id, position) => id !== lines[position])) set({ linesBehind: [...lines] });
  },
  setRegionBehind: (behind) => {
    if (get().regionBehind !== behind) set({ regionBehind: behind });
  },
  setCameraHeld: (held) => {
    if (get().cameraHeld !== held) set({ cameraHeld: held });
  },
}));
