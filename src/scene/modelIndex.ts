// Finds what the app needs in the loaded body model by name, once, after loading.
import { BufferAttribute, BufferGeometry, DoubleSide, Matrix3, Mesh, Ray, Vector3, type Object3D } from 'three';
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
import { REGION_IDS, type RegionId } from '../content/ids';
import { regionOfMeshName } from '../content/modelNames';
import type { SkinSurface } from '../explorer/lineGeometry';
import type { ModelLookup, Point3 } from '../explorer/linePath';
import { weldSkin, type SkinPart, type SkinTopology } from '../explorer/regionWeights';

export interface BodyIndex {
  regions: Map<RegionId, Mesh>;
  tracks: Map<string, Mesh>;
  stations: Map<string, Mesh>;
  landmarks: Map<string, Point3>;
  centerlines: Map<string, Point3[]>;
  /** The skin as one BVH in world space, for putting ribbons on the surface (built on first use or when idle). */
  readonly skin: MeshBVH;
}

/**
 * Picking trees are built after the first frame (issue 12: nothing but drawing before the body is on screen):
 * `finishIndexing` builds them when the page is idle, and a pick that comes earlier builds its mesh's tree then.
 */
function ensureBoundsTree(mesh: Mesh): void {
  // Object.assign: drei brings its own copy of three-mesh-bvh, whose type of `boundsTree` differs by a null.
  if (!mesh.geometry.boundsTree) Object.assign(mesh.geometry, { boundsTree: new MeshBVH(mesh.geometry) });
}

function lazyAcceleratedRaycast(this: Mesh, ...args: Parameters<typeof acceleratedRaycast>): void {
  ensureBoundsTree(this);
  acceleratedRaycast.apply(this, args);
}

const scratch = new Vector3();

/** Quantised attributes are decoded once to floats: picking and projection then read them directly. */
function dequantise(geometry: BufferGeometry): void {
  for (const name of ['position', 'normal'] as const) {
    const attribute = geometry.getAttribute(name);
    if (!attribute || attribute.array instanceof Float32Array) continue;
    const floats = new Float32Array(attribute.count * 3);
    for (let index = 0; index < attribute.count; index++) {
      floats[index * 3] = attribute.getX(index);
      floats[index * 3 + 1] = attribute.getY(index);
      floats[index * 3 + 2] = attribute.getZ(index);
    }
    geometry.setAttribute(name, new BufferAttribute(floats, 3));
  }
}

function centerlineOf(mesh: Mesh): Point3[] | undefined {
  const holder = [mesh.userData, mesh.geometry.userData, mesh.parent?.userData].find((data) => Array.isArray(data?.centerline));
  const raw = holder?.centerline as unknown;
  if (!Array.isArray(raw)) return undefined;
  return raw.filter((point): point is Point3 => Array.isArray(point) && point.length === 3 && point.every(Number.isFinite));
}

