import { useThree } from '@react-three/fiber';
import { Suspense, lazy, useEffect } from 'react';
import { create } from 'zustand';
import type { Point3 } from '../explorer/linePath';

/** What a tap just picked, shown for a moment so a person sees which region the finger meant. */
export const usePickFlash = create<{ at: Point3 | null; serial: number }>()(() => ({ at: null, serial: 0 }));

const FLASH_MS = 700;

const loadMark = () => import('./PickFlashMark');
const PickFlashMark = lazy(() => loadMark().then((module) => ({ default: module.PickFlashMark })));

/** Fetched when the page is idle after the first frame, so the first tap's ring is not late. */
export function preloadPickFlash(): void {
  void loadMark();
}

export function flashPick(at: Point3): void {
  usePickFlash.setState((state) => ({ at, serial: state.serial + 1 }));
}

/** A brief ring on the picked region. */
export function PickFlash() {
  const { at, serial } = usePickFlash();
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    if (!at) return;
    invalidate();
    const timer = window.setTimeout(() => usePickFlash.setState({ at: null }), FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [at, serial, invalidate]);
  if (!at) return null;
  return (
    <Suspense fallback={null}>
      <PickFlashMark at={at} serial={serial} />
    </Suspense>
  );
}
