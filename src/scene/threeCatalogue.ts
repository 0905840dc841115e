// The three.js classes the scene writes as JSX elements (<mesh>, <group>, …), and those drei's Html and OrbitControls
// write. R3F's <Canvas> registers "every class of three" as elements (`extend(THREE)`), which keeps all of three in
// the first download (about 45 KB gzip more than the bare page's three); the build hands the Canvas this module as its
// "three" instead (vite.config.ts, r3fCatalogue), so only what is used stays. A new element used in the scene goes
// here; tests/unit/three-catalogue.test.ts fails until it does.
export {
  CircleGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  RingGeometry,
  ShaderMaterial,
  SphereGeometry,
} from 'three';
