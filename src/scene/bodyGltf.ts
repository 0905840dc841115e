// The body model through R3F's loader cache with three's own GLTFLoader and meshopt decoder (drei's useGLTF would
// bring three-stdlib's copies and a Draco decoder the model never needs).
import { useLoader } from '@react-three/fiber';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/** The parsed model (suspends while it loads; cached per address). */
export const useGltf = (url: string): GLTF => useLoader(GLTFLoader, url, withMeshopt);

/** Starts loading and parsing before the first component asks. */
export const preloadGltf = (url: string): void => {
  useLoader.preload(GLTFLoader, url, withMeshopt);
};

/** Forgets a model that failed, so the next try loads it again. */
export const clearGltf = (url: string): void => {
  useLoader.clear(GLTFLoader, url);
};
