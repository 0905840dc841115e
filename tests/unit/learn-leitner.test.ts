import { describe, expect, it } from 'vitest';
import { askingOrder, BOX_COUNT, isDue, review } from '../../src/modes/learn/leitner';
import { checkProgress, EMPTY_PROGRESS, LEARN_PROGRESS, recordAnswer, startSession } from '../../src/modes/learn/progress';
import { restoreKept, envelope } from '../../src/storage/versioned';
import type { Question } from '../../src/modes/learn/quiz/types';

describe('Leitner boxes', () => {
  it('moves a card up a box when right and back to the first box when missed', () => {
    const once = review(undefined, true, 1);
    expect(once).toEqual({ box: 1, lastSession: 1 });
    const twice = review(once, true, 2);
    expect(twice.box).toBe(2);
    expect(review(twice, false, 3)).toEqual({ box: 1, lastSession: 3 });
  });

  it('never goes past the last box', () => {
    let card = review(undefined, true, 1);
    for (let session = 2; session < 20; session++) card = review(card, true, session);
    expect(card.box).toBe(BOX_COUNT);
  });

  it('brings a missed card back in the next session, a known one only later', () => {
    const missed = review({ box: 4, lastSession: 1 }, false, 5);
    expect(isDue(missed, 6)).toBe(true);
    const known = { box: 4, lastSession: 5 };
    expect(isDue(known, 6)).toBe(false);
    expect(isDue(known, 13)).toBe(true);
  });

  it('asks missed cards first, then new ones, then known ones by when they fall due', () => {
    const cards = {
      known: { box: 3, lastSession: 9 },
      missed: { box: 1, lastSession: 9 },
      dueKnown: { box: 2, lastSession: 8 },
      soon: { box: 2, lastSession: 9 },
    };
    expect(askingOrder(['known', 'fresh', 'soon', 'dueKnown', 'missed'], cards, 10)).toEqual(['missed', 'dueKnown', 'fresh', 'soon', 'known']);
  });
});

describe('kept learn progress', () => {
  const question = { type: 'name_line', key: 'name_line:sbl', line: 'sbl', lit: 'sbl', options: ['sbl'], answer: 'sbl' } as Question;

  it('counts per line and per type and moves the card', () => {
    const started = startSession(EMPTY_PROGRESS);
    const after = recordAnswer(recordAnswer(started, question, true), question, false);
    expect(after.byLine.sbl).toEqual({ right: 1, asked: 2 });
    expect(after.byType.name_line).toEqual({ right: 1, asked: 2 });
    expect(after.cards['name_line:sbl']).toEqual({ box: 1, lastSession: 1 });
  });

  it('survives the round trip through its envelope, and damaged data is refused', () => {
    const progress = recordAnswer(startSession(EMPTY_PROGRESS), question, true);
    expect(restoreKept(LEARN_PROGRESS, envelope(LEARN_PROGRESS, progress))).toEqual({ ok: true, value: progress });
    expect(checkProgress({ ...progress, byLine: { xyz: { right: 1, asked: 1 } } })).toBeUndefined();
    expect(checkProgress({ ...progress, cards: { a: { box: 9, lastSession: 1 } } })).toBeUndefined();
    expect(restoreKept(LEARN_PROGRESS, { version: 1, savedAt: '', data: { sessions: -1 } }).ok).toBe(false);
  });
});
