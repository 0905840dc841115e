import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, Mesh, Quaternion, Vector3 } from 'three';
import { useShallow } from 'zustand/react/shallow';
import type { RegionId } from '../../content/ids';
import { useContent } from '../../content/ContentContext';
import { drawnLines } from '../../explorer/highlight';
import { strandPoints } from '../../explorer/lineGeometry';
import type { Point3 } from '../../explorer/linePath';
import { modelLookup, skinSurface, type BodyIndex } from '../../scene/modelIndex';
import type { ModeSceneProps } from '../ModeSceneLayer';
import { flowDots, flowPaths, flowRunning, pointAlong, FLOW_DOTS, type FlowPath } from './flow';
import type { Pin } from './pins';
import { rankLines } from './ranking';
import { offerSnapshot } from './snapshot';
import { useTrace } from './traceStore';
import { litLinesOf } from './useTraceOnBody';

const PIN_COLOUR = '#d2452f';
const WHITE = new Color('#ffffff');
const COMPARE_COLOUR = '#5b7fa6';
/** Marker radius by intensity (metres): a lot reads from across a desk. */
const PIN_RADIUS: Record<Pin['intensity'], number> = { 1: 0.028, 2: 0.038, 3: 0.05 };
/** Big enough to read at the whole-body view (a few pixels on a phone). */
const DOT_RADIUS = 0.01;
/** Out from the skin, so the marker sits on it rather than in it. */
const LIFT = 0.012;

interface Placement {
  point: Vector3;
  normal: Vector3;
}

const scratch = new Vector3();
const offset = new Vector3();

/**
 * Where a pin sits on a region: the skin point that stands out most along the region's mean normal, near its
 * middle (the lower back's pin on the back, a foot's on its top), with that outward normal.
 */
function placePin(mesh: Mesh): Placement {
  const position = mesh.geometry.getAttribute('position');
  const normals = mesh.geometry.getAttribute('normal');
  const centre = new Vector3();
  const mean = new Vector3();
  const normal = new Vector3();
  for (let index = 0; index < position.count; index++) {
    centre.add(scratch.fromBufferAttribute(position, index).applyMatrix4(mesh.matrixWorld));
    if (normals) mean.add(normal.fromBufferAttribute(normals, index).transformDirection(mesh.matrixWorld));
  }
  centre.divideScalar(Math.max(position.count, 1));
  if (mean.lengthSq() < 1e-8) mean.set(0, 0, 1);
  mean.normalize();
  let best = -Infinity;
  const point = centre.clone();
  for (let index = 0; index < position.count; index++) {
    scratch.fromBufferAttribute(position, index).applyMatrix4(mesh.matrixWorld);
    offset.subVectors(scratch, centre);
    const out = offset.dot(mean);
    const aside = offset.addScaledVector(mean, -out).length();
    // Near the middle matters more than standing out: a foot's pin on its top, not on the tip of the toes.
    const score = out - 1.5 * aside;
    if (score > best) {
      best = score;
      point.copy(scratch);
    }
  }
  return { point, normal: mean };
}

function PinMarker({ placement, radius, colour, hollow }: { placement: Placement; radius: number; colour: string; hollow?: boolean }) {
  const quaternion = useMemo(() => new Quaternion().setFromUnitVectors(new Vector3(0, 0, 1), placement.normal), [placement]);
  const at = useMemo(() => placement.point.clone().addScaledVector(placement.normal, LIFT), [placement]);
  return (
    <group position={at} quaternion={quaternion}>
      {!hollow && (
        <mesh renderOrder={5} position={[0, 0, 0.002]}>
          <circleGeometry args={[radius * 0.72, 40]} />
          <meshBasicMaterial color={colour} toneMapped={false} />
        </mesh>
      )}
      <mesh renderOrder={5} position={[0, 0, 0.001]}>
        <ringGeometry args={[radius * (hollow ? 0.7 : 0.72), radius, 40]} />
        <meshBasicMaterial color={hollow ? colour : '#ffffff'} toneMapped={false} transparent opacity={hollow ? 0.9 : 0.95} />
      </mesh>
      <mesh renderOrder={4}>
        <circleGeometry args={[radius * 1.7, 40]} />
        <meshBasicMaterial color={colour} toneMapped={false} transparent opacity={0.22} depthWrite={false} />
      </mesh>
    </group>
  );
}

interface Flow {
  path: FlowPath;
  colour: Color;
}

const matrix = new Matrix4();
const dotPosition = new Vector3();
const dotScale = new Vector3();
const identity = new Quaternion();

