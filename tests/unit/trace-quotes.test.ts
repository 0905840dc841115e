import { describe, expect, it } from 'vitest';
import { regionBase } from '../../src/content/ids';
import { quotesForLines, type ClientQuote } from '../../src/modes/trace/answer';
import { parsePins } from '../../src/modes/trace/pins';
import { rankLines } from '../../src/modes/trace/ranking';
import { content } from './contentFixture';

const textOf = (quote: ClientQuote) => quote.pattern.clientNotices[quote.notice]?.en ?? '';

describe("what a client may notice, per line of the trace's results", () => {
  for (const trace of ['lower_back:3,foot_l', 'neck,shoulder_l', 'jaw:3,neck', 'knee_l,hip_l,lower_back']) {
    it(`shows two or three distinct quotes per line and none twice on the page (${trace})`, () => {
      const pins = parsePins(trace, []);
      const lines = rankLines(pins, content).slice(0, 3).map((ranked) => ranked.line);
      const quotes = quotesForLines(lines, pins, content);
      const page = lines.flatMap((line) => [...quotes.get(line)!.shown, ...quotes.get(line)!.more].map(textOf));
      expect(new Set(page).size).toBe(page.length);
      expect(page.every((text) => text.length > 0)).toBe(true);
      const bases = pins.map((pin) => regionBase(pin.region));
      for (const line of lines) {
        const { shown, more } = quotes.get(line)!;
        expect(shown.length).toBeLessThanOrEqual(3);
        if (more.length > 0) expect(shown.length).toBeGreaterThanOrEqual(2);
        // Each is a pattern of this line at a pinned spot.
        for (const quote of [...shown, ...more]) {
          expect(quote.pattern.lines).toContain(line);
          expect(quote.pattern.regions.some((region) => bases.includes(region))).toBe(true);
        }
      }
    });
  }

  it('speaks of every pinned spot among the few shown, puts patterns involving more and sorer spots first, and a pattern once before any twice', () => {
    const pins = parsePins('lower_back:3,foot_l', []);
    const [best] = rankLines(pins, content);
    const { shown, more } = quotesForLines([best!.line], pins, content).get(best!.line)!;
    // The lower back at 3 weighs more than the foot at the default 2.
    const hits = (quote: ClientQuote) => (quote.pattern.regions.includes('lower_back') ? 3 : 0) + (quote.pattern.regions.includes('foot') ? 2 : 0);
    const all = [...shown, ...more];
    for (const list of [shown, more]) for (let index = 1; index < list.length; index++) expect(hits(list[index - 1]!)).toBeGreaterThanOrEqual(hits(list[index]!));
    // Both pinned spots are spoken of among the few shown: the sore lower back first, the foot too.
    expect(hits(shown[0]!)).toBeGreaterThanOrEqual(3);
    expect(shown.some((quote) => quote.pattern.regions.includes('foot'))).toBe(true);
    const shownPatterns = shown.map((quote) => quote.pattern.id);
    if (new Set(all.map((quote) => quote.pattern.id)).size >= shown.length) expect(new Set(shownPatterns).size).toBe(shown.length);
    // The therapist reads a pattern's name once, at its first quote.
    const firsts = all.filter((quote) => quote.firstOfPattern).map((quote) => quote.pattern.id);
    expect(new Set(firsts).size).toBe(firsts.length);
  });
});
