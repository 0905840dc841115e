import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { nextPixelRatio, pixelRatioLimits, startPixelRatio } from './pixelRatio';

/** Lowers the canvas's pixel ratio while frames are slow (turning on a modest GPU) and raises it when they are quick. */
export function AdaptivePixelRatio() {
  const setDpr = useThree((state) => state.setDpr);
  const limits = useMemo(() => pixelRatioLimits(window.devicePixelRatio || 1), []);
  const state = useRef(startPixelRatio(limits));
  const last = useRef<number | null>(null);
  useFrame(() => {
    const now = performance.now();
    const previous = last.current;
    last.current = now;
    if (previous === null) return;
    const next = nextPixelRatio(state.current, now - previous, limits);
    if (next.ratio !== state.current.ratio) setDpr(next.ratio);
    state.current = next;
  });
  return null;
}
