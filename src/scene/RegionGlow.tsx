import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Mesh } from 'three';
import type { RegionId } from '../content/ids';
import { liesBehind, sample, type OrientedPoint } from '../explorer/facing';
import type { Point3 } from '../explorer/linePath';
import { regionCore, regionHighlight } from '../explorer/regionWeights';
import { useExplorer } from '../state/explorerStore';
import { skinTopology, type BodyIndex } from './modelIndex';
import { createRegionMaterials } from './regionMaterial';
import { useViewerNotes } from './viewerNotes';

/** Warm, a step deeper than the porcelain skin; the outline darker still, so it holds against any line colour. */
const FILL_COLOUR = '#e09a6c';
const OUTLINE_COLOUR = '#a4431c';
const FACING_SAMPLES = 240;

interface BuiltRegion {
  geometry: BufferGeometry;
  core: OrientedPoint[];
}

/** Builds (once per region, on first choice) the soft highlight of a region and keeps it for the next time. */
class RegionHighlights {
  private readonly built = new Map<RegionId, BuiltRegion>();
  constructor(private readonly index: BodyIndex) {}

  region(id: RegionId): BuiltRegion {
    const known = this.built.get(id);
    if (known) return known;
    const highlight = regionHighlight(skinTopology(this.index), id);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(highlight.positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(highlight.normals, 3));
    geometry.setAttribute('weight', new BufferAttribute(highlight.weights, 1));
    geometry.setIndex(new BufferAttribute(highlight.indices, 1));
    geometry.computeBoundingSphere();
    const built = { geometry, core: sample(regionCore(highlight), FACING_SAMPLES) };
    this.built.set(id, built);
    return built;
  }

  dispose(): void {
    for (const region of this.built.values()) region.geometry.dispose();
    this.built.clear();
  }
}

/** The open region, readable with lines lit: a soft warm fill under the lines and an outline drawn over them. */
export function RegionGlow({ index }: { index: BodyIndex }) {
  const region = useExplorer((state) => state.region);
  const invalidate = useThree((state) => state.invalidate);
  const highlights = useMemo(() => new RegionHighlights(index), [index]);
  const materials = useMemo(() => createRegionMaterials(FILL_COLOUR, OUTLINE_COLOUR), []);
  const meshes = useMemo(() => {
    const fill = new Mesh(new BufferGeometry(), materials.fill);
    fill.renderOrder = 3;
    const outline = new Mesh(fill.geometry, materials.outline);
    outline.renderOrder = 6;
    for (const mesh of [fill, outline]) {
      mesh.raycast = () => undefined;
      mesh.visible = false;
    }
    return { fill, outline };
  }, [materials]);
  useEffect(
    () => () => {
      highlights.dispose();
      materials.fill.dispose();
      materials.outline.dispose();
    },
    [highlights, materials],
  );

  // Welding the skin takes tens of milliseconds: done while the browser is idle, so the first region chosen is quick.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => skinTopology(index));
    return () => cancel(handle);
  }, [index]);

  const shown = useMemo(() => (region && index.regions.has(region) ? highlights.region(region) : undefined), [region, index, highlights]);
  useLayoutEffect(() => {
    for (const mesh of [meshes.fill, meshes.outline]) {
      mesh.visible = shown !== undefined;
      if (shown) mesh.geometry = shown.geometry;
    }
    invalidate();
  }, [shown, meshes, invalidate]);

  useFrame(({ camera }) => {
    const eye: Point3 = [camera.position.x, camera.position.y, camera.position.z];
    useViewerNotes.getState().setRegionBehind(shown !== undefined && liesBehind(shown.core, eye));
  });
  useEffect(() => () => useViewerNotes.getState().setRegionBehind(false), []);

  return (
    <>
      <primitive object={meshes.fill} />
      <primitive object={meshes.outline} />
    </>
  );
}
