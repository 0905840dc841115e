import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LINE_IDS, REGION_IDS } from '../../src/content/ids';
import { APP_MODES } from '../../src/modes/modes';
import { formatUrl, parseUrl, type UrlState } from '../../src/state/url';

const scenes = new Set(['first_visit', 'dfl_story']);

const urlState: fc.Arbitrary<UrlState> = fc
  .record({
    language: fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }),
    lines: fc.uniqueArray(fc.record({ id: fc.constantFrom(...LINE_IDS), side: fc.constantFrom('both' as const, 'l' as const, 'r' as const) }), {
      selector: (line) => line.id,
      maxLength: 12,
    }),
    region: fc.option(fc.constantFrom(...REGION_IDS), { nil: undefined }),
    line: fc.option(fc.constantFrom(...LINE_IDS), { nil: undefined }),
    scene: fc.option(fc.constantFrom(...scenes), { nil: undefined }),
    step: fc.integer({ min: 1, max: 40 }),
    mode: fc.option(fc.constantFrom(...APP_MODES.filter((mode) => mode !== 'explore')), { nil: undefined }),
  })
  .map(({ language, lines, region, line, scene, step, mode }) => ({
    lines,
    ...(language ? { language } : {}),
    ...(mode ? { mode } : {}),
    ...(region ? { region } : {}),
    ...(line ? { line } : {}),
    ...(scene ? { scene, step } : {}),
  }));

describe('the URL', () => {
  it('reads lines=all as every line', () => {
    expect(parseUrl('?lines=all').state.lines.map((line) => line.id)).toEqual([...LINE_IDS]);
  });

  it('carries the mode, and leaves it out for the explorer', () => {
    expect(formatUrl({ lines: [], mode: 'trace' })).toBe('?mode=trace');
    expect(formatUrl({ lines: [], mode: 'explore' })).toBe('');
    expect(parseUrl('?mode=learn').state.mode).toBe('learn');
    expect(parseUrl('?mode=__proto__').dropped).toEqual(['mode=__proto__']);
  });

  it('never makes the parser throw, whatever is typed or pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const { state } = parseUrl(search, scenes);
        expect(Array.isArray(state.lines)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only known ids from arbitrary query values, and reports the rest', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (lines, region) => {
        const { state, dropped } = parseUrl(`?${new URLSearchParams({ lines, region, lang: region })}`, scenes);
        for (const line of state.lines) expect(LINE_IDS).toContain(line.id);
        if (state.region) expect(REGION_IDS).toContain(state.region);
        const givenTokens = lines.split(',').filter(Boolean).length;
        expect(state.lines.length + dropped.filter((item) => item.startsWith('lines=')).length).toBeLessThanOrEqual(givenTokens);
      }),
    );
  });

  it('gives back what was written: parse(format(state)) = state', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const { state: parsed, dropped } = parseUrl(formatUrl(state), scenes);
        expect(dropped).toEqual([]);
        expect(parsed).toEqual(state);
      }),
    );
  });

  it('drops unknown lines, regions and scenes by name', () => {
    const { state, dropped } = parseUrl('?lang=fr&lines=dfl,psoas,spl-x&region=elbow&scene=nope&step=2', scenes);
    expect(state).toEqual({ lines: [{ id: 'dfl', side: 'both' }] });
    expect(dropped).toEqual(['lang=fr', 'lines=psoas', 'lines=spl-x', 'region=elbow', 'scene=nope', 'step=2']);
  });

  it('carries the open line page, and drops a line that does not exist', () => {
    expect(parseUrl('?line=dfl').state.line).toBe('dfl');
    expect(formatUrl({ lines: [], line: 'sbl' })).toBe('?line=sbl');
    expect(parseUrl('?line=psoas').dropped).toEqual(['line=psoas']);
  });

  it('reads a side per line: spl-l is the left Spiral Line', () => {
    expect(parseUrl('?lines=spl-l,bfl-r,dfl').state.lines).toEqual([
      { id: 'spl', side: 'l' },
      { id: 'bfl', side: 'r' },
      { id: 'dfl', side: 'both' },
    ]);
  });
});
