// Spaced repetition with Leitner boxes: a card answered right moves up a box and comes back after more sessions; a
// card missed drops to the first box and comes back in the very next session.

export const BOX_COUNT = 5;
/** Sessions to wait before a card in box n (1-based) is due again. */
export const BOX_INTERVALS: readonly number[] = [1, 2, 4, 8, 16];

export interface Card {
  /** 1 (just missed or new) to BOX_COUNT (known well). */
  box: number;
  /** The session number in which it was last answered. */
  lastSession: number;
}

export function review(card: Card | undefined, right: boolean, session: number): Card {
  const box = right ? Math.min((card?.box ?? 0) + 1, BOX_COUNT) : 1;
  return { box, lastSession: session };
}

/** The session from which a card is due again. */
export function dueFrom(card: Card): number {
  return card.lastSession + (BOX_INTERVALS[card.box - 1] ?? 1);
}

export function isDue(card: Card | undefined, session: number): boolean {
  return !card || session >= dueFrom(card);
}

/**
 * The order to ask cards in: due cards first (missed ones, in the lowest box, before known ones), then new cards,
 * then the rest by how soon they fall due. Ties keep the order given (the caller shuffles first).
 */
export function askingOrder(keys: readonly string[], cards: Readonly<Record<string, Card>>, session: number): string[] {
  const rank = (key: string): [number, number] => {
    const card = cards[key];
    if (!card) return [1, 0];
    if (isDue(card, session)) return [0, card.box];
    return [2, dueFrom(card)];
  };
  return keys
    .map((key, index) => ({ key, index, rank: rank(key) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map(({ key }) => key);
}
