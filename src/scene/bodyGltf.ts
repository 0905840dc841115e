// The body model, loaded once per address with three's own GLTFLoader and meshopt decoder (drei's useGLTF would
// bring three-stdlib's copies and a Draco decoder the model never needs). Not through Suspense: a boundary that
// showed its fallback waits 300 ms before it shows what resolved (React's throttle), which the first frame paid
// twice; the scene renders nothing until the model is there and then renders at once.
import { useEffect, useReducer } from 'react';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

type GltfLoad = { state: 'loading'; done: Promise<unknown> } | { state: 'loaded'; gltf: GLTF } | { state: 'failed'; error: unknown };

const loads = new Map<string, GltfLoad>();

function loadOf(url: string): GltfLoad {
  let load = loads.get(url);
  if (!load) {
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const done = loader.loadAsync(url).then(
      (gltf) => {
        performance.mark('fascia:gltf-loaded');
        if (loads.get(url) === pending) loads.set(url, { state: 'loaded', gltf });
      },
      (error: unknown) => {
        if (loads.get(url) === pending) loads.set(url, { state: 'failed', error });
      },
    );
    const pending: GltfLoad = { state: 'loading', done };
    load = pending;
    loads.set(url, load);
  }
  return load;
}

/** Starts loading and parsing before the first component asks. */
export const preloadGltf = (url: string): void => {
  loadOf(url);
};

/** Forgets a model that failed, so the next try loads it again. */
export const clearGltf = (url: string): void => {
  loads.delete(url);
};

/** The parsed model, or undefined while it loads; a failed load throws, for the view's error boundary. */
export function useLoadedGltf(url: string): GLTF | undefined {
  const load = loadOf(url);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (load.state !== 'loading') return;
    let mounted = true;
    void load.done.then(() => {
      if (mounted) rerender();
    });
    return () => {
      mounted = false;
    };
  }, [load]);
  if (load.state === 'failed') throw load.error;
  return load.state === 'loaded' ? load.gltf : undefined;
}
