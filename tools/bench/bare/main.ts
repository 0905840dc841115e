// The benchmark's yardstick: the least a page can do to show body.glb — three.js, GLTFLoader with the meshopt
// decoder, two lights, OrbitControls (so the orbit figure has a bare counterpart), rendered on demand.
import { AmbientLight, DirectionalLight, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

declare global {
  interface Window {
    /** performance.now() when the body was first on screen; the benchmark waits for it. */
    __benchDrawn?: number;
  }
}

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.add(new AmbientLight(0xffffff, 0.6));
const light = new DirectionalLight(0xffffff, 1.2);
light.position.set(1.5, 3, 2.5);
scene.add(light);
const camera = new PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.05, 30);
camera.position.set(0, 1, 4);
const controls = new OrbitControls(camera, renderer.domElement);
controls.target.set(0, 0.9, 0);
controls.update();

const render = () => renderer.render(scene, camera);
controls.addEventListener('change', render);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load('/models/body.glb', (gltf) => {
  scene.add(gltf.scene);
  render();
  // The frame is presented after this task; the next animation frame is when it is on screen.
  requestAnimationFrame(() => {
    window.__benchDrawn = performance.now();
  });
});
