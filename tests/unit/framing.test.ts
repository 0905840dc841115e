import type { Node } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINE_IDS, type LineId } from '../../src/content/ids';
import { loadContent } from '../../src/content/load';
import { HIGHEST_POLAR, LOWEST_POLAR, clampTarget, orbitGoal, sideSeenFrom, zoomGoal } from '../../src/explorer/camera';
import { cameraFollows, lineWasLit } from '../../src/explorer/cameraFollow';
import { bestHeading, pointsGoal, regionGoal, regionGoalToward, regionShape, regionViewDirection, stationGoal, visibleShare } from '../../src/explorer/framing';
import { drawnLines } from '../../src/explorer/highlight';
import type { Point3 } from '../../src/explorer/linePath';
import { readContentFiles } from '../../tools/content-files';
import { readBody, worldTriangles } from '../model/body-model';

/** A strip of a cylinder round the Y axis, radius r, between two angles measured from +Z toward +X, outward-wound. */
function cylinderPatch(r: number, from: number, to: number, centre: Point3 = [0, 1, 0]): { positions: number[]; indices: number[] } {
  const positions: number[] = [];
  const indices: number[] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const angle = from + ((to - from) * i) / steps;
    for (const y of [-0.1, 0.1]) positions.push(centre[0] + Math.sin(angle) * r, centre[1] + y, centre[2] + Math.cos(angle) * r);
  }
  for (let i = 0; i < steps; i++) {
    const a = i * 2, b = i * 2 + 1, c = i * 2 + 2, d = i * 2 + 3;
    // Counter-clockwise seen from outside: normals point away from the axis.
    indices.push(a, c, b, b, c, d);
  }
  return { positions, indices };
}

describe('framing a region from the side it faces', () => {
  it('measures where a patch faces: a patch on the back faces −Z and is one-sided; a tube faces nowhere', () => {
    const back = cylinderPatch(0.15, Math.PI * 0.7, Math.PI * 1.3);
    const shape = regionShape(back.positions, back.indices);
    expect(shape.facing[2]).toBeLessThan(-0.95);
    expect(shape.oneSided).toBeGreaterThan(0.6);
    const tube = cylinderPatch(0.08, 0, Math.PI * 2, [0.12, 0.6, 0]);
    expect(regionShape(tube.positions, tube.indices).oneSided).toBeLessThan(0.05);
  });

  it('looks at a back patch from behind, a little to the side; a left thigh from the front, turned to its left', () => {
    const back = cylinderPatch(0.15, Math.PI * 0.7, Math.PI * 1.3);
    const fromBehind = regionViewDirection(regionShape(back.positions, back.indices));
    expect(fromBehind[2]).toBeLessThan(-0.8);
    expect(Math.abs(fromBehind[0])).toBeGreaterThan(0.1);
    const thigh = cylinderPatch(0.08, 0, Math.PI * 2, [0.12, 0.6, 0]);
    const direction = regionViewDirection(regionShape(thigh.positions, thigh.indices));
    expect(direction[2]).toBeGreaterThan(0.5);
    expect(direction[0]).toBeGreaterThan(0.2);
  });

  it('stands close enough for a small region to fill the view, but not inside the body', () => {
    const jawLike = cylinderPatch(0.06, -0.8, 0.8, [0, 1.55, 0.04]);
    const shape = regionShape(jawLike.positions, jawLike.indices);
    const goal = regionGoal(shape, 30, 1);
    const distance = Math.hypot(...(goal.position.map((value, axis) => value - (goal.target[axis] ?? 0)) as [number, number, number]));
    expect(distance).toBeGreaterThanOrEqual(0.55);
    expect(distance).toBeLessThan(1.5);
    expect(goal.target).toEqual(shape.centre);
  });
});