function worldSkinGeometry(meshes: readonly Mesh[]): BufferGeometry {
  let vertexCount = 0;
  let indexCount = 0;
  for (const mesh of meshes) {
    vertexCount += mesh.geometry.getAttribute('position').count;
    indexCount += mesh.geometry.index?.count ?? mesh.geometry.getAttribute('position').count;
  }
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  let vertexOffset = 0;
  let indexOffset = 0;
  for (const mesh of meshes) {
    const position = mesh.geometry.getAttribute('position');
    for (let index = 0; index < position.count; index++) {
      scratch.fromBufferAttribute(position, index).applyMatrix4(mesh.matrixWorld);
      positions.set([scratch.x, scratch.y, scratch.z], (vertexOffset + index) * 3);
    }
    const index = mesh.geometry.index;
    const count = index?.count ?? position.count;
    for (let i = 0; i < count; i++) indices[indexOffset + i] = vertexOffset + (index ? index.getX(i) : i);
    vertexOffset += position.count;
    indexOffset += count;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  return geometry;
}

export function indexBodyModel(root: Object3D): BodyIndex {
  root.updateMatrixWorld(true);
  const regions = new Map<RegionId, Mesh>();
  const tracks = new Map<string, Mesh>();
  const stations = new Map<string, Mesh>();
  const landmarks = new Map<string, Point3>();
  const centerlines = new Map<string, Point3[]>();

  root.traverse((object) => {
    const name = object.name;
    if (name.startsWith('landmark_')) {
      object.getWorldPosition(scratch);
      landmarks.set(name, [scratch.x, scratch.y, scratch.z]);
    }
    if (!(object instanceof Mesh)) return;
    // A glTF node with one primitive may come in as the node itself or as its only child mesh.
    const meshName = name || object.parent?.name || '';
    const region = regionOfMeshName(meshName);
    if (region && (REGION_IDS as readonly string[]).includes(region)) {
      dequantise(object.geometry);
      object.raycast = lazyAcceleratedRaycast;
      regions.set(region as RegionId, object);
    } else if (meshName.startsWith('track_')) {
      tracks.set(meshName, object);
      const centerline = centerlineOf(object);
      if (centerline) centerlines.set(meshName, centerline);
    } else if (meshName.startsWith('station_')) {
      stations.set(meshName, object);
    }
  });

  const skin: SkinTree = {};
  const index: BodyIndex = {
    regions,
    tracks,
    stations,
    landmarks,
    centerlines,
    // Asked for before the worker is done (a line lit at once): built here, on the main thread.
    get skin() {
      skin.tree ??= new MeshBVH(worldSkinGeometry([...regions.values()]));
      return skin.tree;
    },
  };
  skinTrees.set(index, skin);
  return index;
}

interface SkinTree {
  tree?: MeshBVH;
  pending?: Promise<void>;
}
const skinTrees = new WeakMap<BodyIndex, SkinTree>();

/**
 * Builds the skin's tree in a worker where the browser has them (once); the main thread keeps what it builds
 * itself if it had to be faster. Resolves when the tree is there.
 */
export function buildSkinOffThread(index: BodyIndex, build: (geometry: BufferGeometry) => Promise<MeshBVH>): Promise<void> {
  const skin = skinTrees.get(index);
  if (!skin) return Promise.resolve(void index.skin);
  if (skin.tree) return Promise.resolve();
  skin.pending ??= build(worldSkinGeometry([...index.regions.values()])).then(
    (tree) => {
      skin.tree ??= tree;
    },
    () => void index.skin,
  );
  return skin.pending;
}

/**
 * Builds the deferred trees one per idle moment, so no single task holds the page for long; the skin's in a worker
 * when `buildSkin` is given (it runs meanwhile), else on the main thread last.
 */
export function finishIndexing(index: BodyIndex, whenIdle: (work: () => void) => void, buildSkin?: (index: BodyIndex) => Promise<void>): Promise<void> {
  const indexing = indexingOf(index);
  if (!indexing.started) {
    indexing.started = true;
    void startIndexing(index, whenIdle, buildSkin).then(indexing.resolve);
  }
  return indexing.promise;
}

interface Indexing {
  started: boolean;
  promise: Promise<void>;
  resolve: () => void;
}
const indexings = new WeakMap<BodyIndex, Indexing>();

function indexingOf(index: BodyIndex): Indexing {
  let indexing = indexings.get(index);
  if (!indexing) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    indexing = { started: false, promise, resolve };
    indexings.set(index, indexing);
  }
  return indexing;
}

/** Resolves once finishIndexing has built every tree (work that needs them, such as building lines, waits for it). */
export function indexingFinished(index: BodyIndex): Promise<void> {
  return indexingOf(index).promise;
}

function startIndexing(index: BodyIndex, whenIdle: (work: () => void) => void, buildSkin?: (index: BodyIndex) => Promise<void>): Promise<void> {
  const skinBuilt = buildSkin ? buildSkin(index) : undefined;
  const work = [...[...index.regions.values()].map((mesh) => () => ensureBoundsTree(mesh)), ...(skinBuilt ? [] : [() => void index.skin])];
  return new Promise((done) => {
    const next = () => {
      const step = work.shift();
      if (!step) {
        void Promise.resolve(skinBuilt).then(() => done());
        return;
      }
      step();
      whenIdle(next);
    };
    whenIdle(next);
  });
}

