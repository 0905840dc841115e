// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { markersOf, useBodyMarkers } from '../../src/modes/bodyMarkers';
import { closeTour, goToStep, openTour, provideTourContent, returnToStepView } from '../../src/modes/tours/tourPlayback';
import { useExplorer } from '../../src/state/explorerStore';
import { usePreferences } from '../../src/state/preferences';
import { content } from './contentFixture';

provideTourContent(content);

describe('playing a tour on the explorer', () => {
  beforeEach(() => {
    useExplorer.setState({ mode: 'explore', scene: null, step: 1, shownLines: [], region: null, focus: null });
    usePreferences.setState({ skinOpacity: 0.8, skinOverride: null });
  });

  it('a step and everything it shows arrive in one change of the store, so the history gets one entry per step', () => {
    const changes: number[] = [];
    const stop = useExplorer.subscribe((state) => changes.push(state.step));
    openTour('lower_back_story', 4);
    stop();
    expect(changes).toHaveLength(1);
    const state = useExplorer.getState();
    expect(state).toMatchObject({ mode: 'tours', scene: 'lower_back_story', step: 4, focus: { kind: 'track', id: 'hamstrings' } });
    expect(state.shownLines).toEqual([{ id: 'sbl', side: 'both' }]);
    expect(state.camera.target).toEqual({ kind: 'view', view: 'back' });
  });

  it("a step's x-ray level shows without touching the person's own setting, and goes when the tour closes", () => {
    openTour('lower_back_story', 4);
    expect(usePreferences.getState()).toMatchObject({ skinOverride: 0.35, skinOpacity: 0.8 });
    expect(markersOf(useBodyMarkers.getState().byMode, 'tours').map((marker) => marker.label)).toEqual(['Zitbot', 'hamstrings']);
    closeTour();
    expect(usePreferences.getState()).toMatchObject({ skinOverride: null, skinOpacity: 0.8 });
    expect(markersOf(useBodyMarkers.getState().byMode, 'tours')).toEqual([]);
  });

  it("after a turn by hand, the way back asks for the step's own view again and changes nothing else", () => {
    openTour('lower_back_story', 4);
    useExplorer.getState().actions.moveCamera({ kind: 'turn', azimuth: 1, polar: 0 });
    const before = useExplorer.getState();
    returnToStepView();
    const after = useExplorer.getState();
    expect(after.camera).toEqual({ serial: before.camera.serial + 1, target: { kind: 'view', view: 'back' } });
    expect(after).toMatchObject({ step: 4, scene: 'lower_back_story', shownLines: before.shownLines, focus: before.focus });
  });

  it('without an open tour the way back does nothing', () => {
    const before = useExplorer.getState().camera;
    returnToStepView();
    expect(useExplorer.getState().camera).toBe(before);
  });

  it('stepping past either end stays on the first or last step', () => {
    openTour('line_sbl');
    goToStep(0);
    expect(useExplorer.getState().step).toBe(1);
    goToStep(99);
    expect(useExplorer.getState().step).toBe(8);
  });

  it('leaving the tours for the explorer takes the x-ray and pointer along; coming back brings them again', () => {
    openTour('lower_back_story', 4);
    useExplorer.getState().actions.setMode('explore');
    expect(usePreferences.getState().skinOverride).toBeNull();
    useExplorer.getState().actions.setMode('tours');
    expect(usePreferences.getState().skinOverride).toBe(0.35);
  });
});