describe('framing on the generated body', () => {
  const result = loadContent(readContentFiles(process.cwd()));
  if (!result.ok) throw new Error('content must be valid');
  const { content } = result;
  const regions = new Map<string, ReturnType<typeof regionShape>>();
  const landmarks = new Map<string, Point3>();
  const centerlines = new Map<string, Point3[]>();

  beforeAll(async () => {
    const document = await readBody();
    for (const node of document.getRoot().listNodes() as Node[]) {
      const name = node.getName();
      if (name.startsWith('landmark_')) landmarks.set(name, node.getWorldTranslation() as unknown as Point3);
      if (!node.getMesh()) continue;
      if (name.startsWith('region_')) {
        const { positions, indices } = worldTriangles(node);
        regions.set(name.slice('region_'.length), regionShape(positions, indices));
      }
      const extras = { ...node.getMesh()?.getExtras(), ...node.getExtras() } as { centerline?: Point3[] };
      if (name.startsWith('track_') && Array.isArray(extras.centerline)) centerlines.set(name, extras.centerline);
    }
  });

  const directionOf = (region: string) => {
    const shape = regions.get(region);
    if (!shape) throw new Error(`no region ${region} in the model`);
    return regionViewDirection(shape);
  };

  it('shows the lower back and the upper back from behind', () => {
    expect(directionOf('lower_back')[2]).toBeLessThan(-0.7);
    expect(directionOf('upper_back')[2]).toBeLessThan(-0.7);
  });

  it('shows the jaw, the chest and the abdomen from the front; the jaw a little from the side', () => {
    const jaw = directionOf('jaw');
    expect(jaw[2]).toBeGreaterThan(0.7);
    expect(Math.abs(jaw[0])).toBeGreaterThan(0.1);
    expect(directionOf('chest')[2]).toBeGreaterThan(0.7);
    expect(directionOf('abdomen')[2]).toBeGreaterThan(0.7);
  });

  it('shows a sided region from its own side of the body', () => {
    expect(directionOf('hip_l')[0]).toBeGreaterThan(0.2);
    expect(directionOf('hip_r')[0]).toBeLessThan(-0.2);
    expect(directionOf('shoulder_l')[0]).toBeGreaterThan(0);
    expect(directionOf('knee_r')[0]).toBeLessThan(0);
  });

  const pointsOfLine = (id: LineId) =>
    drawnLines([{ id, side: 'both' }], content).flatMap((line) =>
      line.strands.flat().flatMap((step) => {
        if (step.kind === 'station') {
          const point = landmarks.get(step.modelName);
          return point ? [point] : [];
        }
        return centerlines.get(step.meshName) ?? [];
      }),
    );

  it('frames a lit line from the side where most of it lies: the SBL from behind, the SFL from the front, the LL from the side', () => {
    expect(bestHeading(pointsOfLine('sbl'))[1]).toBeLessThan(-0.9);
    expect(bestHeading(pointsOfLine('sfl'))[1]).toBeGreaterThan(0.9);
    expect(Math.abs(bestHeading(pointsOfLine('ll'))[0])).toBeGreaterThan(0.9);
  });

  it('shows every line whole: the heading chosen sees at least as much of it as the front view does', () => {
    for (const id of LINE_IDS) {
      const points = pointsOfLine(id);
      expect(points.length, id).toBeGreaterThan(3);
      const heading = bestHeading(points);
      expect(visibleShare(points, heading), id).toBeGreaterThanOrEqual(visibleShare(points, [0, 1]) - 1e-9);
      const goal = pointsGoal(points, 30, 0.75);
      expect(goal, id).toBeDefined();
    }
  });

  it('frames a station close, from the side it lies on', () => {
    const heel = landmarks.get('landmark_calcaneus_l') ?? [...landmarks.entries()].find(([name]) => name.includes('calcane'))?.[1];
    if (!heel) throw new Error('no heel landmark');
    // The skin over the heel bone faces backward.
    const goal = stationGoal(heel, [0.02, -0.2, -1], 30, 1);
    expect(goal.position[2]).toBeLessThan(heel[2] - 0.3);
    // The sole faces down: then the side of the body's axis decides (the left heel, seen from its left).
    expect(stationGoal(heel, [0, -1, 0], 30, 1).position[0]).toBeGreaterThan(heel[0]);
  });
});

describe('the camera stays with a person who turned it by hand', () => {
  it('follows an explicit request always', () => {
    expect(cameraFollows('asked', { handHeld: true, regionOpen: true })).toBe(true);
  });

  it('frames a newly lit line only while nobody holds the camera and no region is open', () => {
    expect(cameraFollows('lineLit', { handHeld: false, regionOpen: false })).toBe(true);
    expect(cameraFollows('lineLit', { handHeld: true, regionOpen: false })).toBe(false);
    expect(cameraFollows('lineLit', { handHeld: false, regionOpen: true })).toBe(false);
  });

  it('never moves for an unrelated change', () => {
    expect(cameraFollows('other', { handHeld: false, regionOpen: false })).toBe(false);
  });

  it('counts a line as lit only when it is new, not when its side changes or a line goes off', () => {
    expect(lineWasLit([{ id: 'sbl' }], [{ id: 'sbl' }, { id: 'dfl' }])).toBe(true);
    expect(lineWasLit([{ id: 'sbl' }], [{ id: 'sbl' }])).toBe(false);
    expect(lineWasLit([{ id: 'sbl' }, { id: 'dfl' }], [{ id: 'dfl' }])).toBe(false);
  });
});

