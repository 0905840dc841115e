import { InstancedMesh, Matrix4, SphereGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import type { DrawnLine } from '../../src/explorer/highlight';
import { DEEP_DEPTH, SURFACE_OFFSET, heightAboveSkin, onSkin, stationPoints, strandPoints } from '../../src/explorer/lineGeometry';
import type { Point3, ResolvedStep } from '../../src/explorer/linePath';
import { BEAD_FACING_COSINE, beadMatrix, beadShown } from '../../src/scene/beadSize';
import { LineLayer } from '../../src/scene/lineLayer';
import type { BodyIndex } from '../../src/scene/modelIndex';
import { CENTRE, RADIUS, distanceFromCentre, sphere } from './sphereSkin';

const fromCentre = distanceFromCentre;
/** How far under the sphere's skin a point lies (metres; negative above it). */
const depthOf = (p: Point3) => RADIUS - fromCentre(p);
const at = (distance: number, direction: Point3 = [0, 0, 1]): Point3 => [
  CENTRE[0] + direction[0] * distance, CENTRE[1] + direction[1] * distance, CENTRE[2] + direction[2] * distance,
];

const step = (kind: 'station' | 'track', name: string, deep: boolean): ResolvedStep => ({
  kind, id: name, side: 'l', modelName: name, meshName: name, style: 'confirmed', deep,
});
/** A deep track whose centre curve was modelled on the skin and a little over it (as the suprahyoids under the chin). */
const model = {
  landmark: (name: string): Point3 | undefined => ({ hyoid: at(RADIUS + 0.004, [0, -0.6, 0.8]), chin: at(RADIUS, [0, 0.6, 0.8]) })[name],
  centerline: (name: string): Point3[] | undefined =>
    name === 'suprahyoid' ? [at(RADIUS + 0.004, [0, -0.6, 0.8]), at(RADIUS + 0.006, [0, 0, 1]), at(RADIUS, [0, 0.6, 0.8])] : undefined,
};
const deepLine: DrawnLine = {
  lineId: 'dfl', side: 'l',
  strands: [[step('station', 'hyoid', true), step('track', 'suprahyoid', true), step('station', 'chin', true)]],
};
const superficialLine: DrawnLine = {
  lineId: 'sfl', side: 'l',
  strands: [[step('station', 'hyoid', false), step('track', 'suprahyoid', false), step('station', 'chin', false)]],
};

describe('a deep line runs under the skin, never over it', () => {
  it('pushes a deep point that lies on or over the skin, or too near under it, DEEP_DEPTH in along the normal', () => {
    const [over, shallow, deeper] = onSkin([
      { point: at(RADIUS + 0.01), style: 'confirmed', deep: true },
      { point: at(RADIUS - 0.005, [1, 0, 0]), style: 'confirmed', deep: true },
      { point: at(RADIUS - 0.05), style: 'confirmed', deep: true },
    ], sphere);
    expect(depthOf(over?.point as Point3)).toBeCloseTo(DEEP_DEPTH, 6);
    expect(over?.point[0]).toBeCloseTo(0, 9); // straight in, along the normal
    expect(depthOf(shallow?.point as Point3)).toBeCloseTo(DEEP_DEPTH, 6);
    expect(deeper?.point).toEqual(at(RADIUS - 0.05)); // already deep enough: where it lies
    expect(DEEP_DEPTH).toBeGreaterThanOrEqual(0.012);
  });

  it('measures height over the skin along its normal', () => {
    const hit = sphere.closest(at(RADIUS + 0.01));
    expect(heightAboveSkin(at(RADIUS + 0.01), hit as NonNullable<typeof hit>)).toBeCloseTo(0.01, 9);
    expect(heightAboveSkin(at(RADIUS - 0.03), hit as NonNullable<typeof hit>)).toBeCloseTo(-0.03, 9);
  });

  it('keeps every point of a deep strand at least DEEP_DEPTH under the skin after spacing and smoothing', () => {
    const [strand] = strandPoints(deepLine, model, sphere);
    expect(strand?.length).toBeGreaterThan(10);
    for (const entry of strand ?? []) {
      expect(entry.deep).toBe(true);
      expect(depthOf(entry.point)).toBeGreaterThanOrEqual(DEEP_DEPTH - 1e-6);
    }
  });

  it('still lays the same curve on the skin when it is superficial', () => {
    const [strand] = strandPoints(superficialLine, model, sphere);
    for (const entry of strand ?? []) expect(depthOf(entry.point)).toBeLessThan(0);
  });
});

describe('station beads sit half in the skin and only where their skin faces the eye', () => {
  it('puts a superficial station on the skin itself, a deep one under it; the name stays on the skin', () => {
    const [onBody] = stationPoints(superficialLine, model, sphere);
    const [deep] = stationPoints(deepLine, model, sphere);
    expect(depthOf(onBody?.point as Point3)).toBeCloseTo(0, 6);
    expect(depthOf(deep?.point as Point3)).toBeGreaterThanOrEqual(DEEP_DEPTH - 1e-9);
    expect(depthOf(deep?.surface as Point3)).toBeCloseTo(-SURFACE_OFFSET, 6);
  });

  it('draws a bead facing the eye, not one whose skin turns sideways or away (the temple seen from the front)', () => {
    const eye: Point3 = [0, 1, 2];
    expect(beadShown(at(RADIUS), [0, 0, 1], eye)).toBe(true);
    expect(beadShown(at(RADIUS, [1, 0, 0]), [1, 0, 0], eye)).toBe(false); // the temple: skin facing the side
    expect(beadShown(at(RADIUS, [0, 0, -1]), [0, 0, -1], eye)).toBe(false); // the back of the head
    const grazing = Math.acos(BEAD_FACING_COSINE) - 0.05; // just inside the facing limit
    expect(beadShown(at(RADIUS), [Math.sin(grazing), 0, Math.cos(grazing)], [0, 1, 1e6])).toBe(true);
  });

  it('carries the skin normal as the bead\'s +Z axis, where the shader reads it', () => {
    const normal: Point3 = [0.6, 0, 0.8];
    const matrix = beadMatrix([0.1, 1.2, 0.3], normal, 1.6);
    const x = new Vector3();
    const y = new Vector3();
    const z = new Vector3();
    matrix.extractBasis(x, y, z);
    expect(z.clone().normalize().toArray().map((v) => Number(v.toFixed(6)))).toEqual(normal);
    expect(z.length()).toBeCloseTo(1.6, 6);
    const position = new Vector3().setFromMatrixPosition(matrix);
    expect(position.distanceTo(new Vector3(0.1, 1.2, 0.3))).toBeLessThan(1e-9);
  });

  it('builds the beads of a line with each instance turned to its station\'s skin normal', () => {
    const index: BodyIndex = {
      regions: new Map(), tracks: new Map(), stations: new Map(),
      landmarks: new Map([['hyoid', model.landmark('hyoid') as Point3], ['chin', model.landmark('chin') as Point3]]),
      centerlines: new Map([['suprahyoid', model.centerline('suprahyoid') as Point3[]]]),
      skin: new MeshBVH(new SphereGeometry(RADIUS, 64, 48).translate(...CENTRE)),
    };
    const layer = new LineLayer(index, () => '#3366ff');
    const [line] = layer.show([superficialLine], true);
    const beads = line?.markers.children[0] as InstancedMesh;
    expect(beads.count).toBe(2);
    const matrix = new Matrix4();
    const x = new Vector3();
    const y = new Vector3();
    const z = new Vector3();
    for (let instance = 0; instance < beads.count; instance++) {
      beads.getMatrixAt(instance, matrix);
      matrix.extractBasis(x, y, z);
      const centre = new Vector3().setFromMatrixPosition(matrix);
      const outward = centre.clone().sub(new Vector3(...CENTRE)).normalize();
      expect(z.normalize().dot(outward)).toBeGreaterThan(0.99);
      expect(Math.abs(depthOf(centre.toArray()))).toBeLessThan(0.003); // on the (faceted) skin
    }
  });
});
