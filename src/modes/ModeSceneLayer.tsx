import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { BodyIndex } from '../scene/modelIndex';
import { useExplorer } from '../state/explorerStore';
import type { AppMode } from './modes';

/** What a mode may draw on the body, inside the 3D scene (pins, a travelling flow, a pointer with its label). */
export interface ModeSceneProps {
  index: BodyIndex;
  reducedMotion: boolean;
}

const LAYERS: Partial<Record<AppMode, LazyExoticComponent<ComponentType<ModeSceneProps>>>> = {
  tours: lazy(() => import('./tours/TourSceneLayer').then((module) => ({ default: module.TourSceneLayer }))),
  trace: lazy(() => import('./trace/TraceSceneLayer').then((module) => ({ default: module.TraceSceneLayer }))),
  learn: lazy(() => import('./learn/LearnSceneLayer').then((module) => ({ default: module.LearnSceneLayer }))),
};

/** The mode's own drawing on the body; nothing in explore mode. */
export function ModeSceneLayer(props: ModeSceneProps) {
  const mode = useExplorer((state) => state.mode);
  const Layer = LAYERS[mode];
  if (!Layer) return null;
  return (
    <Suspense fallback={null}>
      <Layer {...props} />
    </Suspense>
  );
}
