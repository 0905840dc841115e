// Look at the model: serves a tiny three.js page (port 5181) and screenshots the body from the
// front, back, left, right and three-quarter views at 1024×768 with a porcelain material under
// RoomEnvironment light.
//   tsx tools/bodygen/preview.ts [--glb path] [--out /tmp/body-preview] [--mode skin|regions|xray] [--views front,back,...]

import { createServer } from 'node:http';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './proportions.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const glbPath = arg('glb', `${ROOT}public/models/body.glb`);
const outDir = arg('out', '/tmp/body-preview');
const mode = arg('mode', 'skin');
const views = arg('views', 'front,back,left,three_quarter').split(',');
const port = Number(arg('port', '5181'));

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#efe9e1;overflow:hidden}</style>
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script></head>
<body><script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
const q = new URLSearchParams(location.search);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1); renderer.setSize(1024, 768);
renderer.toneMapping = THREE.ACESFilmicToneMapping; renderer.toneMappingExposure = 1.0;
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene(); scene.background = new THREE.Color('#efe9e1');
const pmrem = new THREE.PMREMGenerator(renderer);
scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture; scene.environmentIntensity = 0.55;
const key = new THREE.DirectionalLight('#fff4ea', 1.6); key.position.set(1.2, 2.5, 2.0); scene.add(key); const fill = new THREE.DirectionalLight('#e8eefc', 0.35); fill.position.set(-2, 1, -1.5); scene.add(fill);
const porcelain = new THREE.MeshPhysicalMaterial({ color: '#e4d9cc', roughness: 0.55, clearcoat: 0.15, clearcoatRoughness: 0.6, sheen: 0.3, sheenColor: new THREE.Color('#ffe9dc') });
const mode = q.get('mode') || 'skin';
const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync('/model.glb');
const root = gltf.scene; scene.add(root);
let i = 0;
root.traverse((o) => {
  if (!o.isMesh) return;
  const name = o.name;
  if (name.startsWith('region_')) {
    if (mode === 'regions') { const c = new THREE.Color().setHSL(((i++ * 0.618) % 1), 0.55, 0.6); o.material = new THREE.MeshStandardMaterial({ color: c, roughness: 0.6 }); }
    else if (mode === 'xray') { o.material = new THREE.MeshStandardMaterial({ color: '#eee6dc', transparent: true, opacity: 0.18, depthWrite: false, roughness: 0.6 }); o.renderOrder = 2; }
    else o.material = porcelain;
  } else if (name.startsWith('track_')) {
    o.visible = mode === 'xray';
    o.material = new THREE.MeshStandardMaterial({ color: new THREE.Color().setHSL(((i++ * 0.618) % 1), 0.7, 0.5), roughness: 0.5 });
  } else if (name.startsWith('station_')) {
    o.visible = mode === 'xray';
    o.material = new THREE.MeshStandardMaterial({ color: '#d8cfb8', roughness: 0.6 });
  }
});
const view = q.get('view') || 'front';
const dirs = { front: [0, 0, 1], back: [0, 0, -1], left: [1, 0, 0], right: [-1, 0, 0], three_quarter: [0.7, 0, 0.72], back_three_quarter: [-0.7, 0, -0.72] };
const W = Number(q.get('w') || 1024), Hh = Number(q.get('h') || 768);
renderer.setSize(W, Hh);
const list = view === 'combo' ? ['front', 'back', 'left', 'three_quarter'] : [view];
const vw = W / list.length;
renderer.setScissorTest(true);
list.forEach((v, i) => {
  const target = new THREE.Vector3(Number(q.get('tx') || 0), Number(q.get('ty') || 0.9), Number(q.get('tz') || 0));
  const dist = Number(q.get('dist') || 3.1);
  const d = new THREE.Vector3(...(dirs[v] || dirs.front)).normalize();
  const camera = new THREE.PerspectiveCamera(Number(q.get('fov') || 35), vw / Hh, 0.05, 20);
  camera.position.copy(target).addScaledVector(d, dist); camera.position.y += Number(q.get('cy') || 0.05);
  camera.lookAt(target);
  renderer.setViewport(i * vw, 0, vw, Hh); renderer.setScissor(i * vw, 0, vw, Hh);
  renderer.render(scene, camera);
});
document.body.dataset.ready = '1';
</script></body></html>`;

const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.glb': 'model/gltf-binary' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
    return;
  }
  if (url.pathname === '/model.glb') {
    res.writeHead(200, { 'content-type': types['.glb'] });
    res.end(readFileSync(glbPath));
    return;
  }
  if (url.pathname.startsWith('/three/')) {
    const file = `${ROOT}node_modules/three/${url.pathname.slice('/three/'.length)}`;
    if (existsSync(file)) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
  }
  res.writeHead(404);
  res.end();
});
await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log('page:', m.text());
});
page.on('pageerror', (e) => console.log('page error:', e.message));
const extra = arg('q', '');
for (const view of views) {
  await page.goto(`http://127.0.0.1:${port}/?view=${view}&mode=${mode}${view === 'combo' ? '&w=1600&h=900' : ''}${extra ? `&${extra}` : ''}`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  const file = `${outDir}/${mode}-${view}${arg('tag', '')}.png`;
  const size = view === 'combo' ? { width: 1600, height: 900 } : { width: 1024, height: 768 };
  await page.screenshot({ path: file, clip: { x: 0, y: 0, ...size } });
  console.log(file);
}
await browser.close();
server.close();
