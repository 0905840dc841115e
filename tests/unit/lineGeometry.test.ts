import { Mesh, MeshStandardMaterial, ShaderMaterial, SphereGeometry } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import type { DrawnLine } from '../../src/explorer/highlight';
import { SURFACE_OFFSET, onSkin, stationPoints, strandPoints } from '../../src/explorer/lineGeometry';
import type { Point3, ResolvedStep } from '../../src/explorer/linePath';
import { LineLayer } from '../../src/scene/lineLayer';
import type { BodyIndex } from '../../src/scene/modelIndex';
import { CENTRE, RADIUS, distanceFromCentre, sphere } from './sphereSkin';


const step = (kind: 'station' | 'track', name: string, deep = false): ResolvedStep => ({
  kind, id: name, side: 'l', modelName: name, meshName: name, style: 'confirmed', deep,
});
const model = {
  landmark: (name: string): Point3 | undefined => ({ foot: [0, 0.85, 0.1] as Point3, head: [0, 1.15, 0.1] as Point3 })[name],
  centerline: (name: string): Point3[] | undefined => (name === 'front' ? [[0, 0.9, 0.12], [0, 1.1, 0.12]] : undefined),
};
const drawn = (lineId: 'sfl' | 'sbl', deep = false): DrawnLine => ({
  lineId, side: 'l', strands: [[step('station', 'foot', deep), step('track', 'front', deep), step('station', 'head', deep)]],
});

describe('a line laid on the skin', () => {
  it('lifts superficial points just above the skin, and keeps deep ones where they are', () => {
    const [lifted, deep] = onSkin([{ point: [0, 1, 0.1], style: 'confirmed', deep: false }, { point: [0, 1, 0.1], style: 'confirmed', deep: true }], sphere);
    expect(distanceFromCentre(lifted?.point as Point3)).toBeCloseTo(RADIUS + SURFACE_OFFSET, 6);
    expect(deep?.point).toEqual([0, 1, 0.1]);
    expect(deep?.normal[2]).toBeCloseTo(1, 6); // it still learns which way the skin above it faces
  });

  it('follows the body between its stations, evenly spaced, every point facing out', () => {
    const [strand] = strandPoints(drawn('sfl'), model, sphere);
    expect(strand?.length).toBeGreaterThan(20);
    for (const entry of strand ?? []) {
      expect(distanceFromCentre(entry.point)).toBeGreaterThan(RADIUS);
      expect(entry.normal[2]).toBeGreaterThan(0);
    }
  });

  it('puts each station once, with a place on the skin for its name even when it lies deep', () => {
    const stations = stationPoints(drawn('sfl', true), model, sphere);
    expect(stations.map((s) => s.id)).toEqual(['foot', 'head']);
    expect(distanceFromCentre(stations[0]?.point as Point3)).toBeLessThan(RADIUS);
    expect(distanceFromCentre(stations[0]?.surface as Point3)).toBeCloseTo(RADIUS + SURFACE_OFFSET, 6);
  });
});

describe('instant highlights', () => {
  const bodyIndex = (): BodyIndex => {
    const geometry = new SphereGeometry(RADIUS, 48, 32).translate(...CENTRE);
    return {
      regions: new Map(), tracks: new Map(), stations: new Map(),
      landmarks: new Map([['foot', [0, 0.85, 0.1]], ['head', [0, 1.15, 0.1]]]),
      centerlines: new Map([['front', [[0, 0.9, 0.12], [0, 1.1, 0.12]]]]),
      skin: new MeshBVH(geometry),
    };
  };
  const materialsIn = (layer: LineLayer) => {
    const found = new Set<unknown>();
    layer.root.traverse((object) => {
      if (object instanceof Mesh) found.add(object.material);
    });
    return found;
  };

  it('builds a line and side once; showing another neither rebuilds it nor makes a material', () => {
    const layer = new LineLayer(bodyIndex(), () => '#3366ff');
    const [sfl] = layer.show([drawn('sfl')], true);
    const geometry = (sfl?.group.children[0] as Mesh).geometry;
    const materials = materialsIn(layer);
    const [again, sbl] = layer.show([drawn('sfl'), drawn('sbl')], true);
    expect(again).toBe(sfl);
    expect((again?.group.children[0] as Mesh).geometry).toBe(geometry);
    expect(sbl?.group.visible).toBe(true);
    for (const material of materialsIn(layer)) expect(materials.has(material)).toBe(true);
    expect([...materialsIn(layer)].every((m) => m instanceof ShaderMaterial || m instanceof MeshStandardMaterial)).toBe(true);
  });

  it('hides a line switched off instead of dropping it, so switching it on again costs nothing', () => {
    const layer = new LineLayer(bodyIndex(), () => '#3366ff');
    const [sfl] = layer.show([drawn('sfl')], true);
    layer.show([], true);
    expect(sfl?.group.visible).toBe(false);
    const [back] = layer.show([drawn('sfl')], false);
    expect(back).toBe(sfl);
    expect(back?.group.visible).toBe(true);
    expect(back?.markers.visible).toBe(false);
  });

  it('one line and side is one draw in front, whatever its strands, and one through the skin (deep stretches, and near-side stretches another part covers)', () => {
    const layer = new LineLayer(bodyIndex(), () => '#3366ff');
    const ribbons = (line: { group: { children: unknown[] } } | undefined) =>
      (line?.group.children ?? []).filter((child): child is Mesh => child instanceof Mesh && Boolean(child.geometry.getAttribute('side')) && child.visible);
    const [superficial, deep] = layer.show([
      { ...drawn('sfl'), strands: [...drawn('sfl').strands, ...drawn('sfl').strands] },
      drawn('sbl', true),
    ], false);
    expect(ribbons(superficial)).toHaveLength(2);
    expect(ribbons(deep)).toHaveLength(2);
    // Both passes share one geometry: the second draw costs no memory.
    const [front, through] = ribbons(superficial);
    expect(front?.geometry).toBe(through?.geometry);
  });
});
