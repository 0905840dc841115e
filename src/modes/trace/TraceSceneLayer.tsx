import type { ModeSceneProps } from '../ModeSceneLayer';

/** Nothing drawn yet for the trace mode. */
export function TraceSceneLayer(_props: ModeSceneProps) {
  return null;
}
