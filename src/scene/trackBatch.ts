// Tracks and station bones drawn in batches: one draw call for the plain tracks, one for the lit ones, one for the
// stations, instead of one per mesh (about 260 in x-ray mode). The model's own meshes stay in the scene for picking,
// on a layer the camera does not draw; each batch instance follows its mesh's visibility and colour.
import { BatchedMesh, Color, Group, MeshStandardMaterial, type Material, type Mesh } from 'three';

/** The layer the model's track and station meshes move to: raycast (tapped), never drawn. */
export const PICK_LAYER = 1;

export interface BatchedPart {
  visible: boolean;
  /** The lit line's colour; absent for a plain track. */
  litColour?: string;
}

/** Lit tracks glow a little in their line's colour, which each instance carries. */
export function createLitTrackMaterial(): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: '#ffffff', roughness: 0.5 });
  material.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <emissivemap_fragment>',
      '#include <emissivemap_fragment>\n\ttotalEmissiveRadiance += diffuseColor.rgb * 0.55;',
    );
  };
  return material;
}

function batchOf(meshes: readonly Mesh[], material: Material, name: string): { batch: BatchedMesh; ids: Map<Mesh, number> } {
  const vertices = meshes.reduce((sum, mesh) => sum + mesh.geometry.getAttribute('position').count, 0);
  const indices = meshes.reduce((sum, mesh) => sum + (mesh.geometry.index?.count ?? 0), 0);
  const batch = new BatchedMesh(Math.max(1, meshes.length), Math.max(1, vertices), Math.max(1, indices), material);
  batch.name = name;
  batch.raycast = () => undefined;
  const ids = new Map<Mesh, number>();
  const white = new Color('#ffffff');
  for (const mesh of meshes) {
    const instance = batch.addInstance(batch.addGeometry(mesh.geometry));
    mesh.updateWorldMatrix(true, false);
    batch.setMatrixAt(instance, mesh.matrixWorld);
    batch.setColorAt(instance, white);
    batch.setVisibleAt(instance, false);
    ids.set(mesh, instance);
  }
  batch.visible = false;
  return { batch, ids };
}

export class TrackBatch {
  readonly root = new Group();
  private readonly plain: ReturnType<typeof batchOf>;
  private readonly lit: ReturnType<typeof batchOf>;
  private readonly stations: ReturnType<typeof batchOf>;
  private readonly colour = new Color();

  constructor(tracks: readonly Mesh[], stations: readonly Mesh[], materials: { track: Material; litTrack: Material; station: Material }) {
    this.plain = batchOf(tracks, materials.track, 'tracks');
    this.lit = batchOf(tracks, materials.litTrack, 'lit-tracks');
    this.stations = batchOf(stations, materials.station, 'stations');
    this.root.name = 'batched-tracks';
    this.root.add(this.plain.batch, this.lit.batch, this.stations.batch);
    for (const mesh of [...tracks, ...stations]) mesh.layers.set(PICK_LAYER);
  }

  /** Shows each track plain or lit as its mesh says, and each station. Hidden batches cost no draw call. */
  update(tracks: ReadonlyMap<Mesh, BatchedPart>, stations: ReadonlyMap<Mesh, boolean>): void {
    let plainShown = false;
    let litShown = false;
    for (const [mesh, part] of tracks) {
      const plainId = this.plain.ids.get(mesh);
      const litId = this.lit.ids.get(mesh);
      if (plainId === undefined || litId === undefined) continue;
      const lit = part.visible && part.litColour !== undefined;
      this.plain.batch.setVisibleAt(plainId, part.visible && !lit);
      this.lit.batch.setVisibleAt(litId, lit);
      if (lit) this.lit.batch.setColorAt(litId, this.colour.set(part.litColour as string));
      plainShown ||= part.visible && !lit;
      litShown ||= lit;
    }
    let stationsShown = false;
    for (const [mesh, visible] of stations) {
      const id = this.stations.ids.get(mesh);
      if (id === undefined) continue;
      this.stations.batch.setVisibleAt(id, visible);
      stationsShown ||= visible;
    }
    this.plain.batch.visible = plainShown;
    this.lit.batch.visible = litShown;
    this.stations.batch.visible = stationsShown;
  }

  dispose(): void {
    for (const { batch } of [this.plain, this.lit, this.stations]) batch.dispose();
  }
}
