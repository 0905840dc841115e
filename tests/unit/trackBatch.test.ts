import { BoxGeometry, Mesh, MeshStandardMaterial, type BatchedMesh } from 'three';
import { describe, expect, it } from 'vitest';
import { PICK_LAYER, TrackBatch, createLitTrackMaterial } from '../../src/scene/trackBatch';

const materials = { track: new MeshStandardMaterial(), litTrack: createLitTrackMaterial(), station: new MeshStandardMaterial() };
const meshes = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => Object.assign(new Mesh(new BoxGeometry(0.01, 0.1, 0.01)), { name: `${prefix}_${i}` }));

describe('tracks drawn in batches', () => {
  it('x-ray with every track and station shown is three draw calls, not one per mesh', () => {
    const tracks = meshes(137, 'track');
    const stations = meshes(124, 'station');
    const batch = new TrackBatch(tracks, stations, materials);
    batch.update(new Map(tracks.map((mesh, i) => [mesh, { visible: true, ...(i < 10 ? { litColour: '#ff0000' } : {}) }])), new Map(stations.map((mesh) => [mesh, true])));
    const drawn = batch.root.children.filter((child) => child.visible) as BatchedMesh[];
    expect(drawn).toHaveLength(3);
    const lit = drawn.find((mesh) => mesh.name === 'lit-tracks') as BatchedMesh;
    const plain = drawn.find((mesh) => mesh.name === 'tracks') as BatchedMesh;
    expect(lit.getVisibleAt(0)).toBe(true);
    expect(plain.getVisibleAt(0)).toBe(false); // a lit track is drawn once, in its line's colour
    expect(plain.getVisibleAt(20)).toBe(true);
  });

  it('under a solid skin nothing is drawn (idle stays at no draw calls inside the body)', () => {
    const tracks = meshes(3, 'track');
    const batch = new TrackBatch(tracks, [], materials);
    batch.update(new Map(tracks.map((mesh) => [mesh, { visible: false }])), new Map());
    expect(batch.root.children.every((child) => !child.visible)).toBe(true);
  });

  it('keeps the model’s meshes for tapping, on a layer the camera does not draw', () => {
    const tracks = meshes(2, 'track');
    new TrackBatch(tracks, [], materials);
    expect(tracks.every((mesh) => mesh.layers.isEnabled(PICK_LAYER) && !mesh.layers.isEnabled(0))).toBe(true);
  });
});
