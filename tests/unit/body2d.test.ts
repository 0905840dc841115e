import { describe, expect, it } from 'vitest';
import { boundaryLoops, createRaster, drawTriangle, loopArea, simplifyLoop } from '../../tools/body2d/outline';
import { mapLines, pathCentre, strandPoints, stretchesOf } from '../../src/body2d/mapLines';
import type { MapPoint } from '../../src/body2d/bodyMapData';
import bodyMap from '../../src/body2d/bodyMap.json';
import { REGION_IDS } from '../../src/content/ids';
import { drawnLines } from '../../src/explorer/highlight';
import { content } from './contentFixture';

describe('the flat body map generator', () => {
  it('keeps the nearest triangle in each cell and outlines a square as one loop of its area', () => {
    const raster = createRaster(10, 10);
    drawTriangle(raster, [2, 2, 0], [8, 2, 0], [8, 8, 0], 1);
    drawTriangle(raster, [2, 2, 0], [8, 8, 0], [2, 8, 0], 1);
    drawTriangle(raster, [0, 0, 1], [10, 0, 1], [0, 10, 1], 2); // nearer: wins where it covers
    const ones = boundaryLoops(10, 10, (x, y) => raster.labels[y * 10 + x] === 1);
    expect(ones.length).toBeGreaterThan(0);
    const square = boundaryLoops(10, 10, (x, y) => x >= 2 && x < 8 && y >= 2 && y < 8);
    expect(square).toHaveLength(1);
    expect(loopArea(square[0] ?? [])).toBe(36);
    expect(simplifyLoop(square[0] ?? [], 0.5)).toHaveLength(4);
  });

  it('gives a hole its own loop', () => {
    const ring = boundaryLoops(7, 7, (x, y) => x >= 1 && x < 6 && y >= 1 && y < 6 && !(x === 3 && y === 3));
    expect(ring).toHaveLength(2);
  });
});

describe('the flat body map', () => {
  it('has every region on the front or the back, and the jaw and lower back where a person looks for them', () => {
    const { front, back } = bodyMap.views as Record<string, { regions: Record<string, string> }>;
    for (const region of REGION_IDS) expect(Boolean(front?.regions[region] ?? back?.regions[region])).toBe(true);
    expect(front?.regions.jaw).toBeTruthy();
    expect(back?.regions.lower_back).toBeTruthy();
  });

  it('draws the Deep Front Line along its stations, on both sides, mirrored in the back view', () => {
    const drawn = drawnLines([{ id: 'dfl', side: 'both' }], content);
    const front = mapLines(drawn, bodyMap as never, 'front');
    const back = mapLines(drawn, bodyMap as never, 'back');
    expect(front.map((line) => line.side)).toEqual(['l', 'r']);
    const points = front[0]?.stretches.flatMap((stretch) => stretch.points) ?? [];
    expect(points.length).toBeGreaterThan(10);
    const firstFront = front[0]?.stretches[0]?.points[0];
    const firstBack = back[0]?.stretches[0]?.points[0];
    expect(firstBack?.[0]).toBe(-(firstFront?.[0] ?? 0));
    // The left line lies on the body's left: the right of the picture seen from the front.
    expect(points.filter(([x]) => x > 0).length).toBeGreaterThan(points.length * 0.6);
  });

  it('turns a track to continue from where the strand got to, and splits near and far stretches', () => {
    const map = { landmarks: { landmark_a: [0, 0, 1] as MapPoint }, tracks: { track_t: [[10, 10, 0], [1, 1, 1]] as MapPoint[] } };
    const steps = [
      { kind: 'station', modelName: 'landmark_a', meshName: 'station_a' },
      { kind: 'track', modelName: 'track_t', meshName: 'track_t' },
    ] as never;
    expect(strandPoints(steps, map)).toEqual([[0, 0, 1], [1, 1, 1], [10, 10, 0]]);
    const stretches = stretchesOf(strandPoints(steps, map), 'front');
    expect(stretches.map((stretch) => stretch.near)).toEqual([true, false]);
    expect(stretchesOf(strandPoints(steps, map), 'back').map((stretch) => stretch.near)).toEqual([false]);
  });

  it('finds the middle of a region outline for a pin', () => {
    expect(pathCentre('M0 0L10 0L10 20L0 20Z')).toEqual([5, 10]);
    expect(pathCentre(undefined)).toBeUndefined();
  });
});
