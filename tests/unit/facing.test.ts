import { describe, expect, it } from 'vitest';
import { facesEye, facingShare, liesBehind, sample, type OrientedPoint } from '../../src/explorer/facing';

// A ring of skin around the body's long axis at waist height: normals point outward, +Z is the front.
const ring = (from: number, to: number): OrientedPoint[] =>
  Array.from({ length: 36 }, (_, i) => {
    const angle = from + ((to - from) * i) / 35;
    const normal = [Math.sin(angle), 0, Math.cos(angle)] as const;
    return { point: [normal[0] * 0.15, 1, normal[2] * 0.15], normal };
  });
const back = ring(Math.PI * 0.7, Math.PI * 1.3); // the lower back: facing −Z
const front = ring(-Math.PI * 0.3, Math.PI * 0.3);
const seenFromFront: [number, number, number] = [0, 1, 4];
const seenFromBehind: [number, number, number] = [0, 1, -4];
const seenFromLeft: [number, number, number] = [4, 1, 0];

describe('what lies behind the body from where the camera stands', () => {
  it('a line on the back runs at the back seen from the front, and not seen from behind', () => {
    expect(liesBehind(back, seenFromFront)).toBe(true);
    expect(liesBehind(back, seenFromBehind)).toBe(false);
    expect(liesBehind(front, seenFromFront)).toBe(false);
  });

  it('a back line seen from the side runs along the outline: not "at the back"', () => {
    // The spine's line: skin facing straight back (−Z), from hips to neck.
    const spine: OrientedPoint[] = Array.from({ length: 20 }, (_, i) => ({ point: [0, 0.9 + i * 0.03, -0.12], normal: [0, 0, -1] }));
    expect(liesBehind(spine, seenFromLeft)).toBe(false);
    expect(liesBehind(spine, seenFromFront)).toBe(true);
  });

  it('a bilateral back line seen from the side or three-quarters is not "at the back", seen from the front it is', () => {
    // Two tracks either side of the spine, their skin turned back and a little outward, plus the flank curving away.
    const track = (side: 1 | -1): OrientedPoint[] =>
      Array.from({ length: 20 }, (_, i) => {
        const outward = side * (0.25 + (i % 5) * 0.08);
        const length = Math.hypot(outward, 1);
        return { point: [side * 0.05, 0.9 + i * 0.03, -0.12], normal: [outward / length, 0, -1 / length] };
      });
    const backLine = [...track(1), ...track(-1)];
    const seenFromRight: [number, number, number] = [-4, 1, 0];
    const seenFromFrontLeft: [number, number, number] = [2.8, 1, 2.8];
    const seenFromBackLeft: [number, number, number] = [2.8, 1, -2.8];
    expect(liesBehind(backLine, seenFromLeft)).toBe(false);
    expect(liesBehind(backLine, seenFromRight)).toBe(false);
    expect(liesBehind(backLine, seenFromBackLeft)).toBe(false);
    expect(liesBehind(backLine, seenFromFront)).toBe(true);
    expect(liesBehind(backLine, seenFromFrontLeft)).toBe(true);
  });

  it('the back line seen from the side with the camera a little forward is still not "at the back"', () => {
    // The near track's skin leans only slightly away (cos ≈ −0.08), the far track's clearly (≈ −0.28): only the far
    // one is out of sight. Counting the near one as turned away said "runs at the back" from the side view.
    const track = (side: 1 | -1): OrientedPoint[] =>
      Array.from({ length: 10 }, (_, i) => ({ point: [side * 0.05, 0.9 + i * 0.05, -0.12], normal: [side * 0.0995, 0, -0.995] }));
    expect(liesBehind([...track(1), ...track(-1)], [4, 1, 0.6])).toBe(false);
  });

  it('seen from the side, about half of a line around the waist faces the eye', () => {
    const share = facingShare(ring(0, Math.PI * 2), seenFromLeft);
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.6);
  });

  it('a point whose skin grazes the line of sight counts as turned away', () => {
    expect(facesEye({ point: [0.15, 1, 0], normal: [0, 0, 1] }, [0.15, 1, 4])).toBe(true);
    expect(facesEye({ point: [0, 1, 0.15], normal: [1, 0, 0] }, [0, 1, 4])).toBe(false);
  });

  it('nothing shown is nothing to warn about', () => {
    expect(liesBehind([], seenFromFront)).toBe(false);
    expect(facingShare([], seenFromFront)).toBe(1);
  });

  it('samples evenly, keeping at most the number asked for', () => {
    expect(sample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(sample(Array.from({ length: 100 }, (_, i) => i), 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
});
