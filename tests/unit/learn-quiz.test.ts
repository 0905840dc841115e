import { describe, expect, it } from 'vitest';
import { LINE_IDS, REGION_BASE_IDS } from '../../src/content/ids';
import { cardKeys, confirmedConnections, generateQuestion, isRight, patternPromptTexts, unconfirmedConnections } from '../../src/modes/learn/quiz/generators';
import { SESSION_LENGTH, sessionQuestions } from '../../src/modes/learn/quiz/session';
import { QUIZ_TYPES, type Question } from '../../src/modes/learn/quiz/types';
import { mainStations } from '../../src/modes/learn/studyItems';
import { partName } from '../../src/modes/learn/names';
import { content } from './contentFixture';

const SEEDS = [1, 2, 3, 17, 4242];
const keys = cardKeys(content);
const all = QUIZ_TYPES.flatMap((type) => keys[type]);
const questions: Question[] = SEEDS.flatMap((seed) => all.map((key) => generateQuestion(content, key, seed)!));

const of = <T extends Question['type']>(type: T) => questions.filter((question): question is Extract<Question, { type: T }> => question.type === type);

describe('generated questions', () => {
  it('exist for every card, for every line and region the data allows', () => {
    expect(questions.every(Boolean)).toBe(true);
    expect(keys.name_line).toHaveLength(LINE_IDS.length);
    expect(keys.order).toHaveLength(LINE_IDS.length);
    expect(keys.region_lines).toHaveLength(REGION_BASE_IDS.length);
    expect(keys.evidence.length).toBeGreaterThanOrEqual(6);
    for (const type of QUIZ_TYPES) expect(keys[type].length, type).toBeGreaterThan(0);
  });

  it('have options that are all different, so no two read the same', () => {
    for (const question of questions) {
      if (question.type === 'order') continue;
      const labels = question.type === 'evidence'
        ? question.options.map((option) => `${option.line}:${option.from}>${option.to}`)
        : question.type === 'tap'
          ? question.options.map((option) => partName(content, option, 'en', false))
          : question.options;
      expect(new Set(labels).size, question.key).toBe(labels.length);
      if (question.type === 'tap') {
        for (const latin of [true, false]) for (const language of ['nl', 'en'] as const) {
          const names = question.options.map((option) => partName(content, option, language, latin));
          expect(new Set(names).size, `${question.key} ${language} latin=${latin}`).toBe(names.length);
        }
      }
    }
  });

  it('name the lit line: exactly one option is the lit line', () => {
    for (const question of of('name_line')) {
      expect(question.options.filter((id) => id === question.lit)).toHaveLength(1);
      expect(question.options).toHaveLength(4);
    }
  });

  it('stations in order: the answer is a stretch of the line\'s own path, and the first order shown is not it', () => {
    for (const question of of('order')) {
      const stations = mainStations(content.lines[question.of]);
      const start = stations.indexOf(question.answer[0]!);
      expect(stations.slice(start, start + question.answer.length)).toEqual(question.answer);
      expect(question.shuffled).not.toEqual(question.answer);
      expect([...question.shuffled].sort()).toEqual([...question.answer].sort());
    }
  });

  it('lines through a region: the lines marked right pass through it, those marked wrong really do not', () => {
    for (const question of of('region_lines')) {
      const through = content.index.linesThroughRegion[question.region];
      expect(question.answer.length).toBeGreaterThan(0);
      for (const id of question.options) expect(through.includes(id), `${question.key}: ${id}`).toBe(question.answer.includes(id));
      expect(question.options).toHaveLength(6);
      expect(question.answer.length).toBeLessThan(question.options.length);
      expect(question.answer.every((id) => question.options.includes(id))).toBe(true);
    }
    expect(REGION_BASE_IDS.filter((region) => keys.region_lines.includes(`region_lines:${region}`))).toContain('knee');
  });

  it('find it on the body: the target is part of the lit line, and the other options are other parts', () => {
    for (const question of of('tap')) {
      const steps = content.lines[question.of].path;
      expect(steps.some((step) => step.kind === question.target.kind && step.id === question.target.id)).toBe(true);
      expect(question.options.filter((option) => option.kind === question.target.kind && option.id === question.target.id)).toHaveLength(1);
    }
  });

  it('pattern and line: exactly one option is among the pattern\'s lines, and the prompt does not name it', () => {
    for (const question of of('pattern_line')) {
      const pattern = content.patterns.get(question.pattern)!;
      expect(question.options.filter((id) => pattern.lines.includes(id))).toEqual([question.answer]);
      const prompt = patternPromptTexts(pattern).join(' ').toLowerCase();
      const line = content.lines[question.answer];
      for (const name of [line.names.nl, line.names.en]) expect(prompt).not.toContain(name.toLowerCase());
    }
    expect(keys.pattern_line).not.toContain('pattern_line:jaw_clenching_dfl');
  });

  it('what dissection confirmed: the answer has strong or moderate evidence, the others were not confirmed', () => {
    const confirmed = confirmedConnections(content);
    const unconfirmed = unconfirmedConnections(content);
    const pair = (connection: { from: string; to: string }) => `${connection.from}>${connection.to}`;
    // The same two tracks are never confirmed on one line and unconfirmed on another.
    expect(confirmed.filter((connection) => unconfirmed.some((other) => pair(other) === pair(connection)))).toEqual([]);
    for (const question of of('evidence')) {
      const step = content.lines[question.answer.line].path.find((candidate) => candidate.kind === 'track' && candidate.id === question.answer.to);
      expect(step?.kind === 'track' && ['strong', 'moderate'].includes(step.evidence?.level ?? '')).toBe(true);
      for (const option of question.options.filter((candidate) => candidate !== question.answer)) {
        const line = content.lines[option.line];
        const own = [line.path, ...line.branches.map((branch) => branch.path)].flat()
          .find((candidate) => candidate.kind === 'track' && candidate.id === option.to);
        const level = own?.kind === 'track' ? own.evidence?.level : undefined;
        if (level) expect(['strong', 'moderate'], question.key).not.toContain(level);
        else expect(['none', 'not_studied'], question.key).toContain(line.evidence.continuity.level);
      }
    }
  });

  it('are marked right only for the right answer', () => {
    for (const question of questions) {
      if (question.type === 'order') {
        expect(isRight(question, { type: 'order', order: question.answer })).toBe(true);
        expect(isRight(question, { type: 'order', order: question.shuffled })).toBe(false);
      } else if (question.type === 'region_lines') {
        const right = question.options.flatMap((id, index) => (question.answer.includes(id) ? [index] : []));
        expect(isRight(question, { type: 'choices', indexes: right })).toBe(true);
        expect(isRight(question, { type: 'choices', indexes: question.options.map((_, index) => index) })).toBe(false);
      } else {
        const options = question.options as readonly unknown[];
        options.forEach((option, index) => expect(isRight(question, { type: 'choice', index })).toBe(option === question.answer));
      }
    }
  });

  it('are the same for the same seed, so a link with seed= repeats a quiz', () => {
    const first = generateQuestion(content, 'order:sbl', 7);
    expect(generateQuestion(content, 'order:sbl', 7)).toEqual(first);
  });
});

describe('a session', () => {
  it('asks ten questions of mixed kinds, or of one kind when asked', () => {
    const mixed = sessionQuestions(content, { seed: 5, session: 1, cards: {} });
    expect(mixed).toHaveLength(SESSION_LENGTH);
    expect(new Set(mixed.map((question) => question.type)).size).toBe(QUIZ_TYPES.length);
    const order = sessionQuestions(content, { seed: 5, session: 1, cards: {}, only: 'order' });
    expect(order.every((question) => question.type === 'order')).toBe(true);
    expect(new Set(order.map((question) => question.key)).size).toBe(order.length);
  });

  it('asks a missed card again before known ones', () => {
    const cards = Object.fromEntries(keys.name_line.map((key) => [key, { box: 5, lastSession: 1 }]));
    cards['name_line:ifl'] = { box: 1, lastSession: 1 };
    const session = sessionQuestions(content, { seed: 9, session: 2, cards, only: 'name_line' });
    expect(session[0]?.key).toBe('name_line:ifl');
  });
});