const target = { point: new Vector3(), distance: 0, faceIndex: 0 };
const query = new Vector3();
const a = new Vector3();
const b = new Vector3();
const c = new Vector3();
const faceNormal = new Vector3();

/** The skin as line building sees it: closest point and the face's outward normal, through the BVH. */
export function skinSurface(index: BodyIndex): SkinSurface {
  const geometry = index.skin.geometry;
  const position = geometry.getAttribute('position');
  const triangles = geometry.index;
  return {
    closest: (point) => {
      if (!triangles) return undefined;
      query.set(...point);
      const hit = index.skin.closestPointToPoint(query, target);
      if (!hit) return undefined;
      a.fromBufferAttribute(position, triangles.getX(hit.faceIndex * 3));
      b.fromBufferAttribute(position, triangles.getX(hit.faceIndex * 3 + 1));
      c.fromBufferAttribute(position, triangles.getX(hit.faceIndex * 3 + 2));
      faceNormal.subVectors(c, b).cross(a.sub(b)).normalize();
      return { point: [hit.point.x, hit.point.y, hit.point.z], normal: [faceNormal.x, faceNormal.y, faceNormal.z] };
    },
  };
}

export function modelLookup(index: BodyIndex): ModelLookup {
  return { landmark: (name) => index.landmarks.get(name), centerline: (name) => index.centerlines.get(name) };
}

const ray = new Ray();
const toPoint = new Vector3();

/** Whether the skin lies between the eye and a point on it (the arm in front of the chest, the body in front of the back). */
export function hiddenBySkin(index: BodyIndex, eye: Vector3, point: Point3, tolerance = 0.012): boolean {
  toPoint.set(...point).sub(eye);
  const distance = toPoint.length();
  ray.set(eye, toPoint.normalize());
  const hit = index.skin.raycastFirst(ray, DoubleSide, 0, distance);
  return hit !== null && hit.distance < distance - tolerance;
}

const topologies = new WeakMap<BodyIndex, SkinTopology>();
const normalMatrix = new Matrix3();

/** The region meshes in world space, as the soft region edges need them. */
export function skinParts(index: BodyIndex): SkinPart[] {
  return [...index.regions].map(([region, mesh]) => {
    const position = mesh.geometry.getAttribute('position');
    const normal = mesh.geometry.getAttribute('normal');
    const positions = new Float32Array(position.count * 3);
    const normals = new Float32Array(position.count * 3);
    normalMatrix.getNormalMatrix(mesh.matrixWorld);
    for (let v = 0; v < position.count; v++) {
      scratch.fromBufferAttribute(position, v).applyMatrix4(mesh.matrixWorld);
      positions.set([scratch.x, scratch.y, scratch.z], v * 3);
      if (normal) scratch.fromBufferAttribute(normal, v).applyMatrix3(normalMatrix).normalize();
      else scratch.set(0, 1, 0);
      normals.set([scratch.x, scratch.y, scratch.z], v * 3);
    }
    const indices = mesh.geometry.index?.array ?? Uint32Array.from({ length: position.count }, (_, i) => i);
    return { region, positions, normals, indices };
  });
}

/** The skin welded into one surface with each triangle's region, built once on first use (for soft region edges). */
export function skinTopology(index: BodyIndex): SkinTopology {
  const known = topologies.get(index);
  if (known) return known;
  const topology = weldSkin(skinParts(index));
  topologies.set(index, topology);
  return topology;
}

/** A region's vertices in world space (x, y, z in turn), for framing it or placing a mark on it. */
export function regionWorldPositions(index: BodyIndex, region: RegionId): Float32Array | undefined {
  const mesh = index.regions.get(region);
  if (!mesh) return undefined;
  mesh.updateWorldMatrix(true, false);
  const position = mesh.geometry.getAttribute('position');
  const world = new Float32Array(position.count * 3);
  const point = new Vector3();
  for (let i = 0; i < position.count; i++) {
    point.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    world.set([point.x, point.y, point.z], i * 3);
  }
  return world;
}
