import { describe, expect, it } from 'vitest';
import { LINE_IDS } from '../../src/content/ids';
import { loadContent } from '../../src/content/load';
import { contrastRatio, inkOn, lineColourStyle } from '../../src/ui/swatch';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const { lines } = result.content;

describe('a line\'s swatch in the list', () => {
  it('is the line\'s own colour, the one the body draws', () => {
    for (const id of LINE_IDS) expect(lineColourStyle(lines[id].colour)).toMatchObject({ '--line-colour': lines[id].colour });
  });

  it('carries the abbreviation in an ink that reads on every line colour (WCAG AA, 4.5:1)', () => {
    const weakest = LINE_IDS.map((id) => ({ id, ratio: contrastRatio(inkOn(lines[id].colour), lines[id].colour) }))
      .sort((a, b) => a.ratio - b.ratio)[0];
    console.log(`swatch ink: lowest contrast ${weakest?.ratio.toFixed(2)}:1 (${weakest?.id})`);
    expect(weakest?.ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('picks dark ink on light colours and light ink on dark ones', () => {
    expect(inkOn('#ffff66')).toBe('#1b1815');
    expect(inkOn('#1d3cd0')).toBe('#ffffff');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
