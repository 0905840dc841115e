import { describe, expect, it } from 'vitest';
import type { SceneStep } from '../../src/content/schemas';
import {
  AUTOPLAY_LONGEST_MS,
  AUTOPLAY_SHORTEST_MS,
  autoplayDelay,
  autoplayNext,
  clampStep,
  nextStep,
  previousStep,
  sceneMinutes,
  stepView,
  swipeDirection,
} from '../../src/modes/tours/stepping';
import { content } from './contentFixture';

const story = content.scenes.get('lower_back_story')!;
const count = story.steps.length;

describe('stepping through a scene', () => {
  it('next and previous stop at the ends instead of wrapping round', () => {
    expect(nextStep(1, count)).toBe(2);
    expect(nextStep(count, count)).toBe(count);
    expect(previousStep(2, count)).toBe(1);
    expect(previousStep(1, count)).toBe(1);
  });

  it('a step number from a link that does not exist lands on the nearest real step', () => {
    expect(clampStep(0, count)).toBe(1);
    expect(clampStep(999, count)).toBe(count);
    expect(clampStep(Number.NaN, count)).toBe(1);
    expect(clampStep(2.4, count)).toBe(2);
  });

  it('autoplay gives a long text more time than a short one, within bounds, and stops at the last step', () => {
    expect(autoplayDelay('Kort.')).toBe(AUTOPLAY_SHORTEST_MS);
    expect(autoplayDelay('x'.repeat(150))).toBeGreaterThan(autoplayDelay('x'.repeat(60)));
    expect(autoplayDelay('x'.repeat(5000))).toBe(AUTOPLAY_LONGEST_MS);
    expect(autoplayNext(1, 3)).toEqual({ step: 2, playing: true });
    expect(autoplayNext(3, 3)).toEqual({ step: 3, playing: false });
  });

  it('a scene says how many minutes it takes, at least one', () => {
    const minutes = sceneMinutes(story, 'nl');
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeLessThan(10);
  });

  it('a sideways swipe over the text steps: left for next, right for previous, however slow; a vertical one scrolls', () => {
    expect(swipeDirection(-120, 10)).toBe('next');
    expect(swipeDirection(120, -10)).toBe('previous');
    expect(swipeDirection(-30, 0)).toBeNull();
    expect(swipeDirection(-100, 90)).toBeNull();
  });
});

describe('what a step puts on the body', () => {
  const base: SceneStep = {
    title: { nl: 'T', en: 'T' },
    camera: { frame: 'lines' },
    lines: [{ id: 'spl', side: 'l' }],
    text: { claim: 'anatomy', nl: 'x', en: 'x' },
  };

  it('lights the lines on their side and frames them', () => {
    const view = stepView(base, content);
    expect(view.shownLines).toEqual([{ id: 'spl', side: 'l' }]);
    expect(view.camera).toEqual({ kind: 'lines' });
    expect(view.skinOverride).toBeNull();
    expect(view.focus).toBeNull();
  });

  it('names its one track and moves close to it, with its x-ray level', () => {
    const view = stepView({ ...base, camera: { frame: 'focus' }, track: 'hamstrings', xray: 0.3 }, content);
    expect(view.focus).toEqual({ kind: 'track', id: 'hamstrings' });
    expect(view.camera).toEqual({ kind: 'focus', focus: { kind: 'track', id: 'hamstrings' } });
    expect(view.skinOverride).toBe(0.3);
    expect(view.pointers).toMatchObject([{ track: 'track_hamstrings_l', region: 'thigh_l' }]);
  });

  it('points at a sided landmark on the side asked, in the region it lies in', () => {
    const view = stepView({ ...base, pointer: { landmark: 'calcaneus', side: 'r', label: { nl: 'Hiel', en: 'Heel' } } }, content);
    expect(view.pointers).toEqual([{ region: 'foot_r', modelName: 'landmark_calcaneus_r', label: { nl: 'Hiel', en: 'Heel' } }]);
  });

  it('a region or a view is the camera when the step says so', () => {
    expect(stepView({ ...base, camera: { region: 'jaw' } }, content).camera).toEqual({ kind: 'region', region: 'jaw' });
    expect(stepView({ ...base, camera: { view: 'back' } }, content).camera).toEqual({ kind: 'view', view: 'back' });
  });
});
