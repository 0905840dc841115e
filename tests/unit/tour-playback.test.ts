// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { markersOf, useBodyMarkers } from '../../src/modes/bodyMarkers';
import { closeTour, goToStep, openTour, provideTourContent } from '../../src/modes/tours/tourPlayback';
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
