// Writes body.glb with @gltf-transform: named nodes and meshes (never joined), quantised and
// EXT_meshopt_compression (the app decodes with three's MeshoptDecoder).

import { Document, NodeIO, Logger, type Material } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { reorder, quantize } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

export interface OutMesh {
  name: string;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  material: 'skin' | 'track' | 'bone';
  extras?: Record<string, unknown>;
}

export interface OutEmpty {
  name: string;
  translation: [number, number, number];
}

export interface BodyScene {
  skin: OutMesh[];
  tracks: OutMesh[];
  stations: OutMesh[];
  landmarks: OutEmpty[];
  extras?: Record<string, unknown>;
}

export async function writeGlb(scene: BodyScene): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  doc.createBuffer('body');
  const buffer = doc.getRoot().listBuffers()[0]!;
  const materials: Record<OutMesh['material'], Material> = {
    skin: doc.createMaterial('skin').setBaseColorFactor([0.93, 0.89, 0.85, 1]).setRoughnessFactor(0.6).setMetallicFactor(0),
    track: doc.createMaterial('track').setBaseColorFactor([0.75, 0.33, 0.3, 1]).setRoughnessFactor(0.5).setMetallicFactor(0),
    bone: doc.createMaterial('bone').setBaseColorFactor([0.92, 0.88, 0.78, 1]).setRoughnessFactor(0.55).setMetallicFactor(0),
  };
  const gltfScene = doc.createScene('body');
  const root = doc.createNode('body');
  gltfScene.addChild(root);
  if (scene.extras) root.setExtras(scene.extras);

  const group = (name: string, meshes: OutMesh[]) => {
    const node = doc.createNode(name);
    root.addChild(node);
    for (const m of meshes) {
      if (m.indices.length === 0) continue;
      const pos = doc.createAccessor().setType('VEC3').setArray(m.positions as Float32Array<ArrayBuffer>).setBuffer(buffer);
      const nor = doc.createAccessor().setType('VEC3').setArray(m.normals as Float32Array<ArrayBuffer>).setBuffer(buffer);
      const vertexCount = m.positions.length / 3;
      const indexArray = vertexCount < 65536 ? Uint16Array.from(m.indices) : Uint32Array.from(m.indices);
      const idx = doc.createAccessor().setType('SCALAR').setArray(indexArray).setBuffer(buffer);
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', pos)
        .setAttribute('NORMAL', nor)
        .setIndices(idx)
        .setMaterial(materials[m.material]);
      const mesh = doc.createMesh(m.name).addPrimitive(prim);
      if (m.extras) mesh.setExtras(m.extras);
      const child = doc.createNode(m.name).setMesh(mesh);
      if (m.extras) child.setExtras(m.extras);
      node.addChild(child);
    }
  };
  group('skin', scene.skin);
  group('tracks', scene.tracks);
  group('stations', scene.stations);
  const lm = doc.createNode('landmarks');
  root.addChild(lm);
  for (const e of scene.landmarks) lm.addChild(doc.createNode(e.name).setTranslation(e.translation));

  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ quantizationVolume: 'scene', quantizePosition: 14, quantizeNormal: 8 }),
  );
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  });
  return io.writeBinary(doc);
}
