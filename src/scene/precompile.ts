// Shader programs compiled ahead of need: the first show of a line then does not wait for its compile (on a
// tablet's GPU and in software GL that wait is most of a tap's cost).
import type { Camera, Mesh, Object3D, Scene, WebGLRenderer } from 'three';
import type { DrawnLine } from '../explorer/highlight';

/**
 * Compiles the programs of `root`'s objects as `scene` would draw them (its lights and environment), hidden ones
 * included: each is shown only for the moment of the call. Where the browser has KHR_parallel_shader_compile this
 * does not block; elsewhere the GPU side compiles while the page is idle.
 */
export function precompileHidden(gl: Pick<WebGLRenderer, 'compileAsync' | 'properties'>, root: Object3D, camera: Camera, scene: Scene): Promise<unknown> {
  const hidden: Object3D[] = [];
  root.traverse((object) => {
    if (!object.visible) {
      hidden.push(object);
      object.visible = true;
    }
  });
  let compiled: Promise<unknown>;
  try {
    compiled = gl.compileAsync(root, camera, scene);
  } finally {
    for (const object of hidden) object.visible = false;
  }
  // three reads a program's uniforms at its first draw, and that read waits for the link: do it now, while idle.
  return compiled.then(() => {
    root.traverse((object) => {
      const { material } = object as Partial<Mesh>;
      for (const one of Array.isArray(material) ? material : material ? [material] : []) {
        (gl.properties.get(one) as { currentProgram?: { getUniforms?: () => unknown } }).currentProgram?.getUniforms?.();
      }
    });
  });
}

/**
 * The order of the work done ahead for the lines: the first line, the shaders (so the first tap is quick even while
 * the rest is still being built), every other line, then the shaders again for any a later line added.
 */
export function lineWarmUp(lines: readonly DrawnLine[], build: (line: DrawnLine) => void, compile: () => void): (() => void)[] {
  const pieces = lines.map((line) => () => build(line));
  return pieces.length === 0 ? [] : [pieces[0]!, compile, ...pieces.slice(1), compile];
}
