import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/** Soft studio light generated in the browser (never an HDRI from a CDN). */
export function StudioLight() {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const generator = new PMREMGenerator(gl);
    // Prefiltered once, small: the skin is matte (roughness ≈ 0.6) and reads only the blurred mips, so a 64 px
    // cube looks the same as the default 256 px and costs a sixteenth of the fill on a software or tablet GPU.
    const room = new RoomEnvironment();
    const environment = generator.fromScene(room, 0.04, 0.1, 100, { size: 64 }).texture;
    room.dispose();
    scene.environment = environment;
    scene.environmentIntensity = 0.7;
    invalidate();
    return () => {
      scene.environment = null;
      environment.dispose();
      generator.dispose();
    };
  }, [gl, scene, invalidate]);
  return (
    <>
      <directionalLight position={[1.5, 3, 2.5]} intensity={0.9} />
      <directionalLight position={[-2, 1.5, -2]} intensity={0.35} />
    </>
  );
}
