import { describe, expect, it } from 'vitest';
import { escapeCloses, OVERVIEW_FROM, panelContent, storyContent } from '../../src/explorer/panel';
import { LINE_IDS } from '../../src/content/ids';
import { layoutFor } from '../../src/layout/layout';

describe('the side panel follows what is shown', () => {
  it('shows the story of the line lit last when nothing else is open', () => {
    const shownLines = [{ id: 'sbl' as const, side: 'both' as const }, { id: 'dfl' as const, side: 'l' as const }];
    expect(panelContent({ region: null, lineDetail: null, shownLines })).toEqual({ kind: 'story', lineId: 'dfl' });
  });

  it('keeps an open region in front of a lit line, and a line page in front of a story', () => {
    const shownLines = [{ id: 'sbl' as const, side: 'both' as const }];
    expect(panelContent({ region: 'jaw', lineDetail: 'spl', shownLines })).toEqual({ kind: 'region', region: 'jaw' });
    expect(panelContent({ region: null, lineDetail: 'spl', shownLines })).toEqual({ kind: 'line', lineId: 'spl' });
  });

  it('falls back to the start panel, which Escape does not close', () => {
    const inputs = { region: null, lineDetail: null, shownLines: [] };
    expect(panelContent(inputs)).toEqual({ kind: 'start' });
    expect(escapeCloses(inputs)).toBeNull();
  });

  it('names many lit lines side by side until one is picked, and tells a picked line story while it is lit', () => {
    expect(storyContent(LINE_IDS, null)).toEqual({ kind: 'overview' });
    expect(storyContent(LINE_IDS.slice(0, OVERVIEW_FROM - 1), null)).toEqual({ kind: 'story', lineId: LINE_IDS[OVERVIEW_FROM - 2] });
    expect(storyContent(LINE_IDS, 'dfl')).toEqual({ kind: 'story', lineId: 'dfl' });
    // A picked line switched off no longer holds the panel.
    expect(storyContent(['sbl', 'sfl', 'll', 'spl'], 'dfl')).toEqual({ kind: 'overview' });
    expect(storyContent(['sbl'], 'dfl')).toEqual({ kind: 'story', lineId: 'sbl' });
    expect(storyContent([], null)).toBeUndefined();
  });

  it('closes the region first with Escape, then the line page', () => {
    expect(escapeCloses({ region: 'foot_l', lineDetail: 'dfl', shownLines: [] })).toBe('region');
    expect(escapeCloses({ region: null, lineDetail: 'dfl', shownLines: [] })).toBe('line');
  });
});

describe('each screen gets its own layout', () => {
  it('gives a phone, a tablet in either orientation and a laptop their own design', () => {
    expect(layoutFor(390)).toBe('phone');
    expect(layoutFor(768)).toBe('tablet');
    expect(layoutFor(1024)).toBe('tablet');
    expect(layoutFor(1440)).toBe('laptop');
  });
});

describe('what a region panel offers to try now', () => {
  it('lists exercises tagged with the region first, then those of its patterns, without repeats and at most two', async () => {
    const { loadContent } = await import('../../src/content/load');
    const { readContentFiles } = await import('../../tools/content-files');
    const { exercisesForRegion } = await import('../../src/explorer/regionAnswer');
    const result = loadContent(readContentFiles(process.cwd()));
    if (!result.ok) throw new Error('content must load');
    const { content } = result;
    for (const region of ['lower_back', 'jaw', 'foot', 'neck'] as const) {
      const found = exercisesForRegion(content, region);
      expect(found.length, `${region} has something to try`).toBeGreaterThan(0);
      expect(found.length).toBeLessThanOrEqual(2);
      expect(new Set(found).size).toBe(found.length);
      const tagged = [...content.exercises.values()].filter((exercise) => exercise.regions.includes(region)).map((exercise) => exercise.id);
      if (tagged.length > 0) expect(tagged).toContain(found[0]);
    }
  });
});
