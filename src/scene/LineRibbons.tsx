import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector3 } from 'three';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { LineId } from '../content/ids';
import type { Content } from '../content/load';
import { liesBehind, type OrientedPoint } from '../explorer/facing';
import { drawnLines, type DrawnLine } from '../explorer/highlight';
import { showAllLines } from '../explorer/selection';
import { browserWhenIdle, runWhenIdle } from './idleQueue';
import { lineWarmUp, precompileHidden } from './precompile';
import type { Point3 } from '../explorer/linePath';
import { pulsePosition } from '../explorer/pulse';
import { beadRadiusPerDepth } from './beadSize';
import { LineLayer, type BuiltLine } from './lineLayer';
import { indexingFinished, type BodyIndex } from './modelIndex';
import { isCrowded } from '../explorer/crowding';
import { ribbonWidths, setRibbonPulse, setRibbonResolution, setRibbonScale } from './ribbonMaterial';
import { StationLabels } from './StationLabels';
import { useViewerNotes } from './viewerNotes';

/** Dashes are measured where the body stands (its middle), close enough for every line at any zoom a person uses. */
const BODY_CENTRE = new Vector3(0, 1, 0);

/** The lit lines that lie mostly on the far side of the body, each line once (both sides counted together). */
function linesBehind(shown: readonly BuiltLine[], eye: Point3): LineId[] {
  const byLine = new Map<LineId, OrientedPoint[]>();
  for (const line of shown) byLine.set(line.lineId, [...(byLine.get(line.lineId) ?? []), ...line.facing]);
  return [...byLine].filter(([, points]) => liesBehind(points, eye)).map(([lineId]) => lineId);
}

/**
 * The lit lines as screen-wide ribbons with their stations and names, a calm pulse from foot to head after each
 * change. Each line and side is built once, the first time it is shown; after that a tap only shows or hides it.
 */
export function LineRibbons({ content, drawn, index, reducedMotion, showStations, showLabels }: {
  content: Content;
  drawn: readonly DrawnLine[];
  index: BodyIndex;
  reducedMotion: boolean;
  showStations: boolean;
  showLabels: boolean;
}) {
  const invalidate = useThree((state) => state.invalidate);
  const size = useThree((state) => state.size);
  const pixelRatio = useThree((state) => state.viewport.dpr);
  const layer = useMemo(() => new LineLayer(index, (lineId) => content.lines[lineId].colour), [index, content]);
  useEffect(() => () => layer.dispose(), [layer]);
  const shown = useMemo(() => drawn.map((line) => layer.line(line)), [layer, drawn]);
  // Every line and side is built ahead and its shaders compiled, one piece per idle moment once the picking and
  // skin trees are there, so a tap only shows or hides (issue 12; precompile.ts).
  const three = useThree((state) => state.get);
  useEffect(() => {
    const compile = () => void precompileHidden(three().gl, layer.root, three().camera, three().scene);
    const pieces = lineWarmUp(drawnLines(showAllLines([]), content), (line) => void layer.line(line), compile);
    return runWhenIdle(pieces, browserWhenIdle, indexingFinished(index));
  }, [layer, content, index, three]);

  // Many lines lit: thinner ribbons and only the key beads, so each line can still be followed (uniforms and counts).
  const crowded = isCrowded(new Set(drawn.map((line) => line.lineId)).size);
  useLayoutEffect(() => {
    layer.show(drawn, showStations, crowded);
    invalidate();
  }, [layer, drawn, showStations, crowded, invalidate]);

  useLayoutEffect(() => {
    setRibbonResolution(layer.materials, size.width * pixelRatio, size.height * pixelRatio, pixelRatio, ribbonWidths(crowded));
    invalidate();
  }, [layer, size, pixelRatio, crowded, invalidate]);

  // The pulse clock lives outside React: it changes every frame and renders nothing a component would.
  const pulseStart = useRef<number | null>(null);
  useEffect(() => {
    pulseStart.current = reducedMotion || shown.length === 0 ? null : performance.now();
    invalidate();
  }, [shown, reducedMotion, invalidate]);

  const eye = useRef<[number, number, number]>([0, 0, 0]);
  useFrame(({ camera, size: viewSize, viewport }) => {
    if (camera instanceof PerspectiveCamera) {
      const distance = camera.position.distanceTo(BODY_CENTRE);
      const visibleHeight = 2 * distance * Math.tan((camera.fov * Math.PI) / 360);
      setRibbonScale(layer.materials, (viewSize.height * viewport.dpr) / visibleHeight);
      layer.beadUniforms.beadRadiusPerDepth.value = beadRadiusPerDepth(camera.fov, viewSize.height);
    }
    const start = pulseStart.current;
    const position = start === null ? undefined : pulsePosition((performance.now() - start) / 1000);
    if (position === undefined) pulseStart.current = null;
    else invalidate();
    setRibbonPulse(layer.materials, position ?? -1); // the shader reads a negative pulse as "none"
    eye.current[0] = camera.position.x;
    eye.current[1] = camera.position.y;
    eye.current[2] = camera.position.z;
    useViewerNotes.getState().setLinesBehind(linesBehind(shown, eye.current));
  });
  useEffect(() => () => useViewerNotes.getState().setLinesBehind([]), []);

  return (
    <>
      <primitive object={layer.root} />
      {showLabels && <StationLabels content={content} lines={shown} index={index} />}
    </>
  );
}
