import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Box3, PerspectiveCamera, Sphere, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { approach, frameGoal, viewGoal, type CameraGoal } from '../explorer/camera';
import { useExplorer } from '../state/explorerStore';
import type { BodyIndex } from './modelIndex';

/** Half-life of a camera glide, in seconds: slow and purposeful, but done within a second. */
const GLIDE_HALF_LIFE = 0.16;
const box = new Box3();
const sphere = new Sphere();
const goalPosition = new Vector3();
const goalTarget = new Vector3();

/** One finger turns, two fingers pinch and pan; view buttons and double-taps glide the camera. */
export function CameraRig({ index, reducedMotion }: { index: BodyIndex | null; reducedMotion: boolean }) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const size = useThree((state) => state.size);
  const invalidate = useThree((state) => state.invalidate);
  const command = useExplorer((state) => state.camera);
  const goal = useRef<CameraGoal | null>(null);

  useEffect(() => {
    const aspect = size.width / Math.max(1, size.height);
    const { target } = command;
    let next: CameraGoal | null = null;
    if (target.kind === 'view') next = viewGoal(target.view, camera.fov, aspect);
    else {
      const mesh = index?.regions.get(target.region);
      if (mesh) {
        box.setFromObject(mesh).getBoundingSphere(sphere);
        next = frameGoal(
          [sphere.center.x, sphere.center.y, sphere.center.z],
          sphere.radius,
          [camera.position.x, camera.position.y, camera.position.z],
          camera.fov,
          aspect,
        );
      }
    }
    if (!next) return;
    goal.current = next;
    if (reducedMotion || command.serial === 0) {
      camera.position.set(...next.position);
      controls.current?.target.set(...next.target);
      controls.current?.update();
      goal.current = null;
    }
    invalidate();
    // The first view is fitted again when the canvas changes size; later moves are the person's own.
  }, [command, index, size.width, size.height, camera, invalidate, reducedMotion]);

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
    orbit.update();
    if (camera.position.distanceTo(goalPosition) < 0.002 && orbit.target.distanceTo(goalTarget) < 0.002) {
      camera.position.copy(goalPosition);
      orbit.target.copy(goalTarget);
      goal.current = null;
    }
    invalidate();
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={!reducedMotion}
      dampingFactor={0.12}
      minDistance={0.35}
      maxDistance={7}
      target={[0, 0.9, 0]}
      onStart={() => {
        goal.current = null;
      }}
    />
  );
}
