import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useShallow } from 'zustand/react/shallow';
import type { RegionId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import {
  CLOSEST_DISTANCE,
  FARTHEST_DISTANCE,
  HIGHEST_POLAR,
  LOWEST_POLAR,
  approach,
  clampTarget,
  orbitGoal,
  sideSeenFrom,
  viewGoal,
  zoomGoal,
  type CameraGoal,
} from '../explorer/camera';
import { cameraFollows, lineWasLit } from '../explorer/cameraFollow';
import { pointsGoal, regionGoal, regionGoalToward, regionShape, stationGoal, type RegionShape } from '../explorer/framing';
import { drawnLines } from '../explorer/highlight';
import { touchActionFor } from '../explorer/input';
import type { Point3 } from '../explorer/linePath';
import { useT } from '../i18n/useT';
import { useExplorer, type CameraCommand, type Focus } from '../state/explorerStore';
import { cameraPoseReader, reportSeenFrom, takeKeptCameraPose } from './cameraPose';
import { installCameraProbe } from './cameraProbe';
import { useViewerNotes } from './viewerNotes';
import { regionWorldPositions, type BodyIndex } from './modelIndex';

/** Half-life of a camera glide, in seconds: slow and purposeful, but done within about a second. */
const GLIDE_HALF_LIFE = 0.2;
/** One arrow key press turns the body this far (radians): 24 presses go once round. */
const KEY_TURN = Math.PI / 12;
const KEY_TILT = Math.PI / 18;
const ZOOM_STEP = 0.8;
const goalPosition = new Vector3();
const goalTarget = new Vector3();

/** The points of lit lines on the model: their stations and the centre curves of their tracks. */
function linePoints(index: BodyIndex, lines: Parameters<typeof drawnLines>[0], content: Parameters<typeof drawnLines>[1]): Point3[] {
  return drawnLines(lines, content).flatMap((line) =>
    line.strands.flat().flatMap((step) =>
      step.kind === 'station'
        ? [index.landmarks.get(step.modelName)].filter((point): point is Point3 => point !== undefined)
        : (index.centerlines.get(step.meshName) ?? []),
    ),
  );
}

/** A region's skin patch in world space, measured once per region (framing reads only its shape). */
function measureRegion(index: BodyIndex, region: RegionId): RegionShape | undefined {
  const mesh = index.regions.get(region);
  const world = regionWorldPositions(index, region);
  if (!mesh || !world) return undefined;
  const position = mesh.geometry.getAttribute('position');
  const indices = mesh.geometry.index?.array ?? Uint32Array.from({ length: position.count }, (_, i) => i);
  return regionShape(world, indices);
}

/** The model's points of a station or track that was searched for; the left one where it is sided. */
function pointsOfFocus(index: BodyIndex, focus: Focus): Point3[] {
  if (focus.kind === 'station') {
    const point = index.landmarks.get(`landmark_${focus.id}`) ?? index.landmarks.get(`landmark_${focus.id}_l`);
    return point ? [point] : [];
  }
  return [...(index.centerlines.get(`track_${focus.id}`) ?? index.centerlines.get(`track_${focus.id}_l`) ?? [])];
}

/** Which way the skin over a point faces: toward the nearest skin, or (on the skin) that triangle's normal. */
function outwardAt(index: BodyIndex, at: Point3): Point3 {
  const point = new Vector3(...at);
  const hit = index.skin.closestPointToPoint(point);
  if (!hit) return [at[0], 0, at[2]];
  const toSkin = hit.point.clone().sub(point);
  if (toSkin.length() > 0.004) return [toSkin.x, toSkin.y, toSkin.z];
  const geometry = index.skin.geometry;
  const position = geometry.getAttribute('position');
  const corner = (k: number) => new Vector3().fromBufferAttribute(position, geometry.index?.getX(hit.faceIndex * 3 + k) ?? hit.faceIndex * 3 + k);
  const a = corner(0);
  const normal = corner(1).sub(a).cross(corner(2).sub(a));
  return [normal.x, normal.y, normal.z];
}

/**
 * One finger turns, two fingers pinch and pan; arrow keys turn, + and − zoom. The camera follows what is chosen
 * (see explorer/cameraFollow.ts for when it does not), gliding there, or at once under reduced motion.
 */
export function CameraRig({ index, reducedMotion }: { index: BodyIndex | null; reducedMotion: boolean }) {
  const content = useContent();
  const t = useT();
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const canvas = useThree((state) => state.gl.domElement);
  const size = useThree((state) => state.size);
  const invalidate = useThree((state) => state.invalidate);
  const command = useExplorer((state) => state.camera);
  const shownLines = useExplorer(useShallow((state) => state.shownLines));
  const goal = useRef<CameraGoal | null>(null);
  /** The person turned, zoomed or panned by hand since the last framing: later unrelated changes leave the view. */
  const handHeld = useRef(false);
  const holdCamera = useCallback((held: boolean) => {
    handHeld.current = held;
    useViewerNotes.getState().setCameraHeld(held);
  }, []);
  const touching = useRef(false);
  const shownBefore = useRef(shownLines);
  const shapes = useMemo(() => new Map<RegionId, RegionShape | undefined>(), []);
  /** The last command seen, and the last framing shown (a command's or the lit lines'), fitted again on a resize. */
  const handled = useRef<{ serial: number; index: BodyIndex | null } | null>(null);
  const lastFraming = useRef<CameraCommand['target'] | null>(null);
  const aspect = size.width / Math.max(1, size.height);

  const standing = useCallback((): CameraGoal => {
    if (goal.current) return goal.current;
    const target = controls.current?.target ?? new Vector3(0, 0.9, 0);
    return { position: [camera.position.x, camera.position.y, camera.position.z], target: [target.x, target.y, target.z] };
  }, [camera]);

  /** A region's shape, measured on first use. */
  const shapeOf = useCallback(
    (region: RegionId): RegionShape | undefined => {
      if (!index) return undefined;
      if (!shapes.has(region)) shapes.set(region, measureRegion(index, region));
      return shapes.get(region);
    },
    [index, shapes],
  );

  const goalFor = useCallback(
    (target: CameraCommand['target']): CameraGoal | undefined => {
      switch (target.kind) {
        case 'view':
          return viewGoal(target.view, camera.fov, aspect);
        case 'region': {
          const shape = shapeOf(target.region);
          return shape ? regionGoal(shape, camera.fov, aspect) : undefined;
        }
        case 'lines': {
          if (!index) return undefined;
          const points = linePoints(index, useExplorer.getState().shownLines, content);
          return pointsGoal(points, camera.fov, aspect) ?? viewGoal('front', camera.fov, aspect);
        }
        case 'focus': {
          if (!index) return undefined;
          const points = pointsOfFocus(index, target.focus);
          const [only] = points;
          if (points.length === 1 && only) return stationGoal(only, outwardAt(index, only), camera.fov, aspect);
          return pointsGoal(points, camera.fov, aspect);
        }
        case 'zoom':
          return zoomGoal(standing(), target.factor);
        case 'turn':
          return orbitGoal(standing(), target.azimuth, target.polar);
        case 'pose':
          return { position: target.position, target: target.lookAt };
      }
    },
    [aspect, camera, content, index, shapeOf, standing],
  );

  const go = useCallback(
    (next: CameraGoal | undefined, instant: boolean) => {
      if (!next) return;
      const settled: CameraGoal = { position: next.position, target: clampTarget(next.target) };
      goal.current = settled;
      if (instant || reducedMotion) {
        camera.position.set(...settled.position);
        controls.current?.target.set(...settled.target);
        controls.current?.update();
        goal.current = null;
        reportSeenFrom(sideSeenFrom(settled.position, settled.target));
      }
      invalidate();
    },
    [camera, invalidate, reducedMotion],
  );

  // A line lit: framed whole, unless the person holds the camera or a region is open (cameraFollows).
  useEffect(() => {
    const before = shownBefore.current;
    shownBefore.current = shownLines;
    if (before === shownLines || !index) return;
    // A trace lights lines for the spots a person taps: the body stays where they put it (user test: a tap on the heel
    // swung the view away).
    if (useExplorer.getState().mode === 'trace') return;
    const cause = lineWasLit(before, shownLines) ? 'lineLit' : 'other';
    const regionOpen = useExplorer.getState().region !== null;
    if (cameraFollows(cause, { handHeld: handHeld.current, regionOpen })) {
      lastFraming.current = { kind: 'lines' };
      go(goalFor({ kind: 'lines' }), false);
      return;
    }
    // A region open and a line lit over it: the region stays framed, turned to the side where the new line runs on it.
    const region = useExplorer.getState().region;
    if (cause !== 'lineLit' || handHeld.current || !region) return;
    const shape = shapeOf(region);
    const lit = shownLines.filter((line) => !before.some((old) => old.id === line.id));
    if (shape) go(regionGoalToward(shape, linePoints(index, lit, content), camera.fov, aspect), false);
  }, [shownLines, index, go, goalFor, shapeOf, camera, aspect, content]);

  // An explicit request. The first view (serial 0) shows what the link chose. A framing (a view, a region, the lines,
  // a part) is fitted again when the canvas changes size, until the person moves the camera: a tour step opened by a
  // link before the canvas had its size, or the presentation making the canvas larger, still frames what it should.
  useEffect(() => {
    const { target, serial } = command;
    const refit = handled.current?.serial === serial && handled.current.index === index;
    handled.current = { serial, index };
    // Mounted again after a lost WebGL context: the camera stands where it stood (contextLoss.tsx).
    const kept = takeKeptCameraPose();
    if (kept) {
      holdCamera(true);
      go(kept, true);
      return;
    }
    if (serial === 0) {
      if (handHeld.current) return;
      const state = useExplorer.getState();
      const first: CameraCommand['target'] = state.region
        ? { kind: 'region', region: state.region }
        : state.shownLines.length > 0
          ? { kind: 'lines' }
          : target;
      go(goalFor(first) ?? goalFor(target), true);
      return;
    }
    const framing = target.kind !== 'zoom' && target.kind !== 'turn' && target.kind !== 'pose';
    if (refit) {
      if (!handHeld.current && lastFraming.current) go(goalFor(lastFraming.current), false);
      return;
    }
    // Turning and zooming step by step is the person's own hand on the camera; a framing hands it back.
    holdCamera(target.kind === 'pose' ? (target.held ?? true) : !framing);
    lastFraming.current = framing ? target : null;
    go(goalFor(target), false);
    // Only a new command or a new canvas size moves the camera; goalFor changes with the size.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command, index, aspect]);

  // The canvas can be focused and turned with the keys; a tall page keeps its vertical swipe (see touchActionFor).
  useEffect(() => {
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', t('viewer.keysLabel'));
    const applyTouchAction = () => {
      const touchAction = touchActionFor(document.documentElement.scrollHeight > window.innerHeight + 1);
      // OrbitControls listens on r3f's event source (the canvas' wrapper) and sets `none` there; both must allow it.
      const source = controls.current?.domElement;
      if (source instanceof HTMLElement) source.style.touchAction = touchAction;
      canvas.style.touchAction = touchAction;
    };
    applyTouchAction();
    // While the page scrolls under a vertical swipe, a finger turns the body sideways only: the few moves the browser
    // passes on before it takes the swipe for a scroll must not tilt it.
    const source = controls.current?.domElement ?? canvas;
    const lockTilt = (event: PointerEvent) => {
      const orbit = controls.current;
      if (!orbit || event.pointerType === 'mouse' || canvas.style.touchAction !== 'pan-y') return;
      const polar = orbit.getPolarAngle();
      orbit.minPolarAngle = polar;
      orbit.maxPolarAngle = polar;
    };
    const freeTilt = () => {
      const orbit = controls.current;
      if (!orbit) return;
      orbit.minPolarAngle = LOWEST_POLAR;
      orbit.maxPolarAngle = HIGHEST_POLAR;
    };
    source.addEventListener('pointerdown', lockTilt as EventListener, { capture: true });
    source.addEventListener('pointerup', freeTilt, { capture: true });
    source.addEventListener('pointercancel', freeTilt, { capture: true });
    const observer = new ResizeObserver(applyTouchAction);
    observer.observe(document.body);
    window.addEventListener('resize', applyTouchAction);
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const { moveCamera } = useExplorer.getState().actions;
      const turns: Record<string, [number, number]> = {
        ArrowLeft: [-KEY_TURN, 0],
        ArrowRight: [KEY_TURN, 0],
        ArrowUp: [0, KEY_TILT],
        ArrowDown: [0, -KEY_TILT],
      };
      const turn = turns[event.key];
      if (turn) moveCamera({ kind: 'turn', azimuth: turn[0], polar: turn[1] });
      else if (event.key === '+' || event.key === '=') moveCamera({ kind: 'zoom', factor: ZOOM_STEP });
      else if (event.key === '-' || event.key === '_') moveCamera({ kind: 'zoom', factor: 1 / ZOOM_STEP });
      else if (event.key === '0' || event.key === 'Home') moveCamera({ kind: 'view', view: 'front' });
      else return;
      event.preventDefault();
    };
    canvas.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', applyTouchAction);
      canvas.removeEventListener('keydown', onKey);
      source.removeEventListener('pointerdown', lockTilt as EventListener, { capture: true });
      source.removeEventListener('pointerup', freeTilt, { capture: true });
      source.removeEventListener('pointercancel', freeTilt, { capture: true });
    };
  }, [canvas, t]);

  // The presentation notes where the camera stood, to put it back when it ends.
  useEffect(() => {
    cameraPoseReader.read = () => {
      const at = controls.current?.target ?? new Vector3(0, 0.9, 0);
      return { position: [camera.position.x, camera.position.y, camera.position.z], lookAt: [at.x, at.y, at.z] };
    };
    return () => {
      cameraPoseReader.read = null;
    };
  }, [camera]);

  useEffect(() => {
    if (!index) return undefined;
    return installCameraProbe(index, camera, canvas, content, () => controls.current?.target ?? new Vector3());
  }, [index, camera, canvas, content]);

  useFrame((_, delta) => {
    const current = goal.current;
    const orbit = controls.current;
    if (!current || !orbit) return;
    const step = Math.min(delta, 0.1);
    goalPosition.set(...current.position);
    goalTarget.set(...current.target);
    camera.position.set(
      approach(camera.position.x, goalPosition.x, step, GLIDE_HALF_LIFE),
      approach(camera.position.y, goalPosition.y, step, GLIDE_HALF_LIFE),
      approach(camera.position.z, goalPosition.z, step, GLIDE_HALF_LIFE),
    );
    orbit.target.set(
      approach(orbit.target.x, goalTarget.x, step, GLIDE_HALF_LIFE),
      approach(orbit.target.y, goalTarget.y, step, GLIDE_HALF_LIFE),
      approach(orbit.target.z, goalTarget.z, step, GLIDE_HALF_LIFE),
    );
    if (camera.position.distanceTo(goalPosition) < 0.002 && orbit.target.distanceTo(goalTarget) < 0.002) {
      camera.position.copy(goalPosition);
      orbit.target.copy(goalTarget);
      goal.current = null;
    }
    orbit.update();
    invalidate();
  });

  const onChange = () => {
    const orbit = controls.current;
    if (!orbit) return;
    if (touching.current) holdCamera(true);
    // A pan never loses the body: the look-at point stays on it, and the camera moves along so nothing tilts.
    const [x, y, z] = clampTarget([orbit.target.x, orbit.target.y, orbit.target.z]);
    if (x !== orbit.target.x || y !== orbit.target.y || z !== orbit.target.z) {
      camera.position.x += x - orbit.target.x;
      camera.position.y += y - orbit.target.y;
      camera.position.z += z - orbit.target.z;
      orbit.target.set(x, y, z);
    }
    reportSeenFrom(sideSeenFrom([camera.position.x, camera.position.y, camera.position.z], [x, y, z]));
  };

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={!reducedMotion}
      dampingFactor={0.12}
      minDistance={CLOSEST_DISTANCE}
      maxDistance={FARTHEST_DISTANCE}
      minPolarAngle={LOWEST_POLAR}
      maxPolarAngle={HIGHEST_POLAR}
      onStart={() => {
        // A finger on the body stops a glide; only an actual turn, zoom or pan holds the camera (a tap does not).
        goal.current = null;
        touching.current = true;
      }}
      onEnd={() => {
        touching.current = false;
      }}
      onChange={onChange}
    />
  );
}
