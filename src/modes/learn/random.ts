// A seeded generator, so a quiz with `seed=` in the URL asks the same questions (a teacher's link, a browser test).

export { seededRandom } from '../../explorer/seededRandom';

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** `count` different items, in random order. */
export function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  return shuffled(items, random).slice(0, count);
}

/** A seed from a string (an item key), so each question of a session draws its own numbers. */
export function hashSeed(text: string, seed: number): number {
  let hash = seed >>> 0 ^ 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash >>> 0;
}
