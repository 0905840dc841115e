import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { lineRoute } from '../../src/explorer/lineRoute';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must load');
const { content } = result;
const route = (id: keyof typeof content.lines) => lineRoute(content.lines[id], content.landmarks, content.structures);

describe('where a line runs, in the order one would trace it', () => {
  it('walks the Deep Front Line up from the foot: the ankle before the lower leg, the jaw near the end', () => {
    const dfl = route('dfl');
    expect(dfl[0]).toBe('foot');
    expect(dfl.indexOf('ankle')).toBeLessThan(dfl.indexOf('lower_leg'));
    expect(dfl.indexOf('lower_leg')).toBeLessThan(dfl.indexOf('knee'));
    expect(dfl.indexOf('knee')).toBeLessThan(dfl.indexOf('thigh'));
    expect(dfl.indexOf('neck')).toBeLessThan(dfl.indexOf('jaw'));
  });

  it('walks the arm lines from the hand inward', () => {
    for (const id of ['sfal', 'dfal', 'sbal', 'dbal'] as const) expect(route(id)[0], id).toBe('hand');
  });

  it('names every body part a line passes once', () => {
    for (const id of Object.keys(content.lines) as (keyof typeof content.lines)[]) {
      const parts = route(id);
      expect(new Set(parts).size, id).toBe(parts.length);
    }
  });
});

describe('names inside a sentence', () => {
  it('lower-cases a name but keeps an abbreviation', async () => {
    const { midSentence } = await import('../../src/explorer/describe');
    expect(midSentence('Brow ridge')).toBe('brow ridge');
    expect(midSentence('ASIS')).toBe('ASIS');
    expect(midSentence('hielbeen')).toBe('hielbeen');
  });
});
