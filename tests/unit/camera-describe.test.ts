import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { approach, fitDistance, frameGoal, viewGoal } from '../../src/explorer/camera';
import { describeView } from '../../src/explorer/describe';
import { PULSE_RUNS, PULSE_SECONDS, pulsePosition } from '../../src/explorer/pulse';
import { fillPlaceholders } from '../../src/i18n/language';
import { readContentFiles } from '../../tools/content-files';

describe('the camera', () => {
  it('fits the whole body: a narrow phone view stands further back than a wide tablet view', () => {
    expect(fitDistance(1.9, 0.9, 30, 390 / 520)).toBeGreaterThan(fitDistance(1.9, 0.9, 30, 760 / 700) - 1e-9);
  });

  it('looks at the body from the side asked for (the body faces +Z, its left is +X)', () => {
    expect(viewGoal('front', 30, 1).position[2]).toBeGreaterThan(0);
    expect(viewGoal('back', 30, 1).position[2]).toBeLessThan(0);
    expect(viewGoal('left', 30, 1).position[0]).toBeGreaterThan(0);
    expect(viewGoal('right', 30, 1).position[0]).toBeLessThan(0);
  });

  it('frames a region from where the camera already is, so nothing jumps', () => {
    const goal = frameGoal([0, 1.5, 0], 0.1, [0, 1.5, 3], 30, 1);
    expect(goal.target).toEqual([0, 1.5, 0]);
    expect(goal.position[0]).toBeCloseTo(0);
    expect(goal.position[2]).toBeGreaterThan(0.3);
  });

  it('glides: half way after one half-life, and never overshoots', () => {
    expect(approach(0, 10, 0.2, 0.2)).toBeCloseTo(5);
    expect(approach(0, 10, 5, 0.2)).toBeLessThanOrEqual(10);
    expect(approach(3, 10, 0.1, 0)).toBe(10);
  });
});

describe('the text alternative of the 3D view', () => {
  const result = loadContent(readContentFiles(process.cwd()));
  if (!result.ok) throw new Error('content must be valid');
  const { content } = result;
  const t = (key: string, values?: Readonly<Record<string, string | number>>) => fillPlaceholders(content.ui.en[key] ?? key, values);

  it('says which lines are lit, where they run, and what is selected', () => {
    const text = describeView(content, [{ id: 'dfl', side: 'both' }, { id: 'spl', side: 'l' }], 'Jaw', 'front', 'en', t);
    expect(text).toContain('Deep Front Line, Spiral Line (left) lit, seen from the front.');
    expect(text).toMatch(/Deep Front Line: from .+ to .+\./);
    expect(text).toContain('Selected: Jaw.');
  });

  it('says when nothing is lit', () => {
    expect(describeView(content, [], undefined, 'back', 'en', t)).toBe('The body, seen from the back. No line is lit.');
  });
});

describe('the pulse along a lit line', () => {
  it('runs from foot to head a few times, then stops so the scene can go idle', () => {
    expect(pulsePosition(0)).toBe(0);
    expect(pulsePosition(PULSE_SECONDS / 2)).toBeCloseTo(0.5);
    expect(pulsePosition(PULSE_SECONDS * 1.25)).toBeCloseTo(0.25);
    expect(pulsePosition(PULSE_RUNS * PULSE_SECONDS)).toBeUndefined();
  });
});
