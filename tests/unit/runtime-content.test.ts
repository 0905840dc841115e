import { describe, expect, it } from 'vitest';
import { checkLongTexts, fieldName } from '../../src/content/runtimeCheck';

describe('long texts that arrive damaged at run time', () => {
  it('keeps the good entries and names each broken field', () => {
    const { texts, problems } = checkLongTexts([
      { path: ['regions', 'jaw', 'whatIsThere', 0, 'text'], text: 'fine' },
      { path: ['regions', 'neck', 'summary'], text: 42 },
      { path: ['__proto__', 'polluted'], text: 'x' },
      null,
    ]);
    expect(texts).toEqual([{ path: ['regions', 'jaw', 'whatIsThere', 0, 'text'], text: 'fine' }]);
    expect(problems).toEqual([
      'regions › neck › summary text: expected a text',
      '__proto__ › polluted path: not a field of the content',
      '[3] path: not a field of the content',
    ]);
  });

  it('says so when the whole bundle is not a list, and counts what it does not name', () => {
    expect(checkLongTexts({ regions: 12 }).problems[0]).toMatch(/whole bundle/);
    expect(checkLongTexts('<html>').texts).toEqual([]);
    const many = checkLongTexts(Array.from({ length: 10 }, () => ({ path: ['x'], text: null })));
    expect(many.problems).toHaveLength(4);
    expect(many.problems[3]).toBe('+7');
  });

  it('writes a field as the content files name it', () => {
    expect(fieldName(['regions', 'jaw', 'whatIsThere', 0, 'text'])).toBe('regions › jaw › whatIsThere[0] › text');
  });
});
