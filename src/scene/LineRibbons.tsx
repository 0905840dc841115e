import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { GreaterDepth, Matrix4, MeshStandardMaterial, SphereGeometry, Vector3, type BufferGeometry, type InstancedMesh, type ShaderMaterial } from 'three';
import type { Content } from '../content/load';
import type { DrawnLine } from '../explorer/highlight';
import { pathPoints, resample, smooth, type Point3, type StyledPoint } from '../explorer/linePath';
import type { BodyIndex } from './modelIndex';
import { pulsePosition } from '../explorer/pulse';
import { buildRibbonGeometry } from './ribbonGeometry';
import { createRibbonMaterials } from './ribbonMaterial';

/** How far above the skin a superficial ribbon floats (metres). */
const SURFACE_OFFSET = 0.005;
const SPACING = 0.012;

const target = { point: new Vector3(), distance: 0, faceIndex: 0 };
const query = new Vector3();

const a = new Vector3();
const b = new Vector3();
const c = new Vector3();
const faceNormal = new Vector3();

/** Puts superficial points just above the skin, so a ribbon follows the body and never cuts the air. */
function onSkin(points: readonly StyledPoint[], index: BodyIndex): StyledPoint[] {
  const geometry = index.skin.geometry;
  const position = geometry.getAttribute('position');
  const triangles = geometry.index;
  return points.map((entry) => {
    if (entry.deep || !triangles) return entry;
    query.set(...entry.point);
    const hit = index.skin.closestPointToPoint(query, target);
    if (!hit) return entry;
    a.fromBufferAttribute(position, triangles.getX(hit.faceIndex * 3));
    b.fromBufferAttribute(position, triangles.getX(hit.faceIndex * 3 + 1));
    c.fromBufferAttribute(position, triangles.getX(hit.faceIndex * 3 + 2));
    faceNormal.subVectors(c, b).cross(a.sub(b)).normalize();
    const surface = hit.point.clone().addScaledVector(faceNormal, SURFACE_OFFSET);
    return { ...entry, point: [surface.x, surface.y, surface.z] as Point3 };
  });
}

interface Strand {
  key: string;
  geometry: BufferGeometry;
  visible: ShaderMaterial;
  hidden: ShaderMaterial;
}

interface StationMarks {
  key: string;
  points: Point3[];
  /** The stations inside the body, also shown through the skin. */
  deepPoints: Point3[];
  visible: MeshStandardMaterial;
  hidden: MeshStandardMaterial;
}

const MARKER_RADIUS = 0.011;
const markerGeometry = new SphereGeometry(MARKER_RADIUS, 16, 12);
const placement = new Matrix4();

/** The stations of a drawn line, where the model has them: on the skin unless they lie between deep tracks. */
export function stationPoints(drawn: DrawnLine, index: BodyIndex): StyledPoint[] {
  const steps = drawn.strands.flat().filter((step) => step.kind === 'station');
  const points: StyledPoint[] = steps.flatMap((step) => {
    const point = index.landmarks.get(step.modelName);
    return point ? [{ point, style: 'confirmed' as const, deep: step.deep }] : [];
  });
  return onSkin(points, index);
}

function placeAt(points: readonly Point3[]) {
  return (mesh: InstancedMesh | null) => {
    if (!mesh) return;
    points.forEach((point, position) => mesh.setMatrixAt(position, placement.makeTranslation(...point)));
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  };
}

function StationMarkers({ marks }: { marks: StationMarks }) {
  return (
    <>
      <instancedMesh ref={placeAt(marks.points)} args={[markerGeometry, marks.visible, marks.points.length]} renderOrder={4} raycast={() => null} />
      {marks.deepPoints.length > 0 && (
        <instancedMesh
          ref={placeAt(marks.deepPoints)}
          args={[markerGeometry, marks.hidden, marks.deepPoints.length]}
          renderOrder={5}
          raycast={() => null}
        />
      )}
    </>
  );
}

export function buildStrandPoints(drawn: DrawnLine, index: BodyIndex): StyledPoint[][] {
  const lookup = {
    landmark: (name: string) => index.landmarks.get(name),
    centerline: (name: string) => index.centerlines.get(name),
  };
  return drawn.strands.map((steps) => smooth(onSkin(resample(pathPoints(steps, lookup), SPACING), index), 3));
}

/** The lit lines as glowing ribbons, with a calm pulse from foot to head after each change. */
export function LineRibbons({ content, drawn, index, reducedMotion, showStations }: {
  content: Content;
  drawn: readonly DrawnLine[];
  index: BodyIndex;
  reducedMotion: boolean;
  showStations: boolean;
}) {
  const invalidate = useThree((state) => state.invalidate);
  const strands = useMemo<Strand[]>(
    () =>
      drawn.flatMap((line) =>
        buildStrandPoints(line, index).map((points, strandIndex) => ({
          key: `${line.lineId}-${line.side}-${strandIndex}`,
          geometry: buildRibbonGeometry(points),
          ...createRibbonMaterials(content.lines[line.lineId].colour),
        })),
      ),
    [drawn, index, content],
  );
  const stations = useMemo<StationMarks[]>(
    () =>
      drawn.map((line) => {
        const colour = content.lines[line.lineId].colour;
        const material = (hidden: boolean) =>
          new MeshStandardMaterial({
            color: colour,
            emissive: colour,
            emissiveIntensity: 0.35,
            roughness: 0.35,
            transparent: hidden,
            opacity: hidden ? 0.45 : 1,
            depthWrite: !hidden,
            ...(hidden ? { depthFunc: GreaterDepth } : {}),
          });
        const points = stationPoints(line, index);
        return {
          key: `${line.lineId}-${line.side}`,
          points: points.map((entry) => entry.point),
          deepPoints: points.filter((entry) => entry.deep).map((entry) => entry.point),
          visible: material(false),
          hidden: material(true),
        };
      }),
    [drawn, index, content],
  );
  useEffect(
    () => () => {
      for (const marks of stations) {
        marks.visible.dispose();
        marks.hidden.dispose();
      }
    },
    [stations],
  );
  useEffect(
    () => () => {
      for (const strand of strands) {
        strand.geometry.dispose();
        strand.visible.dispose();
        strand.hidden.dispose();
      }
    },
    [strands],
  );

  // The pulse clock lives outside React: it changes every frame and renders nothing a component would.
  const pulseStart = useRef<number | null>(null);
  useEffect(() => {
    pulseStart.current = reducedMotion || strands.length === 0 ? null : performance.now();
    invalidate();
  }, [strands, reducedMotion, invalidate]);

  useFrame(() => {
    const start = pulseStart.current;
    const position = start === null ? undefined : pulsePosition((performance.now() - start) / 1000);
    if (position === undefined) pulseStart.current = null;
    else invalidate();
    const pulse = position ?? -1; // the shader reads a negative pulse as "none"
    for (const strand of strands) {
      (strand.visible.uniforms.pulse as { value: number }).value = pulse;
      (strand.hidden.uniforms.pulse as { value: number }).value = pulse;
    }
  });

  return (
    <group name="line-ribbons">
      {strands.map((strand) => (
        <group key={strand.key}>
          <mesh geometry={strand.geometry} material={strand.visible} renderOrder={4} raycast={() => null} />
          <mesh geometry={strand.geometry} material={strand.hidden} renderOrder={5} raycast={() => null} />
        </group>
      ))}
      {showStations && stations.map((marks) => <StationMarkers key={marks.key} marks={marks} />)}
    </group>
  );
}
