// Issue 16, point 5: random and malicious links never crash the app, never reach the store as anything but known
// ids, and never change Object.prototype — through the core parser and through every mode's URL part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../src/modes/urlParts';
import { LINE_IDS, REGION_IDS } from '../../src/content/ids';
import { describeDropped, parseUrl } from '../../src/state/url';
import { urlParts } from '../../src/state/urlParts';

const KEYS = ['lang', 'mode', 'lines', 'region', 'line', 'scene', 'step', 'pins', 'tour', 'trace', 'item', 'embed', '__proto__', 'constructor', 'prototype', 'toString'];
const CLASSICS = [
  '__proto__', 'constructor', 'prototype', '__proto__[polluted]=1', 'constructor.prototype.polluted',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%3Cscript%3E', '%E0%A4%A',
  '1e308', '-1', '9007199254740993', 'NaN', 'Infinity', '0x10', '', ',,,,', 'dfl-x', 'dfl-l-r', 'x'.repeat(10_000),
];

const hostileValue = fc.oneof(fc.constantFrom(...CLASSICS), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
const hostileQuery = fc.oneof(
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 20 })), hostileValue), { maxLength: 12 })
    .map((pairs) => `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}`),
  // Raw, not encoded: broken percent escapes, stray ampersands and equals signs.
  fc.array(fc.oneof(fc.constantFrom(...CLASSICS), fc.string({ maxLength: 40 })), { maxLength: 8 }).map((parts) => `?${parts.join('&')}`),
);

describe('hostile links', () => {
  it('the core parser never throws and keeps only known ids', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { state, dropped } = parseUrl(query, new Set(['known-scene']));
        for (const line of state.lines) expect(LINE_IDS).toContain(line.id);
        if (state.region) expect(REGION_IDS).toContain(state.region);
        if (state.step !== undefined) expect(Number.isInteger(state.step) && state.step >= 1 && state.step <= 999).toBe(true);
        for (const item of dropped) expect(typeof item).toBe('string');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 600 },
    );
  });

  it('every mode\'s URL part reads and writes them without throwing', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const params = new URLSearchParams(query);
        const dropped: string[] = [];
        for (const part of urlParts()) {
          expect(() => part.read(params, dropped), part.name).not.toThrow();
          expect(() => part.write(new URLSearchParams()), part.name).not.toThrow();
        }
        for (const item of dropped) expect(typeof item).toBe('string');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('the classics by name: dropped and reported, nothing else', () => {
    const { state, dropped } = parseUrl(`?lines=dfl,<script>alert(1)</script>&region=__proto__&mode=constructor&step=1e308&lang=${'x'.repeat(10_000)}`);
    expect(state).toEqual({ lines: [{ id: 'dfl', side: 'both' }] });
    expect(dropped).toHaveLength(5);
  });

  it('a notice about a dropped part stays short, however long the link', () => {
    const text = describeDropped([`lang=${'x'.repeat(10_000)}`, 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(text.length).toBeLessThan(300);
    expect(text).toMatch(/\(\+2\)$/);
  });
});
