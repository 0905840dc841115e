// What the long-session benchmark (tools/bench/longSession.ts) reads of the renderer: how many geometries,
// textures and programs live on the GPU. A function reference only: it costs nothing until called.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

export interface RendererMemory {
  geometries: number;
  textures: number;
  programs: number;
  calls: number;
}

declare global {
  interface Window {
    __fasciaRenderer?: () => RendererMemory;
  }
}

export function RendererProbe() {
  const gl = useThree((state) => state.gl);
  useEffect(() => {
    const probe = (): RendererMemory => ({
      geometries: gl.info.memory.geometries,
      textures: gl.info.memory.textures,
      programs: gl.info.programs?.length ?? 0,
      calls: gl.info.render.calls,
    });
    window.__fasciaRenderer = probe;
    return () => {
      if (window.__fasciaRenderer === probe) delete window.__fasciaRenderer;
    };
  }, [gl]);
  return null;
}