describe('turning, zooming and naming the side', () => {
  it('names the side the camera stands on (the body faces +Z, its left is +X)', () => {
    expect(sideSeenFrom([0, 1, 3], [0, 1, 0])).toBe('front');
    expect(sideSeenFrom([0.5, 1, -3], [0, 1, 0])).toBe('back');
    expect(sideSeenFrom([3, 1, 0.4], [0, 1, 0])).toBe('left');
    expect(sideSeenFrom([-3, 1, 1], [0, 1, 0])).toBe('right');
  });

  it('turns a quarter round from the front to the left side, keeping the distance', () => {
    const turned = orbitGoal({ position: [0, 1, 3], target: [0, 1, 0] }, Math.PI / 2, 0);
    expect(sideSeenFrom(turned.position, turned.target)).toBe('left');
    expect(Math.hypot(turned.position[0], turned.position[1] - 1, turned.position[2])).toBeCloseTo(3);
  });

  it('never tilts over the head or under the feet', () => {
    let goal = { position: [0, 1, 3] as Point3, target: [0, 1, 0] as Point3 };
    for (let i = 0; i < 40; i++) goal = orbitGoal(goal, 0, 0.3);
    const polar = Math.acos((goal.position[1] - 1) / 3);
    expect(polar).toBeGreaterThanOrEqual(LOWEST_POLAR - 1e-9);
    for (let i = 0; i < 40; i++) goal = orbitGoal(goal, 0, -0.3);
    expect(Math.acos((goal.position[1] - 1) / 3)).toBeLessThanOrEqual(HIGHEST_POLAR + 1e-9);
  });

  it('zooms within the limits and keeps the look-at point on the body', () => {
    let goal = { position: [0, 1, 3] as Point3, target: [0, 1, 0] as Point3 };
    for (let i = 0; i < 30; i++) goal = zoomGoal(goal, 0.8);
    expect(goal.position[2]).toBeCloseTo(0.35);
    for (let i = 0; i < 30; i++) goal = zoomGoal(goal, 1.25);
    expect(goal.position[2]).toBeCloseTo(7);
    expect(clampTarget([3, -2, 0])).toEqual([0.55, 0.05, 0]);
  });
});

describe('a line lit while a region is open', () => {
  // A knee: a ring round the right leg (wraps round, so framed from the front).
  const knee = (() => {
    const { positions, indices } = cylinderPatch(0.06, 0, Math.PI * 2, [-0.1, 0.5, 0]);
    return regionShape(positions, indices);
  })();
  const column = (x: number, z: number): Point3[] => Array.from({ length: 9 }, (_, i) => [x, 0.42 + i * 0.02, z]);

  it('turns the knee round to the back when the back line is lit (it runs behind the knee)', () => {
    // Both legs' strands are lit; only the right one runs over the right knee.
    const goal = regionGoalToward(knee, [...column(-0.1, -0.06), ...column(0.1, -0.06)], 30, 0.9);
    expect(goal).toBeDefined();
    expect(goal?.target).toEqual(knee.centre);
    expect((goal?.position[2] ?? 0) - knee.centre[2]).toBeLessThan(0);
    // As near as the region's own framing: the same part of the body, from the other side.
    const own = regionGoal(knee, 30, 0.9);
    const distance = (p: Point3) => Math.hypot(p[0] - knee.centre[0], p[1] - knee.centre[1], p[2] - knee.centre[2]);
    expect(distance(goal?.position ?? [0, 0, 0])).toBeCloseTo(distance(own.position), 5);
  });

  it('stays when the region’s own view already shows the line, or the line passes nowhere near it', () => {
    expect(regionGoalToward(knee, column(-0.1, 0.06), 30, 0.9)).toBeUndefined();
    const ankle: Point3[] = [[-0.1, 0.08, -0.04], [-0.1, 0.1, -0.04]];
    expect(regionGoalToward(knee, ankle, 30, 0.9)).toBeUndefined();
  });
});
