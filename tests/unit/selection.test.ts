import { describe, expect, it } from 'vitest';
import { nextRegion, setLineSide, showAllLines, sidesToDraw, toggleLine } from '../../src/explorer/selection';
import { LINE_IDS } from '../../src/content/ids';

describe('selecting lines', () => {
  it('switches a line on and off again, keeping the canonical order', () => {
    const one = toggleLine([], 'dfl');
    const two = toggleLine(one, 'sbl');
    expect(two.map((line) => line.id)).toEqual(['sbl', 'dfl']);
    expect(toggleLine(two, 'dfl')).toEqual([{ id: 'sbl', side: 'both' }]);
  });

  it('shows a line on one side only, and keeps that side when all lines are shown', () => {
    const left = setLineSide(toggleLine([], 'spl'), 'spl', 'l');
    expect(left).toEqual([{ id: 'spl', side: 'l' }]);
    const all = showAllLines(left);
    expect(all).toHaveLength(LINE_IDS.length);
    expect(all.find((line) => line.id === 'spl')?.side).toBe('l');
  });

  it('draws both sides, or just the chosen one', () => {
    expect(sidesToDraw('both')).toEqual(['l', 'r']);
    expect(sidesToDraw('r')).toEqual(['r']);
  });
});

describe('selecting regions', () => {
  it('opens a tapped region and closes it on a second tap', () => {
    expect(nextRegion(null, 'jaw')).toBe('jaw');
    expect(nextRegion('jaw', 'foot_l')).toBe('foot_l');
    expect(nextRegion('foot_l', 'foot_l')).toBeNull();
  });
});
