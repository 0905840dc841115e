import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AdditiveBlending, MeshBasicMaterial, type Mesh } from 'three';
import { useContent } from '../../content/ContentContext';
import { useExplorer } from '../../state/explorerStore';
import type { ModeSceneProps } from '../ModeSceneLayer';
import { bodyMarks, type BodyMark } from './bodyMarks';
import { useLearn } from './learnStore';
import { shortName } from './names';
import { sharedAmong } from './shared';

const STATION_RADIUS = 0.016;
const SHARED_COLOUR = '#f2b632';
const FOCUS_COLOUR = '#ffffff';

/** Marks on the body for the learn mode: the item studied lit and named, the parts compared lines share in gold. */
export function LearnSceneLayer({ index }: ModeSceneProps) {
  const content = useContent();
  const language = useExplorer((state) => state.language);
  const focus = useExplorer((state) => state.focus);
  const { view, compare, latin } = useLearn(useShallow((state) => ({ view: state.view, compare: state.compare, latin: state.progress.latin })));
  const invalidate = useThree((state) => state.invalidate);

  const shared = useMemo(
    () => (view === 'compare' && compare.length >= 2 ? sharedAmong(compare.map((id) => content.lines[id])) : null),
    [view, compare, content],
  );
  const marks = useMemo(() => bodyMarks(focus, shared), [focus, shared]);
  // Shared materials for every mark: one program each, drawn over the body so a deep part still shows.
  const materials = useMemo(() => ({
    shared: new MeshBasicMaterial({ color: SHARED_COLOUR, transparent: true, opacity: 0.7, depthTest: false, depthWrite: false }),
    focus: new MeshBasicMaterial({ color: FOCUS_COLOUR, transparent: true, opacity: 0.55, depthTest: false, depthWrite: false, blending: AdditiveBlending }),
  }), []);
  useEffect(() => () => Object.values(materials).forEach((material) => material.dispose()), [materials]);
  useEffect(() => invalidate(), [marks, invalidate]);

  const labelOf = (mark: BodyMark) => {
    const names = mark.kind === 'station' ? content.landmarks.get(mark.id)?.names : content.structures.get(mark.id)?.names;
    return names ? shortName(names, language, latin) : mark.id;
  };

  return (
    <group name="learn-marks">
      {marks.map((mark) => {
        const meshes = mark.kind === 'track'
          ? mark.names.map((name) => index.tracks.get(name)).filter((mesh): mesh is Mesh => mesh !== undefined)
          : [];
        const points = mark.kind === 'station'
          ? mark.names.map((name) => index.landmarks.get(name)).filter((point) => point !== undefined)
          : [];
        const labelAt = points[0] ?? (() => {
          const line = meshes[0] ? index.centerlines.get(meshes[0].name) : undefined;
          return line?.[Math.floor(line.length / 2)];
        })();
        return (
          <group key={`${mark.style}:${mark.kind}:${mark.id}`}>
            {meshes.map((mesh) => (
              <mesh
                key={mesh.name}
                geometry={mesh.geometry}
                matrixAutoUpdate={false}
                matrix={mesh.matrixWorld}
                material={materials[mark.style]}
                renderOrder={mark.style === 'focus' ? 12 : 11}
                raycast={() => null}
              />
            ))}
            {points.map((point, at) => (
              <mesh key={at} position={point as [number, number, number]} material={materials[mark.style]} renderOrder={12} raycast={() => null}>
                <sphereGeometry args={[mark.style === 'focus' ? STATION_RADIUS * 1.4 : STATION_RADIUS, 16, 12]} />
              </mesh>
            ))}
            {mark.style === 'focus' && labelAt && (
              <Html position={labelAt as [number, number, number]} zIndexRange={[6, 0]} style={{ pointerEvents: 'none' }}>
                <span className="learn-body-label" data-testid="learn-body-label">{labelOf(mark)}</span>
              </Html>
            )}
          </group>
        );
      })}
    </group>
  );
}
