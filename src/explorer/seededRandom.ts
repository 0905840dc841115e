// One seeded generator for the app (quizzes with `seed=` in the URL) and the tools (benchmark rays, palette search),
// so a run or a teacher's link can be repeated exactly.

/** mulberry32: small, fast, and the same numbers for the same seed on every device. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
