import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLabels, overlaps, type LabelCandidate } from '../../src/explorer/labelLayout';

const label = (key: string, anchorX: number, anchorY: number, priority = 0, width = 90, height = 20): LabelCandidate => ({
  key, anchorX, anchorY, width, height, priority,
});

describe('station names on the body', () => {
  // The collisions the issue names: the heel bone over the underside of the toes, the brow ridge over itself.
  const fixture: LabelCandidate[] = [
    label('heel_bone', 300, 700, 5, 80),
    label('underside_of_toes', 310, 705, 5, 150),
    label('brow_ridge_l', 320, 80, 0),
    label('brow_ridge_r', 300, 80, 0),
    label('occiput', 310, 90, 10),
    label('sacrum', 310, 400, 0),
    label('ischial_tuberosity', 305, 410, 0, 130),
    label('knee', 290, 560, 0),
    label('calcaneus_l', 330, 698, 0),
  ];

  it('never lets two names overlap', () => {
    const placed = layoutLabels(fixture, { width: 620, height: 760 });
    expect(placed.length).toBeGreaterThanOrEqual(6);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('keeps every name inside the view and off the view’s own controls', () => {
    const cameraBar = { left: 200, top: 720, width: 240, height: 40 };
    const placed = layoutLabels(fixture, { width: 620, height: 760, blocked: [cameraBar] });
    for (const box of placed) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(620);
      expect(box.top + box.height).toBeLessThanOrEqual(760);
      expect(overlaps(box, cameraBar)).toBe(false);
    }
  });

  it('names where several lines meet first, and draws a leader when a name had to move away', () => {
    const crowded = [label('a', 300, 300, 0), label('b', 302, 300, 0), label('c', 301, 301, 20)];
    const placed = layoutLabels(crowded, { width: 800, height: 600 });
    expect(placed[0]?.key).toBe('c');
    expect(placed[0]?.leader).toBe(false);
    expect(placed.some((box) => box.leader)).toBe(true);
  });

  it('leaves out what does not fit rather than stacking it', () => {
    const many = Array.from({ length: 60 }, (_, i) => label(`s${i}`, 100 + (i % 3), 100 + (i % 4), 0));
    const placed = layoutLabels(many, { width: 300, height: 220 });
    expect(placed.length).toBeLessThan(60);
    expect(placed.length).toBeGreaterThan(0);
  });

  it('no overlap for any set of points (property)', () => {
    const candidate = fc.record({
      anchorX: fc.integer({ min: 0, max: 500 }),
      anchorY: fc.integer({ min: 0, max: 400 }),
      width: fc.integer({ min: 20, max: 160 }),
      height: fc.integer({ min: 12, max: 30 }),
      priority: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (points) => {
        const placed = layoutLabels(points.map((p, i) => ({ ...p, key: String(i) })), { width: 500, height: 400 });
        return placed.every((a, i) => placed.every((b, j) => i === j || !overlaps(a, b)));
      }),
      { numRuns: 200 },
    );
  });
});
