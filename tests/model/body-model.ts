// Shared reading of the committed body.glb for the model tests (decodes meshopt + quantisation).

import { readFileSync } from 'node:fs';
import { NodeIO, type Document, type Node } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const GLB_PATH = `${ROOT}public/models/body.glb`;

export interface Landmark {
  id: string;
  sided: boolean;
}
export interface Structure {
  id: string;
  sided: boolean;
}

export const landmarks = (JSON.parse(readFileSync(`${ROOT}data/landmarks.json`, 'utf8')) as { landmarks: Landmark[] }).landmarks;
export const structures = (JSON.parse(readFileSync(`${ROOT}data/structures.json`, 'utf8')) as { structures: Structure[] }).structures;

export const SIDED_REGIONS = ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'shoulder', 'arm', 'hand'];
export const MIDLINE_REGIONS = ['pelvis', 'lower_back', 'abdomen', 'chest', 'upper_back', 'neck', 'head', 'jaw'];
export const REGION_IDS = [...SIDED_REGIONS.flatMap((b) => [`${b}_l`, `${b}_r`]), ...MIDLINE_REGIONS];

export const sidedNames = (prefix: string, id: string, sided: boolean) => (sided ? [`${prefix}_${id}_l`, `${prefix}_${id}_r`] : [`${prefix}_${id}`]);

export async function readBody(): Promise<Document> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  return io.readBinary(new Uint8Array(readFileSync(GLB_PATH)));
}

/** World-space triangles of a mesh node: flat [ax, ay, az, bx, …] and the quantised grid keys of its vertices. */
export function worldTriangles(node: Node): { positions: Float64Array; indices: Uint32Array } {
  const prim = node.getMesh()!.listPrimitives()[0]!;
  const pos = prim.getAttribute('POSITION')!;
  const m = node.getWorldMatrix();
  const n = pos.getCount();
  const out = new Float64Array(n * 3);
  const el = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    pos.getElement(i, el);
    out[i * 3] = m[0]! * el[0]! + m[4]! * el[1]! + m[8]! * el[2]! + m[12]!;
    out[i * 3 + 1] = m[1]! * el[0]! + m[5]! * el[1]! + m[9]! * el[2]! + m[13]!;
    out[i * 3 + 2] = m[2]! * el[0]! + m[6]! * el[1]! + m[10]! * el[2]! + m[14]!;
  }
  const idx = prim.getIndices()!.getArray()!;
  return { positions: out, indices: Uint32Array.from(idx as ArrayLike<number>) };
}
