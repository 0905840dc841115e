/**
 * Soft studio light from three lights, no environment map: prefiltering one (PMREM) cost four of the first
 * frame's seven shader programs and its blur passes, seconds on a software or tablet GPU, for a matte skin
 * (roughness ≈ 0.6) that reads only its blurred average. A warm sky over a darker floor gives that average;
 * a key light from the front-right and a fill from behind-left give the shape. Never an HDRI from a CDN.
 */
export function StudioLight() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#a9a49f', 2.3]} position={[0, 1, 0]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.35} />
      <directionalLight position={[-2, 1.5, -2]} intensity={0.55} />
    </>
  );
}
