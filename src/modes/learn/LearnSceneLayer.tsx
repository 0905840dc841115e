import type { ModeSceneProps } from '../ModeSceneLayer';

/** Nothing drawn yet for the learn mode. */
export function LearnSceneLayer(_props: ModeSceneProps) {
  return null;
}
