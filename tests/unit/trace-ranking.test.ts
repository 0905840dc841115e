import { describe, expect, it } from 'vitest';
import type { LineId, RegionId } from '../../src/content/ids';
import { fillPlaceholders } from '../../src/i18n/language';
import { parsePins, type Pin } from '../../src/modes/trace/pins';
import { rankLines } from '../../src/modes/trace/ranking';
import { farRegions, travelFrom } from '../../src/modes/trace/travel';
import { travelSentence, type Wording } from '../../src/modes/trace/words';
import { content } from './contentFixture';

const pins = (value: string): Pin[] => parsePins(value, []);
const order = (value: string): LineId[] => rankLines(pins(value), content).map((ranked) => ranked.line);
const words = (language: 'nl' | 'en'): Wording => ({
  t: (key, values) => fillPlaceholders(content.ui[language][key] ?? key, values),
  regionName: (base) => content.regions[base].names[language],
});
const sentence = (line: LineId, pin: RegionId, language: 'nl' | 'en' = 'en') => {
  const travel = travelFrom(line, pin, content);
  if (!travel) throw new Error(`${line} does not reach ${pin}`);
  return travelSentence(travel, content.lines[line].group, words(language));
};

describe('ranking the lines through the pinned spots', () => {
  it('puts the studied lines through the lower back first: the back lines before the never studied Deep Front Line', () => {
    const ranked = order('lower_back');
    expect(ranked.slice(0, 2)).toEqual(['sbl', 'bfl']);
    expect(ranked).toContain('dfl');
    expect(ranked.indexOf('spl')).toBeLessThan(ranked.indexOf('dfl'));
    expect(ranked).not.toContain('sfl');
  });

  it('puts the lines that connect the lower back and the left foot before those that reach only one of them', () => {
    const ranked = rankLines(pins('lower_back:3,foot_l'), content);
    const connecting = ranked.filter((line) => line.connected.length === 2).map((line) => line.line);
    expect(connecting).toEqual(['sbl', 'spl', 'dfl']);
    expect(ranked.slice(0, 3).map((line) => line.line)).toEqual(connecting);
    expect(ranked[0]?.side).toBe('l');
    expect(ranked[0]?.weight).toBe(5);
  });

  it('weights by intensity: a sore jaw (3) pulls the Deep Front Line above the lines of a lightly sore foot (1)', () => {
    expect(order('foot_l:1,jaw:3')[0]).toBe('dfl');
    expect(order('foot_l:3,jaw:1')[0]).toBe('dfl'); // it connects both
    expect(order('foot_l:3,neck:1')[0]).not.toBe('sbal');
  });

  it('finds only the Deep Front Line through the jaw', () => {
    expect(order('jaw')).toEqual(['dfl']);
  });

  it('lights a crossing line from the side that reaches a left shoulder: the right foot', () => {
    const bfl = rankLines(pins('shoulder_l'), content).find((line) => line.line === 'bfl');
    expect(bfl?.side).toBe('r');
    expect(bfl?.travels[0]?.startSide).toBe('r');
  });

  it('lights a line on both sides for a pin on the midline', () => {
    expect(rankLines(pins('lower_back'), content).every((line) => line.side === 'both')).toBe(true);
  });

  it('finds nothing without pins', () => {
    expect(rankLines([], content)).toEqual([]);
  });
});

describe('where the tension can travel from a pin', () => {
  it('runs the back line from the lower back down to the feet and up to the head', () => {
    const travel = travelFrom('sbl', 'lower_back', content);
    expect(travel?.bothSides).toBe(true);
    expect(travel?.legs.map((leg) => leg.toward)).toEqual(['start', 'end']);
    expect(farRegions(travel!)).toEqual(['foot_l', 'head']);
    expect(travel?.legs[0]?.stops.map((stop) => stop.base)).toEqual(['pelvis', 'thigh', 'knee', 'lower_leg', 'ankle', 'foot']);
  });

  it('runs only upward from a foot, on its own side', () => {
    const travel = travelFrom('sbl', 'foot_r', content);
    expect(travel?.legs).toHaveLength(1);
    expect(travel?.legs[0]?.stops.filter((stop) => stop.side).every((stop) => stop.side === 'r')).toBe(true);
    expect(farRegions(travel!)).toEqual(['head']);
  });

  it('follows the jaw branches of the Deep Front Line up to the head as well as down to the foot', () => {
    expect(farRegions(travelFrom('dfl', 'jaw', content)!)).toEqual(['foot_l', 'head']);
  });

  it('crosses the midline: from a left shoulder the Back Functional Line leads to the right knee', () => {
    const travel = travelFrom('bfl', 'shoulder_l', content)!;
    const down = travel.legs.find((leg) => leg.toward === 'start')!;
    expect(down.crosses).toBe(true);
    expect(farRegions(travel)).toEqual(['knee_r', 'arm_l']);
  });

  it('crosses with the Spiral Line: from a left foot it wraps the upper back on the right', () => {
    const travel = travelFrom('spl', 'foot_l', content)!;
    const up = travel.legs[0]!;
    expect(up.crosses).toBe(true);
    expect(up.stops.find((stop) => stop.region === 'upper_back')?.lies).toBe('r');
    expect(travelFrom('ll', 'foot_l', content)?.legs[0]?.crosses).toBe(false);
  });

  it('leads from a left hip along the Front Functional Line to the right shoulder', () => {
    const travel = travelFrom('ffl', 'thigh_l', content)!;
    expect(travel.startSide).toBe('l');
    expect(travel.legs.find((leg) => leg.toward === 'end')?.stops.map((stop) => stop.region)).toContain('shoulder_r');
  });

  it('does not reach a part the line does not pass', () => {
    expect(travelFrom('sfal', 'foot_l', content)).toBeUndefined();
  });
});

describe('the travel in plain words', () => {
  it('says the back line runs from the lower back down to the feet and up to the head', () => {
    expect(sentence('sbl', 'lower_back')).toBe(
      'From your lower back this line runs down through your pelvis, knees and ankles to your feet, and up through your upper back and neck to your head.',
    );
    expect(sentence('sbl', 'lower_back', 'nl')).toBe(
      'Vanaf je onderrug loopt deze lijn omlaag via je bekken, knieën en enkels naar je voeten, en omhoog via je bovenrug en nek naar je hoofd.',
    );
  });

  it('names the side in natural Dutch compounds and says when a line crosses', () => {
    const nl = sentence('bfl', 'shoulder_l', 'nl');
    expect(nl).toMatch(/^Vanaf je linkerschouder/);
    expect(nl).toContain('schuin over het midden van je lichaam');
    expect(nl).toContain('naar je rechterknie');
    expect(sentence('bfl', 'shoulder_l')).toContain('to your right knee');
  });

  it('says "one foot" and "the other side" for a pin on the midline of a crossing line', () => {
    expect(sentence('bfl', 'lower_back')).toContain('to your arm on the other side');
    expect(sentence('bfl', 'lower_back')).toContain('to one knee');
  });

  it('never shows a key or a placeholder', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const ranked of rankLines(pins('lower_back,jaw,foot_l,shoulder_r,hand_l'), content)) {
        for (const travel of ranked.travels) {
          const text = travelSentence(travel, content.lines[ranked.line].group, words(language));
          expect(text).not.toMatch(/[{}]|trace\./);
        }
      }
    }
  });
});
