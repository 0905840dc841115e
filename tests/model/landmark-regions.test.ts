// Issue 10: a person who opens a region expects its stations inside it. Every landmark node of body.glb must lie
// under a skin triangle of the region data/landmarks.json gives it (its nearest skin point within a few mm of that
// region; a deep bone: that region's skin hardly farther than the nearest skin), on both sides.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Document } from '@gltf-transform/core';
import { ROOT, REGION_IDS, SIDED_REGIONS, readBody, worldTriangles } from './body-model.ts';
import {
  closestOnTriangle,
  expectedRegion,
  isInRegion,
  judgeLandmarks,
  type LabelledSkin,
  type LandmarkPlace,
  type LandmarkVerdict,
  type Point,
} from '../../tools/bodygen/landmark-regions.ts';

/** How far (m) the landmark's nearest skin point may lie from its region: the soft edge of a highlight. */
const TOLERANCE = 0.004;

const dataRegion = new Map(
  (JSON.parse(readFileSync(`${ROOT}data/landmarks.json`, 'utf8')) as { landmarks: { id: string; region: string }[] }).landmarks.map(
    (l) => [l.id, l.region],
  ),
);

function labelledSkin(doc: Document): LabelledSkin {
  const byName = new Map(doc.getRoot().listNodes().map((n) => [n.getName(), n]));
  const positions: number[] = [];
  const indices: number[] = [];
  const regions: string[] = [];
  for (const id of REGION_IDS) {
    const { positions: p, indices: idx } = worldTriangles(byName.get(`region_${id}`)!);
    const offset = positions.length / 3;
    for (const v of p) positions.push(v);
    for (const i of idx) indices.push(offset + i);
    for (let t = 0; t < idx.length / 3; t++) regions.push(id);
  }
  return { positions, indices, regions };
}

function landmarkPlaces(doc: Document): LandmarkPlace[] {
  const group = doc.getRoot().listNodes().find((n) => n.getName() === 'landmarks')!;
  const sided = new Set(SIDED_REGIONS);
  return group.listChildren().map((node) => {
    const name = node.getName();
    const id = name.replace(/^landmark_/, '').replace(/_[lr]$/, '');
    const region = dataRegion.get(id) ?? dataRegion.get(name.replace(/^landmark_/, '')) ?? '?';
    const t = node.getTranslation();
    return { name, region: expectedRegion(name, region, sided), position: [t[0], t[1], t[2]] };
  });
}

const mm = (m: number) => `${(m * 1000).toFixed(0)} mm`;
const describeVerdict = (v: LandmarkVerdict) =>
  `${v.name}: in ${v.nearestRegion} (${mm(v.depth)} deep at [${v.nearest.map((c) => c.toFixed(3)).join(', ')}]), ${mm(v.offRegion)} from ${v.region} (${mm(v.toRegion)} from the landmark)`;

describe('closestOnTriangle', () => {
  const a: Point = [0, 0, 0];
  const b: Point = [1, 0, 0];
  const c: Point = [0, 1, 0];
  it('drops a point above the face onto it', () => {
    const onFace = closestOnTriangle([0.2, 0.3, 0.5], a, b, c);
    expect(onFace[0]).toBeCloseTo(0.2);
    expect(onFace[1]).toBeCloseTo(0.3);
    expect(onFace[2]).toBeCloseTo(0);
  });
  it('clamps to a vertex or an edge outside the face', () => {
    expect(closestOnTriangle([-1, -1, 0], a, b, c)).toEqual([0, 0, 0]);
    expect(closestOnTriangle([0.5, -1, 2], a, b, c)).toEqual([0.5, 0, 0]);
    const onHypotenuse = closestOnTriangle([1, 1, 0], a, b, c);
    expect(onHypotenuse[0]).toBeCloseTo(0.5);
    expect(onHypotenuse[1]).toBeCloseTo(0.5);
  });
});

describe('landmarks in their regions', () => {
  let verdicts: LandmarkVerdict[];
  beforeAll(async () => {
    const doc = await readBody();
    verdicts = judgeLandmarks(labelledSkin(doc), landmarkPlaces(doc));
  });

  it('knows the region of every landmark node', () => {
    expect(verdicts.filter((v) => !REGION_IDS.includes(v.region)).map((v) => v.name)).toEqual([]);
  });

  it(`puts every landmark under (within ${mm(TOLERANCE)} of) a skin triangle of its data region`, () => {
    const offenders = verdicts.filter((v) => !isInRegion(v, TOLERANCE));
    if (process.env.LANDMARK_TABLE) console.log(verdicts.map(describeVerdict).join('\n'));
    if (offenders.length) console.log(`landmarks outside their region:\n${offenders.map(describeVerdict).join('\n')}`);
    expect(offenders.map(describeVerdict)).toEqual([]);
  });
});
