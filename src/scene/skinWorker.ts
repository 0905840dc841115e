// The skin's projection tree (≈ half a second on a tablet's main thread) built in a worker after the first frame.
// Loaded on demand: neither the worker nor this module is part of what the first frame waits for.
import { GenerateMeshBVHWorker } from 'three-mesh-bvh/worker';
import type { MeshBVH } from 'three-mesh-bvh';
import type { BufferGeometry } from 'three';

/** Builds the tree off the main thread; the geometry's buffers travel to the worker and back. */
export async function buildTreeInWorker(geometry: BufferGeometry): Promise<MeshBVH> {
  const worker = new GenerateMeshBVHWorker();
  try {
    return await worker.generate(geometry);
  } finally {
    worker.dispose();
  }
}
