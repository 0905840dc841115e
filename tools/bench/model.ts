// Reads public/models/body.glb in Node the way the app will meet it: every extension registered and the
// meshopt decoder supplied, then gathers what the other measurements need (skin in world space, landmarks, tracks).
import { readFileSync, statSync } from 'node:fs';
import { NodeIO, type Document, type Node, type Primitive } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { BufferAttribute, BufferGeometry, Matrix4, Vector3 } from 'three';
import { regionOfMeshName } from '../../src/content/modelNames';
import type { Point3 } from '../../src/explorer/linePath';

export interface ModelFile {
  path: string;
  bytes: Uint8Array;
}

export interface ModelCounts {
  meshes: number;
  nodes: number;
  /** Triangles of every mesh instance (a node that uses a mesh). */
  triangles: number;
  /** Triangles of the skin regions (`region_*`) only. */
  skinTriangles: number;
  regionMeshes: number;
  trackMeshes: number;
  stationMeshes: number;
  landmarkNodes: number;
}

export interface ModelParts {
  counts: ModelCounts;
  /** All `region_*` meshes as one indexed geometry in world space (floats, dequantised). */
  skin: BufferGeometry;
  /** `landmark_*` node name → world position. */
  landmarks: Map<string, Point3>;
  /** `track_*` name → centre curve from the glTF extras, as the app reads it. */
  centerlines: Map<string, Point3[]>;
  /** Every node and mesh name, to tell "no centre curve" from "no track at all". */
  names: Set<string>;
}

export const MODEL_PATH = 'public/models/body.glb';

export function readModelFile(root: string): ModelFile | undefined {
  const path = `${root}/${MODEL_PATH}`;
  try {
    if (!statSync(path).isFile()) return undefined;
    return { path, bytes: new Uint8Array(readFileSync(path)) };
  } catch {
    return undefined;
  }
}

export async function createModelReader(): Promise<NodeIO> {
  await MeshoptDecoder.ready;
  return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
}

/** Triangles drawn by one primitive (mode 4 = TRIANGLES, 5 = STRIP, 6 = FAN; points and lines have none). */
function trianglesOf(primitive: Primitive): number {
  const count = primitive.getIndices()?.getCount() ?? primitive.getAttribute('POSITION')?.getCount() ?? 0;
  const mode = primitive.getMode();
  if (mode === 4) return Math.floor(count / 3);
  if (mode === 5 || mode === 6) return Math.max(0, count - 2);
  return 0;
}

/** The name the app looks things up by: the node's own, or its mesh's when the node has none. */
const nameOf = (node: Node) => node.getName() || node.getMesh()?.getName() || '';

function isPoint3(value: unknown): value is Point3 {
  return Array.isArray(value) && value.length === 3 && value.every((component) => Number.isFinite(component));
}

function centerlineOf(node: Node): Point3[] | undefined {
  const holders = [node.getExtras(), node.getMesh()?.getExtras(), node.getParentNode()?.getExtras()];
  const raw = holders.find((extras) => Array.isArray(extras?.centerline))?.centerline;
  return Array.isArray(raw) ? raw.filter(isPoint3) : undefined;
}

const matrix = new Matrix4();
const vertex = new Vector3();

/** Copies the triangles of the skin into one world-space geometry; normalized (quantised) values are decoded. */
function skinGeometry(nodes: readonly Node[]): BufferGeometry {
  const primitives = nodes.flatMap((node) =>
    (node.getMesh()?.listPrimitives() ?? []).filter((primitive) => primitive.getMode() === 4).map((primitive) => ({ node, primitive })),
  );
  let vertexCount = 0;
  let indexCount = 0;
  for (const { primitive } of primitives) {
    const count = primitive.getAttribute('POSITION')?.getCount() ?? 0;
    vertexCount += count;
    indexCount += primitive.getIndices()?.getCount() ?? count;
  }
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  const element: number[] = [0, 0, 0];
  let vertexOffset = 0;
  let indexOffset = 0;
  for (const { node, primitive } of primitives) {
    const position = primitive.getAttribute('POSITION');
    if (!position) continue;
    matrix.fromArray(node.getWorldMatrix());
    const count = position.getCount();
    for (let index = 0; index < count; index++) {
      // getElement decodes normalized integers (KHR_mesh_quantization) to floats.
      position.getElement(index, element);
      vertex.set(element[0] ?? 0, element[1] ?? 0, element[2] ?? 0).applyMatrix4(matrix);
      positions[(vertexOffset + index) * 3] = vertex.x;
      positions[(vertexOffset + index) * 3 + 1] = vertex.y;
      positions[(vertexOffset + index) * 3 + 2] = vertex.z;
    }
    const source = primitive.getIndices()?.getArray();
    const drawn = source?.length ?? count;
    for (let i = 0; i < drawn; i++) indices[indexOffset + i] = vertexOffset + (source ? (source[i] ?? 0) : i);
    vertexOffset += count;
    indexOffset += drawn;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return geometry;
}

export function modelParts(document: Document): ModelParts {
  const root = document.getRoot();
  const nodes = root.listNodes();
  const names = new Set<string>();
  const landmarks = new Map<string, Point3>();
  const centerlines = new Map<string, Point3[]>();
  const regionNodes: Node[] = [];
  let triangles = 0;
  let skinTriangles = 0;
  let trackMeshes = 0;
  let stationMeshes = 0;

  for (const node of nodes) {
    const name = nameOf(node);
    names.add(name);
    const mesh = node.getMesh();
    if (mesh) names.add(mesh.getName());
    if (name.startsWith('landmark_')) {
      const world = node.getWorldMatrix();
      landmarks.set(name, [world[12], world[13], world[14]]);
    }
    if (!mesh) continue;
    const meshTriangles = mesh.listPrimitives().reduce((sum, primitive) => sum + trianglesOf(primitive), 0);
    triangles += meshTriangles;
    if (regionOfMeshName(name) !== undefined) {
      regionNodes.push(node);
      skinTriangles += meshTriangles;
    } else if (name.startsWith('track_')) {
      trackMeshes++;
      const curve = centerlineOf(node);
      if (curve) centerlines.set(name, curve);
    } else if (name.startsWith('station_')) {
      stationMeshes++;
    }
  }
  // A curve may also sit on a track node without a mesh (a group of strands).
  for (const node of nodes) {
    const name = nameOf(node);
    if (name.startsWith('track_') && !centerlines.has(name)) {
      const curve = centerlineOf(node);
      if (curve) centerlines.set(name, curve);
    }
  }

  return {
    counts: {
      meshes: root.listMeshes().length,
      nodes: nodes.length,
      triangles,
      skinTriangles,
      regionMeshes: regionNodes.length,
      trackMeshes,
      stationMeshes,
      landmarkNodes: landmarks.size,
    },
    skin: skinGeometry(regionNodes),
    landmarks,
    centerlines,
    names,
  };
}
