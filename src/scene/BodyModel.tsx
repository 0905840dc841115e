import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, MeshStandardMaterial, type Material, type Mesh, type Object3D } from 'three';
import { useShallow } from 'zustand/react/shallow';
import type { RegionId } from '../content/ids';
import type { Content } from '../content/load';
import { litMeshes, type DrawnLine } from '../explorer/highlight';
import { pickRegion, zoomsFirst } from '../explorer/picking';
import { modeTakesRegionTap } from '../modes/bodyTap';
import { useExplorer, useExplorerActions, type Focus } from '../state/explorerStore';
import { usePreferences } from '../state/preferences';
import { useDarkTheme } from '../state/useDarkTheme';
import { preloadGltf, useLoadedGltf } from './bodyGltf';
import { indexBodyModel, type BodyIndex } from './modelIndex';
import { PickFlash, flashPick } from './PickFlash';
import { regionCentre, regionsNearTap, sizeOnScreen } from './tapPicking';
import { PICK_LAYER, TrackBatch, createLitTrackMaterial, type BatchedPart } from './trackBatch';

export const BODY_MODEL_URL = `${import.meta.env.BASE_URL}models/body.glb`;

/** Warm porcelain: calm under any line colour, and not the white of a hospital. */
const SKIN_COLOUR = new Color('#e3cdb9');
/** In a dim room the same porcelain, a little darker, so the body does not glare against the dark page. */
const SKIN_COLOUR_DARK = new Color('#bba694');
/** A tap that moved more than this many pixels was a drag (turning the body), not a pick. */
const TAP_TOLERANCE_PX = 8;

interface Materials {
  skin: MeshStandardMaterial;
  track: MeshStandardMaterial;
  station: MeshStandardMaterial;
  /** One material for every lit track: the line's colour is the batch instance's. */
  litTrack: MeshStandardMaterial;
}

function createMaterials(): Materials {
  return {
    skin: new MeshStandardMaterial({ color: SKIN_COLOUR, roughness: 0.62, metalness: 0, envMapIntensity: 0.9 }),
    track: new MeshStandardMaterial({ color: '#b9776a', roughness: 0.7, transparent: true }),
    station: new MeshStandardMaterial({ color: '#f3ece0', roughness: 0.45, transparent: true }),
    litTrack: createLitTrackMaterial(),
  };
}

function setOpacity(material: Material, opacity: number): void {
  material.opacity = opacity;
  material.transparent = opacity < 0.999;
  // A see-through skin must not hide what lies under it.
  material.depthWrite = opacity > 0.6;
  material.needsUpdate = true;
}

/** Loads the model and indexes it once (undefined until it is there); call it in one place and pass the result down. */
export function useBodyIndex(): { scene: Object3D; index: BodyIndex } | undefined {
  const gltf = useLoadedGltf(BODY_MODEL_URL);
  const scene = gltf?.scene;
  const index = useMemo(() => {
    if (!scene) return undefined;
    performance.mark('fascia:model-parsed');
    const built = indexBodyModel(scene);
    performance.mark('fascia:model-indexed');
    return built;
  }, [scene]);
  return scene && index ? { scene, index } : undefined;
}

