// The trace on the body: taps pin, the pins are the mode's marks, the best lines are lit on the sides they reach.
import { useEffect, useRef } from 'react';
import { useBodyMarkers, type BodyMarker } from '../bodyMarkers';
import { handleRegionTaps } from '../bodyTap';
import { regionBase, type RegionBaseId } from '../../content/ids';
import { useExplorer, type CameraCommand } from '../../state/explorerStore';
import type { ShownLine } from '../../explorer/shownLine';
import type { Pin } from './pins';
import type { RankedLine } from './ranking';
import { useTraceActions } from './traceStore';
import type { TraceWords } from './useTraceWords';

/** Lines lit at once: more than three tangle on a small screen. */
export const LIT_LINES = 3;

export function litLinesOf(ranked: readonly RankedLine[]): ShownLine[] {
  return ranked.slice(0, LIT_LINES).map((line) => ({ id: line.line, side: line.side }));
}

/** Parts a person sees from behind. */
const BACK_REGIONS: readonly RegionBaseId[] = ['lower_back', 'upper_back'];

/**
 * How to show a trace: the whole body (the travel runs from foot to head), from the back when a back part is
 * pinned, else with the lit lines framed.
 */
export function framingOf(pins: readonly Pin[]): CameraCommand['target'] {
  const fromBehind = pins.some((pin) => BACK_REGIONS.includes(regionBase(pin.region)));
  return fromBehind ? { kind: 'view', view: 'back' } : { kind: 'lines' };
}

export function useTraceOnBody(ranked: readonly RankedLine[], pins: readonly Pin[], words: TraceWords): void {
  const { tap } = useTraceActions();

  useEffect(() => handleRegionTaps('trace', (region) => {
    tap(region);
    return true;
  }), [tap]);

  useEffect(() => {
    const markers: BodyMarker[] = pins.map((pin) => ({ id: pin.region, kind: 'pin', region: pin.region, intensity: pin.intensity, label: words.spotName(pin.region) }));
    useBodyMarkers.getState().setMarkers('trace', markers);
  }, [pins, words]);

  const litKey = litLinesOf(ranked).map((line) => `${line.id}-${line.side}`).join(',');
  useEffect(() => {
    const lines = litLinesOf(ranked);
    const { shownLines, actions } = useExplorer.getState();
    if (shownLines.map((line) => `${line.id}-${line.side}`).join(',') !== litKey) actions.setShownLines(lines);
    // ranked is read for this key only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [litKey]);

  // A trace opened from a link turns the body to its spots once.
  // Only the pins the trace opened with: a tap that pins a spot leaves the camera where the person put it.
  const opened = useRef(pins);
  useEffect(() => {
    if (opened.current.length > 0) useExplorer.getState().actions.moveCamera(framingOf(opened.current));
  }, []);
}
