import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { HINT_KEYS, inputOfPointer, touchActionFor } from '../../src/explorer/input';
import { FINGER_WIDTH_PX, nearestPerRegion, pickRegion, tapSamples, zoomsFirst } from '../../src/explorer/picking';
import { readContentFiles } from '../../tools/content-files';

describe('forgiving taps', () => {
  it('picks a small jaw the finger touches over the big head under it', () => {
    expect(pickRegion([
      { region: 'head', distancePx: 0, sizePx: 60 },
      { region: 'jaw', distancePx: 8.5, sizePx: 15 },
    ])).toBe('jaw');
  });

  it('keeps the region under the finger when the small one is more than half a finger away', () => {
    expect(pickRegion([
      { region: 'head', distancePx: 0, sizePx: 60 },
      { region: 'jaw', distancePx: 25.5, sizePx: 15 },
    ])).toBe('head');
  });

  it('keeps the region under the finger when all near it are big enough to tap', () => {
    expect(pickRegion([
      { region: 'pelvis', distancePx: 0, sizePx: 80 },
      { region: 'lower_back', distancePx: 8.5, sizePx: 70 },
    ])).toBe('pelvis');
  });

  it('picks the nearest region within a finger’s width when the tap just misses the body', () => {
    expect(pickRegion([
      { region: 'hand_l', distancePx: 25.5, sizePx: 40 },
      { region: 'thigh_l', distancePx: 34, sizePx: 90 },
    ])).toBe('hand_l');
    expect(pickRegion([{ region: 'hand_l', distancePx: FINGER_WIDTH_PX + 1, sizePx: 40 }])).toBeUndefined();
    expect(pickRegion([])).toBeUndefined();
  });

  it('looks in rings out to a finger’s width and counts each region once, at its nearest', () => {
    const samples = tapSamples();
    expect(samples[0]).toEqual({ dx: 0, dy: 0, distance: 0 });
    expect(Math.max(...samples.map((sample) => sample.distance))).toBe(FINGER_WIDTH_PX);
    expect(nearestPerRegion([
      { region: 'jaw', distancePx: 17, sizePx: 15 },
      { region: 'jaw', distancePx: 8.5, sizePx: 15 },
    ])).toEqual([{ region: 'jaw', distancePx: 8.5, sizePx: 15 }]);
  });

  it('frames a tapped region that is smaller on screen than a touch target', () => {
    expect(zoomsFirst(15)).toBe(true);
    expect(zoomsFirst(120)).toBe(false);
  });
});

describe('the hint and the page’s own swipe', () => {
  it('lets a tall page scroll with a vertical swipe over the body, and gives a page that fits every touch to the body', () => {
    expect(touchActionFor(true)).toBe('pan-y');
    expect(touchActionFor(false)).toBe('none');
  });

  it('speaks of the hand in use, in both languages', () => {
    expect(inputOfPointer('mouse')).toBe('mouse');
    expect(inputOfPointer('touch')).toBe('touch');
    expect(inputOfPointer('pen')).toBe('touch');
    const result = loadContent(readContentFiles(process.cwd()));
    if (!result.ok) throw new Error('content must be valid');
    for (const key of Object.values(HINT_KEYS)) {
      expect(result.content.ui.en[key], key).toBeTruthy();
      expect(result.content.ui.nl[key], key).toBeTruthy();
    }
    expect(result.content.ui.en[HINT_KEYS.mouse]).toContain('scroll to zoom');
    expect(result.content.ui.en[HINT_KEYS.touch]).toContain('pinch to zoom');
  });
});
