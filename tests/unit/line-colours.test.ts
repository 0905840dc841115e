import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINE_IDS } from '../../src/content/ids';
import { loadContent } from '../../src/content/load';
import { readContentFiles } from '../../tools/content-files';
import { closestPair, deltaE2000, differenceAs, VISIONS, type Vision } from '../../tools/colourDifference';
import { SKIN, SKIN_TARGET, TARGETS } from '../../tools/palette';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const { lines } = result.content;
/** The colours as data/lines/*.json give them: the list swatch and the line on the body use the same value. */
const colours = Object.fromEntries(LINE_IDS.map((id) => [id, lines[id].colour]));

describe('CIEDE2000 is computed as published', () => {
  it('matches pairs from Sharma, Wu & Dalal (2005), Table 1', () => {
    expect(deltaE2000({ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 })).toBeCloseTo(2.0425, 4);
    expect(deltaE2000({ L: 50, a: 2.5, b: 0 }, { L: 73, a: 25, b: -18 })).toBeCloseTo(27.1492, 4);
    expect(deltaE2000({ L: 2.0776, a: 0.0795, b: -1.135 }, { L: 0.9033, a: -0.0636, b: -0.5514 })).toBeCloseTo(0.9082, 4);
  });

  it('sees red and green as nearly the same under deuteranopia, and not with normal vision', () => {
    expect(differenceAs('normal', '#d62728', '#2ca02c')).toBeGreaterThan(50);
    expect(differenceAs('deuteranopia', '#d62728', '#2ca02c')).toBeLessThan(15);
  });
});

describe('the twelve line colours can be told apart', () => {
  it.each(VISIONS.map((vision) => [vision]))('pairwise under %s vision', (vision: Vision) => {
    const pair = closestPair(vision, colours);
    console.log(`line colours, ${vision}: smallest CIEDE2000 ${pair.difference.toFixed(1)} (${pair.first} / ${pair.second})`);
    expect(pair.difference).toBeGreaterThanOrEqual(TARGETS[vision]);
  });

  it('every line stands out from the skin the body is drawn in', () => {
    expect(readFileSync('src/scene/BodyModel.tsx', 'utf8').toLowerCase()).toContain(SKIN);
    const nearest = LINE_IDS.map((id) => ({ id, difference: differenceAs('normal', colours[id] ?? '', SKIN) }))
      .sort((a, b) => a.difference - b.difference)[0];
    console.log(`line colours: closest to the skin ${nearest?.id} at CIEDE2000 ${nearest?.difference.toFixed(1)}`);
    expect(nearest?.difference).toBeGreaterThanOrEqual(SKIN_TARGET);
  });

  it('no line is near-black or grey', () => {
    for (const id of LINE_IDS) {
      expect(differenceAs('normal', colours[id] ?? '', '#000000'), `${id} is too dark`).toBeGreaterThan(25);
      expect(differenceAs('normal', colours[id] ?? '', '#808080'), `${id} is too grey`).toBeGreaterThan(20);
    }
  });
});
