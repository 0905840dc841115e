// A lost WebGL context (a tablet sent to the background, a GPU reset) is survived without a reload: the view says
// it is coming back, and when the browser restores the context the Canvas is mounted afresh (a new renderer
// uploads the cached model again; programs and the generated environment are rebuilt), with the camera where it was.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Vector3 } from 'three';
import { keepCameraPose } from './cameraPose';

export function ContextLossWatch({ onLost, onRestored }: { onLost: () => void; onRestored: () => void }) {
  const canvas = useThree((state) => state.gl.domElement);
  const camera = useThree((state) => state.camera);
  const controls = useThree((state) => state.controls) as { target?: Vector3 } | null;
  useEffect(() => {
    const lost = (event: Event) => {
      // Without preventDefault the browser never offers the context back.
      event.preventDefault();
      const target = controls?.target;
      keepCameraPose({
        position: [camera.position.x, camera.position.y, camera.position.z],
        target: target ? [target.x, target.y, target.z] : [0, 0.9, 0],
      });
      onLost();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [canvas, camera, controls, onLost, onRestored]);
  return null;
}
