import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceToPoint, layoutLabels, leaderOf, LEADER_PX, overlaps, segmentsCross, segmentThroughBox, type Box, type LabelCandidate } from '../../src/explorer/labelLayout';

const label = (key: string, anchorX: number, anchorY: number, priority = 0, width = 90, height = 20): LabelCandidate => ({
  key, anchorX, anchorY, width, height, priority,
});

/** Any label on a 500 × 400 view, for the property tests. */
const candidate = fc.record({
  anchorX: fc.integer({ min: 0, max: 500 }),
  anchorY: fc.integer({ min: 0, max: 400 }),
  width: fc.integer({ min: 20, max: 160 }),
  height: fc.integer({ min: 12, max: 30 }),
  priority: fc.integer({ min: 0, max: 3 }),
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

  it('on a small screen leaves a name out rather than far from its point (no leader across the face)', () => {
    // Everything near the first point is taken (a band of other things across the view); its only free spot is far
    // above. The second point has room beside it.
    const band = { left: 0, top: 230, width: 390, height: 140 };
    const names = [label('crowded', 200, 300, 5, 100, 20), label('free', 200, 450, 1, 100, 20)];
    const unlimited = layoutLabels(names, { width: 390, height: 600, blocked: [band] });
    const limited = layoutLabels(names, { width: 390, height: 600, blocked: [band], longestLeader: 80 });
    const far = unlimited.find((box) => box.key === 'crowded');
    expect(far && distanceToPoint(far, far.anchorX, far.anchorY)).toBeGreaterThan(80);
    expect(limited.map((box) => box.key)).toEqual(['free']);
  });

  it('no overlap for any set of points (property)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (points) => {
        const placed = layoutLabels(points.map((p, i) => ({ ...p, key: String(i) })), { width: 500, height: 400 });
        return placed.every((a, i) => placed.every((b, j) => i === j || !overlaps(a, b)));
      }),
      { numRuns: 200 },
    );
  });

  it('ties every name moved further than LEADER_PX from its point back to it, and no other', () => {
    const crowded = Array.from({ length: 14 }, (_, i) => label(`p${i}`, 300 + (i % 4) * 6, 300 + Math.floor(i / 4) * 6, i % 3));
    const placed = layoutLabels(crowded, { width: 800, height: 700 });
    expect(placed.some((box) => box.leader)).toBe(true);
    for (const box of placed) {
      expect(box.leader).toBe(distanceToPoint(box, box.anchorX, box.anchorY) > LEADER_PX);
    }
  });

  // The crowded close-ups of the user test: the face with the DFL lit (jaw, hyoid, temple, cheekbone) and the foot.
  const face: LabelCandidate[] = [
    label('temple', 540, 195, 5, 70),
    label('cheekbone_arch', 420, 300, 0, 130),
    label('transverse_processes', 490, 400, 0, 350),
    label('mandible', 380, 430, 0, 90),
    label('hyoid', 385, 505, 0, 100),
    label('manubrium', 360, 640, 5, 200),
    label('mastoid', 520, 300, 0, 120),
    label('occiput', 300, 210, 0, 80),
  ];
  const foot: LabelCandidate[] = [
    label('heel_bone', 300, 700, 5, 80),
    label('underside_of_toes', 310, 705, 5, 150),
    label('calcaneus_l', 330, 698, 0),
    label('medial_malleolus', 296, 680, 0, 150),
    label('lateral_malleolus', 318, 684, 0, 150),
    label('plantar_fascia', 305, 712, 0, 120),
  ];

  it.each([['face', face], ['foot', foot]])('places the crowded %s without any overlap, points left clear', (_, fixture) => {
    const placed = layoutLabels(fixture, { width: 620, height: 760, pointRadius: 4 });
    expect(placed.length).toBeGreaterThanOrEqual(fixture.length - 1);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
    for (const box of placed) {
      for (const point of fixture) {
        const dot = { left: point.anchorX - 4, top: point.anchorY - 4, width: 8, height: 8 };
        expect(overlaps(box, dot)).toBe(false);
      }
    }
  });

  it('puts a name on its preferred side first: a tag on the body’s left goes left', () => {
    const [left] = layoutLabels([{ ...label('tag', 300, 300, 0, 60), prefer: -1 }], { width: 800, height: 600 });
    const [right] = layoutLabels([{ ...label('tag', 300, 300, 0, 60), prefer: 1 }], { width: 800, height: 600 });
    expect((left?.left ?? 0) + (left?.width ?? 0)).toBeLessThanOrEqual(300);
    expect(right?.left ?? 0).toBeGreaterThanOrEqual(300);
  });

  it('stands tags beside the kept-off body, with leaders, when they fit there', () => {
    const body = { left: 350, top: 100, width: 120, height: 500 };
    const tags = Array.from({ length: 12 }, (_, i) => ({
      ...label(`line${i}`, 370 + (i % 2) * 80, 120 + i * 38, 20, 50, 22),
      prefer: (i % 2 === 0 ? -1 : 1) as -1 | 1,
    }));
    const placed = layoutLabels(tags, { width: 900, height: 700, keepOff: [body] });
    expect(placed).toHaveLength(12);
    for (const box of placed) {
      expect(overlaps(box, body)).toBe(false);
      expect(box.leader).toBe(true);
    }
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('still names a point over a kept-off area that fills the view (a close-up)', () => {
    const placed = layoutLabels([label('jaw', 300, 300, 0)], { width: 600, height: 600, keepOff: [{ left: 0, top: 0, width: 600, height: 600 }] });
    expect(placed).toHaveLength(1);
    expect(placed[0]?.leader).toBe(false);
  });

  it('keeps leaders from crossing one another where another spot will do (a close-up beside the open region)', () => {
    // Found by a search for a case where the nearest free spots gave crossing leaders.
    const region = { left: 270, top: 290, width: 260, height: 170 };
    const points: LabelCandidate[] = [
      { ...label('k0', 501, 421, 1, 70), prefer: 1 },
      { ...label('k1', 445, 397, 2, 106), prefer: 1 },
      { ...label('k2', 369, 350, 0, 127), prefer: -1 },
      { ...label('k3', 351, 364, 2, 84), prefer: 1 },
    ];
    const placed = layoutLabels(points, { width: 620, height: 760, keepOff: [region] });
    expect(placed).toHaveLength(4);
    const leaders = placed.filter((box) => box.leader).map((box) => leaderOf(box, box.anchorX, box.anchorY));
    expect(leaders.length).toBeGreaterThan(1);
    for (const a of leaders) for (const b of leaders) if (a !== b) expect(segmentsCross(a, b)).toBe(false);
  });

  // The phone of the user test (390 × 512 view) with the panel open: the page scrolled the view's top 130 px under the
  // sticky header, and the key button, the layers button, the far-side note, the zoom buttons and a notice cover the rest.
  const phoneView = { width: 390, height: 512 };
  const covered: Box[] = [
    { left: 0, top: 0, width: 390, height: 130 }, // the sticky header over the scrolled view
    { left: 10, top: 140, width: 93, height: 48 }, // the key button
    { left: 274, top: 140, width: 106, height: 48 }, // the layers button
    { left: 10, top: 196, width: 148, height: 99 }, // the far-side note
    { left: 301, top: 400, width: 44, height: 94 }, // the zoom buttons
    { left: 12, top: 440, width: 280, height: 60 }, // a notice
  ];
  const tags: LabelCandidate[] = [
    ['sbl', 140, 100], ['dfl', 230, 150], ['dbal', 250, 230], ['ifl', 230, 280], ['ll', 220, 310], ['sfal', 260, 330],
    ['sbal', 250, 400], ['dfal', 150, 390], ['ffl', 160, 420], ['spl', 170, 460], ['bfl', 215, 470], ['sfl', 180, 500],
  ].map(([key, x, y], i) => ({ ...label(String(key), Number(x), Number(y), 20 - i * 0.1, 52, 24), prefer: (Number(x) < 195 ? -1 : 1) as -1 | 1 }));
  const stations: LabelCandidate[] = [
    label('brow_ridge', 200, 150, 5, 100), label('occiput', 190, 170, 0, 80), label('mastoid', 215, 200, 0, 120),
    label('sacrum', 195, 330, 5, 80), label('ischial_tuberosity', 205, 360, 0, 150), label('knee', 180, 430, 0, 60),
    label('heel_bone', 190, 505, 5, 90), label('hyoid', 160, 260, 0, 100), label('temple', 120, 160, 0, 80),
  ];
  const under = (x: number, y: number) => covered.some((box) => x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height);

  it.each([['tags of all lines', tags], ['station names', stations]])('never puts %s under the panel, the notices or the view’s buttons', (_, fixture) => {
    const placed = layoutLabels(fixture, { ...phoneView, outsideOf: covered, keepOff: [{ left: 150, top: 140, width: 110, height: 372 }] });
    expect(placed.length).toBeGreaterThan(0);
    for (const box of placed) {
      for (const area of covered) expect(overlaps(box, area), `${box.key} over ${JSON.stringify(area)}`).toBe(false);
      // A point that cannot be seen is not named: its name would lead the eye under the panel.
      expect(under(box.anchorX, box.anchorY)).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top + box.height).toBeLessThanOrEqual(phoneView.height);
    }
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
    // Everything whose point is in sight and fits is still named: covering parts of the view does not empty it.
    expect(placed.length).toBeGreaterThanOrEqual(Math.min(6, fixture.filter((c) => !under(c.anchorX, c.anchorY)).length - 1));
  });

  it('keeps leaders from running under what covers the view where another spot will do', () => {
    const bar: Box = { left: 0, top: 280, width: 600, height: 40 };
    const placed = layoutLabels([label('a', 300, 330, 0, 80), label('b', 302, 332, 0, 80), label('c', 298, 334, 0, 80)], { width: 600, height: 600, outsideOf: [bar] });
    expect(placed).toHaveLength(3);
    for (const box of placed) {
      if (box.leader) expect(segmentThroughBox(leaderOf(box, box.anchorX, box.anchorY), bar)).toBe(false);
    }
  });

  it('no label over any covered part of the view, for any points and covers (property)', () => {
    const box = fc.record({
      left: fc.integer({ min: -50, max: 450 }),
      top: fc.integer({ min: -50, max: 350 }),
      width: fc.integer({ min: 10, max: 200 }),
      height: fc.integer({ min: 10, max: 150 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 25 }), fc.array(box, { maxLength: 5 }), (points, covers) => {
        const placed = layoutLabels(points.map((p, i) => ({ ...p, key: String(i) })), { width: 500, height: 400, outsideOf: covers });
        return placed.every((label) => covers.every((area) => !overlaps(label, area)));
      }),
      { numRuns: 150 },
    );
  });

  it('no two leaders cross, and no leader runs through a name or over another named point, for any points, kept-off areas and covers (property)', () => {
    const box = fc.record({
      left: fc.integer({ min: 0, max: 450 }),
      top: fc.integer({ min: 0, max: 350 }),
      width: fc.integer({ min: 20, max: 250 }),
      height: fc.integer({ min: 20, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 25 }), fc.array(box, { maxLength: 2 }), fc.array(box, { maxLength: 2 }), (points, keepOff, covers) => {
        const placed = layoutLabels(points.map((p, i) => ({ ...p, key: String(i) })), { width: 500, height: 400, keepOff, outsideOf: covers });
        const leaders = placed.filter((label) => label.leader).map((label) => ({ label, segment: leaderOf(label, label.anchorX, label.anchorY) }));
        return leaders.every((a) =>
          leaders.every((b) => a === b || !segmentsCross(a.segment, b.segment)) &&
          placed.every((other) => other === a.label || !segmentThroughBox(a.segment, other)) &&
          // No leader ends on, or runs over, another named point's dot (4 px, the default point radius).
          placed.every((other) => other === a.label || Math.hypot(other.anchorX - a.label.anchorX, other.anchorY - a.label.anchorY) <= 8 ||
            !segmentThroughBox(a.segment, { left: other.anchorX - 4, top: other.anchorY - 4, width: 8, height: 8 })) &&
          covers.every((area) => !segmentThroughBox(a.segment, area)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
