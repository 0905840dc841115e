import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import type { Point3 } from '../../explorer/linePath';
import { placePointerLabel } from '../../explorer/pointerLabel';
import { hiddenBySkin, regionWorldPositions, type BodyIndex } from '../../scene/modelIndex';
import { readCovers, VIEW_COVERS } from '../../scene/viewCovers';
import { useExplorer } from '../../state/explorerStore';
import { usePreferences } from '../../state/preferences';
import { markersOf, useBodyMarkers, type BodyMarker } from '../bodyMarkers';
import type { ModeSceneProps } from '../ModeSceneLayer';
import { patchMiddle } from './pointerPlace';
import './tours.css';

const scratch = new Vector3();
const eye = new Vector3();
const onScreen = new Vector3();
/** What the pointer's label keeps off: whatever covers the view (its own label is not among them). */
const COVERS = VIEW_COVERS.join(', ');

function worldPositions(index: BodyIndex, marker: BodyMarker): ArrayLike<number> | undefined {
  return regionWorldPositions(index, marker.region);
}

/** On the skin: over the landmark (the nearest skin point), or the middle of the region's own patch. */
function placeOf(index: BodyIndex, marker: BodyMarker): Point3 | undefined {
  if (marker.track) {
    // A track lies under the skin and is seen through it (the step's x-ray): the middle of its course.
    const course = index.centerlines.get(marker.track) ?? index.centerlines.get(marker.track.replace(/_l$/, ''));
    const middle = course?.[Math.floor(course.length / 2)];
    if (middle) return middle;
  }
  const point = marker.landmark ? index.landmarks.get(marker.landmark) : undefined;
  if (point) {
    const hit = index.skin.closestPointToPoint(scratch.set(...point));
    return hit ? [hit.point.x, hit.point.y, hit.point.z] : point;
  }
  const positions = worldPositions(index, marker);
  return positions ? patchMiddle(positions) : undefined;
}

/** The pointer: a small ring on the body with its label; faded while the body stands between it and the eye. */
function Pointer({ index, marker }: { index: BodyIndex; marker: BodyMarker }) {
  const at = useMemo(() => placeOf(index, marker), [index, marker]);
  const element = useRef<HTMLDivElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const camera = useThree((state) => state.camera);
  // Under x-ray the body hides nothing: the mark stays clear wherever it is.
  const seeThrough = usePreferences((state) => (state.skinOverride ?? state.skinOpacity) < 0.6);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => invalidate(), [at, invalidate]);
  // Only drawn frames ask (render on demand): one ray through the skin's BVH per frame.
  useFrame(({ size, gl }) => {
    if (!at || !element.current) return;
    eye.copy(camera.position);
    element.current.classList.toggle('tour-pointer--behind', !seeThrough && hiddenBySkin(index, eye, at));
    if (!label.current) return;
    // The label takes the side with room, slides back into view at an edge and keeps off the notes and buttons over
    // the view (pointerLabel.ts); sizes and covers are read each drawn frame, so a bigger font (presentation mode) is
    // placed by its real size.
    onScreen.set(...at).project(camera);
    const placement = placePointerLabel({
      x: ((onScreen.x + 1) / 2) * size.width,
      y: ((1 - onScreen.y) / 2) * size.height,
      width: label.current.offsetWidth,
      height: label.current.offsetHeight,
      viewWidth: size.width,
      viewHeight: size.height,
      covers: readCovers(gl.domElement, COVERS),
    });
    element.current.classList.toggle('tour-pointer--flip', placement.side === 'left');
    label.current.style.setProperty('--pointer-label-shift', `${Math.round(placement.shiftX)}px ${Math.round(placement.shiftY)}px`);
  });
  if (!at) return null;
  return (
    <Html position={at} zIndexRange={[8, 0]} style={{ pointerEvents: 'none' }}>
      <div ref={element} className="tour-pointer" data-testid="tour-pointer" data-region={marker.region}>
        <span className="tour-pointer__ring" aria-hidden="true" />
        {marker.label && <span ref={label} className="tour-pointer__label">{marker.label}</span>}
      </div>
    </Html>
  );
}

/** The tour's marks on the body (its step's pointer), from the same store the 2D body reads. */
export function TourSceneLayer({ index }: ModeSceneProps) {
  const markers = useBodyMarkers((state) => markersOf(state.byMode, 'tours'));
  const inTour = useExplorer((state) => state.scene !== null);
  if (!inTour) return null;
  return (
    <>
      {markers.map((marker) => (
        <Pointer key={`${marker.id}:${marker.region}:${marker.landmark ?? ''}:${marker.track ?? ''}`} index={index} marker={marker} />
      ))}
    </>
  );
}
