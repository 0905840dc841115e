import { describe, expect, it } from 'vitest';
import { facesEye, type OrientedPoint } from '../../src/explorer/facing';
import type { Point3 } from '../../src/explorer/linePath';
import { facingStretches, tagAnchor, tagAnchors, TAG_FACING_COSINE } from '../../src/explorer/tagAnchor';

// A line that winds around a round body (a cylinder of radius 0.15 m about the Y axis), as the Spiral Line does:
// from the front of the shin, round the outside of the leg to the back of the hip, then round to the front of the chest.
const RADIUS = 0.15;
function around(fromDegrees: number, toDegrees: number, fromY: number, toY: number, count: number): OrientedPoint[] {
  return Array.from({ length: count }, (_, at) => {
    const t = at / (count - 1);
    const angle = ((fromDegrees + (toDegrees - fromDegrees) * t) * Math.PI) / 180;
    // Angle 0 is the front (+Z); 90° the body's left (+X); 180° the back.
    const normal: Point3 = [Math.sin(angle), 0, Math.cos(angle)];
    return { point: [normal[0] * RADIUS, fromY + (toY - fromY) * t, normal[2] * RADIUS], normal };
  });
}
const spiral = [...around(0, 180, 0.3, 0.9, 40), ...around(180, 360, 0.9, 1.5, 40)];
const front: Point3 = [0, 1, 3];
const back: Point3 = [0, 1, -3];

describe('a line’s tag is tied to the part of the line that faces the camera', () => {
  it('from the front, ties the tag to a stretch on the front of the body, never one on the far side', () => {
    const anchor = tagAnchor([spiral], front);
    expect(anchor).toBeDefined();
    expect(anchor?.point[2]).toBeGreaterThan(0);
    expect(facesEye(anchor as OrientedPoint, front, TAG_FACING_COSINE)).toBe(true);
  });

  it('from behind, ties it to the stretch on the back', () => {
    const anchor = tagAnchor([spiral], back);
    expect(anchor?.point[2]).toBeLessThan(0);
    // The back stretch is around the hip, the middle of the line.
    expect(anchor?.point[1]).toBeGreaterThan(0.6);
    expect(anchor?.point[1]).toBeLessThan(1.2);
  });

  it('every anchor it offers faces the eye, whichever way the camera stands', () => {
    for (let degrees = 0; degrees < 360; degrees += 15) {
      const angle = (degrees * Math.PI) / 180;
      const eye: Point3 = [3 * Math.sin(angle), 1, 3 * Math.cos(angle)];
      for (const anchor of tagAnchors([spiral], eye)) expect(facesEye(anchor, eye, TAG_FACING_COSINE)).toBe(true);
    }
  });

  it('drops the tag of a line that lies wholly on the far side', () => {
    const backLine = around(150, 210, 0.5, 1.4, 30);
    expect(tagAnchor([backLine], front)).toBeUndefined();
    expect(tagAnchor([backLine], back)).toBeDefined();
  });

  it('takes the longest facing stretch, across both sides of a line', () => {
    const shortOnLeft = around(-10, 10, 0.2, 0.3, 6);
    const longOnRight = around(-20, 20, 0.5, 1.3, 30);
    const anchor = tagAnchor([shortOnLeft, longOnRight], front);
    expect(anchor?.point[1]).toBeGreaterThan(0.7);
  });

  it('skips a stretch whose middle is hidden (behind an arm) for the next best', () => {
    const long = around(-20, 20, 0.5, 1.3, 30);
    const short = around(-10, 10, 0.1, 0.3, 10);
    const anchor = tagAnchor([long, short], front, (entry) => entry.point[1] < 0.4);
    expect(anchor?.point[1]).toBeLessThan(0.4);
    expect(tagAnchor([long], front, () => false)).toBeUndefined();
  });

  it('does not join two facing stretches that lie apart (a deep part between them)', () => {
    const shin = around(-10, 10, 0.2, 0.5, 10);
    const chest = around(-10, 10, 1.2, 1.5, 10);
    const stretches = facingStretches([...shin, ...chest], front);
    expect(stretches).toHaveLength(2);
  });
});
