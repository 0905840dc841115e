// The 3D view's answers to the user test of issue 10: calm beads, key beads when crowded, widths, the X at a crossing.
import { describe, expect, it } from 'vitest';
import { beadOrder } from '../../src/explorer/beads';
import { isCrowded } from '../../src/explorer/crowding';
import { midlineCrossings, SPACING, straightenCrossings } from '../../src/explorer/lineGeometry';
import { resample, type Point3, type StyledPoint } from '../../src/explorer/linePath';
import { BEAD_MAX_RADIUS_PX, BEAD_RADIUS, beadRadiusPerDepth, beadScale } from '../../src/scene/beadSize';
import { ribbonWidths } from '../../src/scene/ribbonMaterial';

const styled = (points: Point3[]): StyledPoint[] => points.map((point) => ({ point, style: 'confirmed', deep: false }));

describe('station beads keep a calm size on screen', () => {
  const fov = 30;
  const height = 620; // CSS px of a tablet's viewer
  const pixelsOf = (depth: number) => {
    const radius = BEAD_RADIUS * beadScale(depth, beadRadiusPerDepth(fov, height));
    return (radius / (2 * depth * Math.tan((fov * Math.PI) / 360))) * height;
  };

  it('is never more than BEAD_MAX_RADIUS_PX at the face, however close', () => {
    for (const depth of [0.15, 0.3, 0.5, 0.8]) expect(pixelsOf(depth)).toBeLessThanOrEqual(BEAD_MAX_RADIUS_PX + 1e-9);
    expect(pixelsOf(0.3)).toBeCloseTo(BEAD_MAX_RADIUS_PX, 6);
  });

  it('keeps its size in metres at overview zoom (a few pixels, not shrunk)', () => {
    expect(beadScale(4, beadRadiusPerDepth(fov, height))).toBe(1);
    expect(pixelsOf(4)).toBeGreaterThan(2);
  });
});

describe('many lines at once', () => {
  it('counts more than three lines as crowded', () => {
    expect(isCrowded(3)).toBe(false);
    expect(isCrowded(12)).toBe(true);
  });

  it('draws a few lines at least 3 CSS px wide, and many thinner but still 3 px at the core', () => {
    const few = ribbonWidths(false);
    const many = ribbonWidths(true);
    expect(few.core).toBeGreaterThanOrEqual(3);
    expect(many.core).toBeGreaterThanOrEqual(3);
    expect(many.halo).toBeLessThan(few.halo);
    expect(many.core + 2 * many.casing).toBeLessThanOrEqual(many.halo);
    expect(few.core + 2 * few.casing).toBeLessThanOrEqual(few.halo);
  });

  it('stores the key beads first: both ends and the midline, so a count shows only those', () => {
    const stations: Point3[] = [[0.1, 0.1, 0], [0.08, 0.5, 0], [0.005, 0.9, 0.1], [0.05, 1.2, 0], [0.07, 1.6, 0]];
    const { order, keyCount } = beadOrder(stations);
    expect(keyCount).toBe(3);
    expect(order.slice(0, keyCount).sort()).toEqual([0, 2, 4]);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('a line crossing the midline is drawn as an X', () => {
  // The FFL's left half: up the inner thigh, a bend at the pubis, up the other side's rectus abdominis.
  const ffl = resample(styled([[0.06, 0.6, 0.1], [0.03, 0.88, 0.12], [0, 0.9, 0.12], [-0.03, 0.92, 0.12], [-0.04, 1.3, 0.12]]), SPACING);

  it('finds the crossing, and none where a line only touches the midline', () => {
    expect(midlineCrossings(ffl)).toHaveLength(1);
    const touching = resample(styled([[0.05, 1.4, 0], [0.001, 1.6, 0], [0.05, 1.8, 0]]), SPACING);
    expect(midlineCrossings(touching)).toHaveLength(0);
  });

  it('draws the stretch through the crossing straight on both sides of the midline', () => {
    const [crossing] = midlineCrossings(ffl);
    const straight = straightenCrossings(ffl);
    expect(straight).toHaveLength(ffl.length);
    const at = crossing as number;
    // Either side of the crossing the path now runs diagonally: x keeps moving across while y climbs.
    const before = (straight[at - 3] as StyledPoint).point;
    const after = (straight[at + 3] as StyledPoint).point;
    expect(before[0]).toBeGreaterThan(0.005);
    expect(after[0]).toBeLessThan(-0.005);
    const slope = (a: Point3, b: Point3) => Math.abs(b[0] - a[0]) / Math.abs(b[1] - a[1]);
    // The original bend ran almost flat across at the pubis; straightened it climbs while it crosses.
    expect(slope(before, after)).toBeLessThan(slope((ffl[at - 1] as StyledPoint).point, (ffl[at] as StyledPoint).point));
    // The ends of the line stay where they were.
    expect(straight[0]).toEqual(ffl[0]);
    expect(straight[straight.length - 1]).toEqual(ffl[ffl.length - 1]);
  });
});
