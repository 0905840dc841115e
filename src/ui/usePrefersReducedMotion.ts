import { useMediaQuery } from '../state/useMediaQuery';

/** Whether the person asked for less motion: the pulse stops and the camera moves without gliding. */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
