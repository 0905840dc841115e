// The flat body map's components, loaded when first shown (no WebGL, or a 3D view that broke): one definition for
// the shell and the 3D view, so both share one chunk and one lazy component each.
import { lazy } from 'react';

const load = () => import('./Body2D');

export const LazyBody2D = lazy(() => load().then((module) => ({ default: module.Body2D })));
export const LazyFlatViewer = lazy(() => load().then((module) => ({ default: module.FlatViewer })));
export const LazyFallbackNote = lazy(() => load().then((module) => ({ default: module.FallbackNote })));
