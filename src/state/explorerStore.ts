// What the explorer shows right now. The URL mirrors the shareable part (see urlSync.ts).
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Language, LineId, RegionId } from '../content/ids';
import type { ViewId } from '../content/schemas';
import { nextRegion, setLineSide, showAllLines, toggleLine, withLine } from '../explorer/selection';
import type { AppMode } from '../modes/modes';
import type { LineSide, ShownLine } from './url';

/** A station or track the person tapped on the body: its model name and what it belongs to. */
export interface Focus {
  kind: 'station' | 'track';
  /** Landmark or structure id (base id, without side). */
  id: string;
}

export interface CameraCommand {
  /** Increases with every command, so asking for the same view twice still moves the camera. */
  serial: number;
  /**
   * What to look at: a named view of the whole body, a region from the side it faces, the lit lines whole, a station
   * or track close up; or a relative move from where the camera stands (zoom by a factor, turn by angles in radians).
   */
  target:
    | { kind: 'view'; view: ViewId }
    | { kind: 'region'; region: RegionId }
    | { kind: 'lines' }
    | { kind: 'focus'; focus: Focus }
    | { kind: 'zoom'; factor: number }
    | { kind: 'turn'; azimuth: number; polar: number }
    /** Exactly where the camera stood before (leaving the presentation puts it back). */
    // `held`: whether the camera counts as turned by hand once there (a restored pose keeps what it was; default yes).
    | { kind: 'pose'; position: [number, number, number]; lookAt: [number, number, number]; held?: boolean };
}

export interface Notice {
  id: number;
  key: string;
  values?: Record<string, string>;
  /** Good news that needs no answer ("ready to use offline") goes away by itself; problems wait for the person. */
  transient?: boolean;
}

export interface ExplorerState {
  language: Language;
  /** Which job is on screen: explore, tours, trace or learn. */
  mode: AppMode;
  shownLines: ShownLine[];
  region: RegionId | null;
  focus: Focus | null;
  /** The line whose explanation the side panel shows when no region is open. */
  lineDetail: LineId | null;
  scene: string | null;
  step: number;
  isolate: boolean;
  tracks: { superficial: boolean; deep: boolean };
  camera: CameraCommand;
  /** The region a tension trace starts from (the tracer feature builds on this). */
  tracerOrigin: RegionId | null;
  notices: Notice[];
  viewerReady: boolean;
  actions: {
    setLanguage: (language: Language) => void;
    setMode: (mode: AppMode) => void;
    toggleLine: (id: LineId) => void;
    setLineSide: (id: LineId, side: LineSide) => void;
    showAllLines: () => void;
    clearLines: () => void;
    setShownLines: (lines: ShownLine[]) => void;
    selectRegion: (region: RegionId | null) => void;
    tapRegion: (region: RegionId) => void;
    setFocus: (focus: Focus | null) => void;
    openLineDetail: (id: LineId | null) => void;
    setIsolate: (isolate: boolean) => void;
    setTrackLayer: (layer: 'superficial' | 'deep', shown: boolean) => void;
    moveCamera: (target: CameraCommand['target']) => void;
    openScene: (scene: string | null, step?: number) => void;
    setStep: (step: number) => void;
    notify: (key: string, values?: Record<string, string>, options?: { transient?: boolean }) => void;
    dismissNotice: (id: number) => void;
    setViewerReady: (ready: boolean) => void;
  };
}

let noticeSerial = 0;

export const useExplorer = create<ExplorerState>()(
  subscribeWithSelector((set) => ({
    language: 'nl',
    mode: 'explore',
    shownLines: [],
    region: null,
    focus: null,
    lineDetail: null,
    scene: null,
    step: 1,
    isolate: false,
    tracks: { superficial: true, deep: true },
    camera: { serial: 0, target: { kind: 'view', view: 'front' } },
    tracerOrigin: null,
    notices: [],
    viewerReady: false,
    actions: {
      setLanguage: (language) => set({ language }),
      setMode: (mode) => set({ mode }),
      toggleLine: (id) => set((state) => ({ shownLines: toggleLine(state.shownLines, id) })),
      setLineSide: (id, side) => set((state) => ({ shownLines: setLineSide(state.shownLines, id, side) })),
      showAllLines: () => set((state) => ({ shownLines: showAllLines(state.shownLines) })),
      clearLines: () => set({ shownLines: [], isolate: false }),
      setShownLines: (shownLines) => set({ shownLines }),
      selectRegion: (region) => set({ region, focus: null }),
      tapRegion: (region) => set((state) => ({ region: nextRegion(state.region, region), focus: null })),
      setFocus: (focus) => set({ focus }),
      // A line's page shows the line on the body too: a student reading about the back line sees it.
      openLineDetail: (lineDetail) =>
        set((state) => ({
          lineDetail,
          region: null,
          shownLines: lineDetail ? withLine(state.shownLines, lineDetail) : state.shownLines,
        })),
      setIsolate: (isolate) => set({ isolate }),
      setTrackLayer: (layer, shown) => set((state) => ({ tracks: { ...state.tracks, [layer]: shown } })),
      moveCamera: (target) => set((state) => ({ camera: { serial: state.camera.serial + 1, target } })),
      openScene: (scene, step = 1) => set({ scene, step }),
      setStep: (step) => set({ step }),
      notify: (key, values, options) =>
        set((state) => ({
          notices: [
            ...state.notices.slice(-2),
            { id: ++noticeSerial, key, ...(values ? { values } : {}), ...(options?.transient ? { transient: true } : {}) },
          ],
        })),
      dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
      setViewerReady: (viewerReady) => set({ viewerReady }),
    },
  })),
);

export const useExplorerActions = () => useExplorer((state) => state.actions);
