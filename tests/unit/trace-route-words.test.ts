// The route words follow each line's real path: they name only the body parts the line's stations and tracks lie in
// (a track only between the stations where the line enters and leaves it), and "down" and "up" go down and up.
import { describe, expect, it } from 'vitest';
import { LINE_IDS, REGION_BASE_IDS, REGION_IDS, regionBase, type LineId, type RegionBaseId } from '../../src/content/ids';
import { fillPlaceholders } from '../../src/i18n/language';
import { travelFrom } from '../../src/modes/trace/travel';
import { travelSentence, type Wording } from '../../src/modes/trace/words';
import { content } from './contentFixture';

/** Where each line runs, read from its stations in data/lines (and Myers): the parts its path crosses, and no other. */
const CROSSES: Record<LineId, readonly RegionBaseId[]> = {
  sbl: ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'pelvis', 'lower_back', 'upper_back', 'neck', 'head'],
  sfl: ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'pelvis', 'abdomen', 'chest', 'neck', 'head'],
  ll: ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'pelvis', 'abdomen', 'chest', 'upper_back', 'neck', 'head'],
  spl: ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'pelvis', 'abdomen', 'chest', 'upper_back', 'lower_back', 'neck', 'head'],
  dfl: ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'pelvis', 'lower_back', 'abdomen', 'chest', 'upper_back', 'neck', 'jaw', 'head'],
  sfal: ['hand', 'arm', 'shoulder', 'chest', 'upper_back', 'lower_back', 'pelvis'],
  dfal: ['hand', 'arm', 'shoulder', 'chest'],
  sbal: ['hand', 'arm', 'shoulder', 'upper_back', 'neck', 'head'],
  dbal: ['hand', 'arm', 'shoulder', 'upper_back', 'neck'],
  bfl: ['knee', 'thigh', 'hip', 'pelvis', 'lower_back', 'upper_back', 'shoulder', 'arm'],
  ffl: ['thigh', 'pelvis', 'abdomen', 'chest', 'shoulder', 'arm'],
  // From the inner knee (sartorius) to the ASIS, the back fibres of the external oblique to the lowest ribs at the
  // flank, then the outer edge of the latissimus to the arm: neither the chest nor the lower back.
  ifl: ['knee', 'thigh', 'hip', 'pelvis', 'abdomen', 'upper_back', 'shoulder', 'arm'],
};

/** How high a part lies on a standing body, for the lines of the legs and trunk: "down" never climbs, "up" never drops. */
const LEVEL: Record<RegionBaseId, number> = {
  foot: 0, ankle: 1, lower_leg: 2, knee: 3, thigh: 4, hip: 5, pelvis: 5, lower_back: 6, abdomen: 6, chest: 7,
  upper_back: 7, shoulder: 8, arm: 8, hand: 8, neck: 9, jaw: 10, head: 11,
};

const en: Wording = {
  t: (key, values) => fillPlaceholders(content.ui.en[key] ?? key, values),
  regionName: (base) => content.regions[base].names.en,
};
const namesOf = (base: RegionBaseId): string[] => [content.regions[base].names.en, content.ui.en[`trace.plural.${base}`]].filter((name): name is string => Boolean(name));
const mentions = (sentence: string, base: RegionBaseId) => namesOf(base).some((name) => new RegExp(`\\b${name}\\b`, 'i').test(sentence));

describe('the route words follow the real path of each line', () => {
  for (const line of LINE_IDS) {
    it(`${line}: names only the body parts its path crosses, in the direction it runs`, () => {
      let reached = 0;
      for (const pin of REGION_IDS) {
        const travel = travelFrom(line, pin, content);
        if (!travel) continue;
        reached++;
        expect(CROSSES[line], `${line} reaches ${pin}`).toContain(regionBase(pin));
        for (const leg of travel.legs) {
          for (const stop of leg.stops) {
            expect(CROSSES[line], `${line} from ${pin} passes ${stop.base}`).toContain(stop.base);
            if (content.lines[line].group !== 'arm') {
              const fromPin = LEVEL[stop.base] - LEVEL[regionBase(pin)];
              expect(leg.toward === 'start' ? fromPin <= 0 : fromPin >= 0, `${line} from ${pin} runs ${leg.toward === 'start' ? 'down' : 'up'} to ${stop.base}`).toBe(true);
            }
          }
        }
        const sentence = travelSentence(travel, content.lines[line].group, en);
        for (const base of REGION_BASE_IDS) {
          if (!CROSSES[line].includes(base) && base !== regionBase(pin)) expect(mentions(sentence, base), `${line} from ${pin}: "${sentence}" names ${base}`).toBe(false);
        }
      }
      // Every part the path crosses is reachable as a pin of the line.
      expect(reached).toBeGreaterThanOrEqual(CROSSES[line].length);
    });
  }

  it('says the Ipsilateral Functional Line runs from the abdomen up the side of the back to the arm, not through the chest', () => {
    const travel = travelFrom('ifl', 'abdomen', content)!;
    const sentence = travelSentence(travel, 'functional', en);
    expect(sentence).not.toMatch(/chest|lower back/);
    expect(sentence).toMatch(/up through your upper back and shoulders? to your arms?/);
    expect(travelFrom('ifl', 'lower_back', content)).toBeUndefined();
    expect(travelFrom('ifl', 'chest', content)).toBeUndefined();
  });
});
