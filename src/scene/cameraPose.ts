// The side the body is seen from as the camera really stands, for the text alternative outside the canvas.
// Kept apart from the explorer store: it changes while a person turns the body, and only the description reads it.
import { create } from 'zustand';
import type { CameraGoal, SeenFrom } from '../explorer/camera';

export const useSeenFrom = create<{ side: SeenFrom }>()(() => ({ side: 'front' }));

/** Cheap to call on every camera change: the store only changes (and re-renders) when the side does. */
export function reportSeenFrom(side: SeenFrom): void {
  if (useSeenFrom.getState().side !== side) useSeenFrom.setState({ side });
}

// The camera's pose kept across a remount of the Canvas after a lost WebGL context (contextLoss.tsx): the new
// CameraRig takes it once, instead of framing the last request again.
let keptPose: CameraGoal | null = null;

export function keepCameraPose(pose: CameraGoal): void {
  keptPose = pose;
}

/** The kept pose, once; null when there is none. */
export function takeKeptCameraPose(): CameraGoal | null {
  const pose = keptPose;
  keptPose = null;
  return pose;
}
/** Where the camera stands now, for putting it back later (the presentation); null while no 3D view is on screen. */
export const cameraPoseReader: { read: (() => { position: [number, number, number]; lookAt: [number, number, number] }) | null } = { read: null };
