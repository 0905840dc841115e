import { describe, expect, it } from 'vitest';
import { linesSharingTissue, sharedAmong, sharedBetween } from '../../src/modes/learn/shared';
import { studyItems } from '../../src/modes/learn/studyItems';
import { bodyMarks } from '../../src/modes/learn/bodyMarks';
import { LINE_IDS } from '../../src/content/ids';
import { content } from './contentFixture';

const lines = content.lines;

describe('what compared lines share, derived from their paths', () => {
  it('the Spiral Line shares tissue with the Superficial Back, Superficial Front and Lateral Lines', () => {
    const sharing = linesSharingTissue(lines.spl, LINE_IDS.map((id) => lines[id]));
    expect(sharing).toEqual(expect.arrayContaining(['sbl', 'sfl', 'll']));
  });

  it('the Lateral and Spiral Lines share the iliotibial tract', () => {
    expect(sharedBetween(lines.ll, lines.spl).structures).toContain('iliotibial_tract');
    expect(sharedBetween(lines.spl, lines.ll).structures).toContain('iliotibial_tract');
  });

  it('names only parts that both lines really use', () => {
    for (const a of LINE_IDS) for (const b of LINE_IDS) {
      if (a === b) continue;
      const shared = sharedBetween(lines[a], lines[b]);
      for (const id of shared.structures) {
        expect(content.index.linesOfStructure.get(id)).toEqual(expect.arrayContaining([a, b]));
      }
      for (const id of shared.landmarks) expect(content.index.linesOfLandmark.get(id)).toEqual(expect.arrayContaining([a, b]));
    }
  });

  it('marks the shared parts of three lines on the body, and the item studied on top', () => {
    const shared = sharedAmong([lines.spl, lines.ll, lines.sbl]);
    const marks = bodyMarks({ kind: 'track', id: 'psoas' }, shared);
    expect(marks.filter((mark) => mark.style === 'shared').map((mark) => mark.id)).toEqual(expect.arrayContaining(['iliotibial_tract']));
    expect(marks.at(-1)).toMatchObject({ style: 'focus', id: 'psoas', names: ['track_psoas', 'track_psoas_l', 'track_psoas_r'] });
  });
});

describe('a line as a study list', () => {
  it('lists the DFL from the foot, with the psoas deep and each item once', () => {
    const items = studyItems(lines.dfl, content.landmarks, content.structures);
    expect(items[0]).toMatchObject({ kind: 'station', id: 'plantar_tarsals', branch: null });
    const psoas = items.find((item) => item.id === 'psoas');
    expect(psoas).toMatchObject({ kind: 'track', deep: true, branch: null });
    const keys = items.map((item) => item.id);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.some((item) => item.branch === 'dfl_masseter')).toBe(true);
  });

  it('keeps every line\'s item ids unique, so `item=` in a link names one item', () => {
    for (const id of LINE_IDS) {
      const keys = studyItems(lines[id], content.landmarks, content.structures).map((item) => item.id);
      expect(new Set(keys).size, id).toBe(keys.length);
    }
  });
});
