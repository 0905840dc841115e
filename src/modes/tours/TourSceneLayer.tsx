import type { ModeSceneProps } from '../ModeSceneLayer';

/** Nothing drawn yet for the tours mode. */
export function TourSceneLayer(_props: ModeSceneProps) {
  return null;
}