/** Dots running outward from each pin along each lit line, both ways; then still, as arrows (reduced motion: still). */
function FlowDots({ flows, reducedMotion }: { flows: Flow[]; reducedMotion: boolean }) {
  const mesh = useRef<InstancedMesh>(null);
  const invalidate = useThree((state) => state.invalidate);
  const started = useRef(0);
  const count = flows.length * FLOW_DOTS;

  const apply = (elapsed: number | undefined) => {
    const instances = mesh.current;
    if (!instances) return;
    let used = 0;
    for (const flow of flows) {
      for (const dot of flowDots(flow.path, elapsed)) {
        dotPosition.set(...pointAlong(flow.path, dot.at));
        dotScale.setScalar(DOT_RADIUS * (0.5 + 0.5 * dot.size));
        instances.setMatrixAt(used, matrix.compose(dotPosition, identity, dotScale));
        instances.setColorAt(used, flow.colour);
        used++;
      }
    }
    instances.count = used;
    instances.instanceMatrix.needsUpdate = true;
    if (instances.instanceColor) instances.instanceColor.needsUpdate = true;
  };

  useLayoutEffect(() => {
    started.current = performance.now();
    apply(reducedMotion ? undefined : 0);
    invalidate();
    // apply reads flows; re-run when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flows, reducedMotion, invalidate]);

  useFrame(() => {
    if (reducedMotion) return;
    const elapsed = (performance.now() - started.current) / 1000;
    if (!flowRunning(elapsed) && mesh.current?.userData.settled) return;
    apply(elapsed);
    if (flowRunning(elapsed)) invalidate();
    else if (mesh.current) {
      // The still picture is drawn once more, then nothing until the trace changes.
      mesh.current.userData.settled = true;
      invalidate();
    }
  });

  useEffect(() => {
    if (mesh.current) mesh.current.userData.settled = false;
  }, [flows]);

  if (count === 0) return null;
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, count]} renderOrder={6} frustumCulled={false}>
      <sphereGeometry args={[1, 12, 8]} />
      <meshBasicMaterial toneMapped={false} />
    </instancedMesh>
  );
}

/** Placements per loaded model: a region's pin spot is found once. */
const placementCache = new WeakMap<BodyIndex, Map<RegionId, Placement>>();

function usePlacements(index: BodyIndex, regions: readonly RegionId[]): Map<RegionId, Placement> {
  return useMemo(() => {
    const cache = placementCache.get(index) ?? new Map<RegionId, Placement>();
    placementCache.set(index, cache);
    const placements = new Map<RegionId, Placement>();
    for (const region of regions) {
      const mesh = index.regions.get(region);
      if (mesh && !cache.has(region)) cache.set(region, placePin(mesh));
      const placement = cache.get(region);
      if (placement) placements.set(region, placement);
    }
    return placements;
  }, [index, regions]);
}

/** The trace on the body: pins on the skin (size by intensity), last time's spots as rings, the flow along the lines. */
export function TraceSceneLayer({ index, reducedMotion }: ModeSceneProps) {
  const content = useContent();
  const pins = useTrace(useShallow((state) => state.pins));
  const compare = useTrace((state) => state.compare);
  const invalidate = useThree((state) => state.invalidate);
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const camera = useThree((state) => state.camera);

  const regions = useMemo(() => [...new Set([...pins, ...(compare ?? [])].map((pin) => pin.region))], [pins, compare]);
  const placements = usePlacements(index, regions);

  const flows = useMemo<Flow[]>(() => {
    if (pins.length === 0) return [];
    const lit = litLinesOf(rankLines(pins, content));
    const model = modelLookup(index);
    const skin = skinSurface(index);
    const result: Flow[] = [];
    for (const drawn of drawnLines(lit, content)) {
      const strands = strandPoints(drawn, model, skin).map((strand) => strand.map((point) => point.point as Point3));
      // Light on the line's own colour, so the flow reads as something moving along the ribbon.
      const colour = new Color(content.lines[drawn.lineId].colour).lerp(WHITE, 0.4);
      for (const pin of pins) {
        const placement = placements.get(pin.region);
        if (!placement) continue;
        for (const path of flowPaths(strands, [placement.point.x, placement.point.y, placement.point.z])) result.push({ path, colour });
      }
    }
    return result;
  }, [pins, content, index, placements]);

  useEffect(() => invalidate(), [pins, compare, invalidate]);

  // The handout's picture: one render read back at once (no preserveDrawingBuffer for every frame).
  useEffect(
    () =>
      offerSnapshot(() => {
        gl.render(scene, camera);
        return gl.domElement.toDataURL('image/png');
      }),
    [gl, scene, camera],
  );

  return (
    <group name="trace-layer">
      {(compare ?? [])
        .filter((pin) => !pins.some((current) => current.region === pin.region))
        .map((pin) => {
          const placement = placements.get(pin.region);
          return placement ? <PinMarker key={`was-${pin.region}`} placement={placement} radius={PIN_RADIUS[pin.intensity]} colour={COMPARE_COLOUR} hollow /> : null;
        })}
      {pins.map((pin) => {
        const placement = placements.get(pin.region);
        return placement ? <PinMarker key={pin.region} placement={placement} radius={PIN_RADIUS[pin.intensity]} colour={PIN_COLOUR} /> : null;
      })}
      <FlowDots key={flows.length} flows={flows} reducedMotion={reducedMotion} />
    </group>
  );
}