/** The generated body: skin regions to tap, tracks and station bones that light up with the lines. */
export function BodyModel({ content, drawn, scene, index }: {
  content: Content;
  drawn: readonly DrawnLine[];
  scene: Object3D;
  index: BodyIndex;
}) {
  const invalidate = useThree((state) => state.invalidate);
  const camera = useThree((state) => state.camera);
  const gl = useThree((state) => state.gl);
  const materials = useMemo(() => createMaterials(), []);
  const batch = useMemo(() => new TrackBatch([...index.tracks.values()], [...index.stations.values()], materials), [index, materials]);
  // The model's track and station meshes are tapped on their own layer; the batches draw them (trackBatch.ts).
  const raycaster = useThree((state) => state.raycaster);
  useEffect(() => {
    raycaster.layers.enable(PICK_LAYER);
  }, [raycaster]);
  useEffect(
    () => () => {
      batch.dispose();
      for (const material of [materials.skin, materials.track, materials.station, materials.litTrack]) material.dispose();
    },
    [materials, batch],
  );
  const dark = useDarkTheme();
  useEffect(() => {
    materials.skin.color.copy(dark ? SKIN_COLOUR_DARK : SKIN_COLOUR);
    invalidate();
  }, [dark, materials, invalidate]);
  const isolate = useExplorer((state) => state.isolate);
  const tracks = useExplorer(useShallow((state) => state.tracks));
  const skinOpacity = usePreferences((state) => state.skinOverride ?? state.skinOpacity);
  const showStations = usePreferences((state) => state.showStations);
  const { tapRegion, moveCamera, setFocus } = useExplorerActions();

  const lit = useMemo(() => litMeshes(drawn), [drawn]);
  const depthOf = useMemo(() => new Map([...content.structures.values()].map((s) => [s.id, s.depth])), [content]);

  useEffect(() => {
    const effectiveSkin = isolate ? Math.min(skinOpacity, 0.14) : skinOpacity;
    setOpacity(materials.skin, effectiveSkin);
    // The open region is drawn over the skin by RegionGlow, with soft edges; every region mesh keeps the skin.
    for (const mesh of index.regions.values()) {
      mesh.material = materials.skin;
      mesh.renderOrder = 2;
    }
    const trackOpacity = isolate ? 0.12 : 1;
    setOpacity(materials.track, trackOpacity);
    setOpacity(materials.station, isolate ? 0.2 : 1);
    // Under a solid skin nothing inside can be seen: skipping it saves ~260 draw calls on a tablet.
    const seeThrough = effectiveSkin < 0.999;
    // Each mesh's `visible` still says what a tap can reach; the batches draw what is visible.
    const trackParts = new Map<Mesh, BatchedPart>();
    for (const [name, mesh] of index.tracks) {
      const lineId = lit.get(name);
      const structureId = name.replace(/^track_/, '').replace(/_(l|r)$/, '');
      const depth = depthOf.get(structureId) ?? depthOf.get(name.replace(/^track_/, '')) ?? 'superficial';
      mesh.visible = seeThrough && (Boolean(lineId) || tracks[depth]);
      trackParts.set(mesh, { visible: mesh.visible, ...(lineId ? { litColour: content.lines[lineId].colour } : {}) });
    }
    const stationParts = new Map<Mesh, boolean>();
    for (const [name, mesh] of index.stations) {
      mesh.visible = seeThrough && (showStations || lit.has(name));
      stationParts.set(mesh, mesh.visible);
    }
    batch.update(trackParts, stationParts);
    invalidate();
  }, [index, materials, batch, content, isolate, tracks, skinOpacity, showStations, lit, depthOf, invalidate]);

  const partOfMesh = (mesh: Mesh): Focus | undefined => {
    if (!mesh.visible) return undefined;
    const match = /^(track|station)_(.+?)(?:_(l|r))?$/.exec(mesh.name || mesh.parent?.name || '');
    return match ? { kind: match[1] === 'track' ? 'track' : 'station', id: match[2] ?? '' } : undefined;
  };

  const regionOf = (mesh: Mesh): RegionId | undefined =>
    [...index.regions.entries()].find(([, candidate]) => candidate === mesh)?.[0];

  /** A tap at client (x, y): what lies under a see-through skin, else the region a finger meant (picking.ts). */
  const onTap = (clientX: number, clientY: number, intersections: readonly { object: Object3D }[]) => {
    // Through a see-through skin a tap means what lies under it: the nearest visible track or station.
    const seeThrough = isolate || skinOpacity < 0.6;
    const part = seeThrough
      ? intersections.map((hit) => partOfMesh(hit.object as Mesh)).find((found) => found !== undefined)
      : undefined;
    if (part) {
      setFocus(part);
      return;
    }
    const rect = gl.domElement.getBoundingClientRect();
    const near = regionsNearTap(index, camera, rect.width, rect.height, clientX - rect.left, clientY - rect.top);
    const picked = pickRegion(near);
    const mesh = picked ? index.regions.get(picked) : undefined;
    if (picked && mesh && modeTakesRegionTap(picked)) {
      flashPick(regionCentre(mesh));
      return;
    }
    if (picked && mesh) {
      const opening = useExplorer.getState().region !== picked;
      tapRegion(picked);
      flashPick(regionCentre(mesh));
      // Too small to see well: framed as well, so the next tap and the eye find it.
      if (opening && zoomsFirst(sizeOnScreen(mesh, camera, rect.width, rect.height))) moveCamera({ kind: 'region', region: picked });
      return;
    }
    const found = intersections[0] ? partOfMesh(intersections[0].object as Mesh) : undefined;
    if (found) setFocus(found);
  };

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > TAP_TOLERANCE_PX) return;
    event.stopPropagation();
    onTap(event.nativeEvent.clientX, event.nativeEvent.clientY, event.intersections);
  };

  // A tap just beside the body (r3f reports it as missed only when the pointer did not move) may still mean a region.
  const onPointerMissed = (event: MouseEvent) => {
    if (event.type === 'click') onTap(event.clientX, event.clientY, []);
  };

  const onDoubleClick = (event: ThreeEvent<MouseEvent>) => {
    const tapped = regionOf(event.object as Mesh);
    if (!tapped) return;
    event.stopPropagation();
    useExplorer.getState().actions.selectRegion(tapped);
    moveCamera({ kind: 'region', region: tapped });
  };

  return (
    <>
      <primitive object={scene} onClick={onClick} onDoubleClick={onDoubleClick} onPointerMissed={onPointerMissed} />
      <primitive object={batch.root} />
      <PickFlash />
    </>
  );
}

preloadGltf(BODY_MODEL_URL);
