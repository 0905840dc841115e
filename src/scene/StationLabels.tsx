import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Box3, Vector3, type Camera } from 'three';
import { SIDES } from '../content/ids';
import type { Content } from '../content/load';
import { landmarkNodeName } from '../content/modelNames';
import { facesEye, type OrientedPoint } from '../explorer/facing';
import { isCrowded } from '../explorer/crowding';
import { layoutLabels, type Box, type LabelCandidate } from '../explorer/labelLayout';
import type { Point3 } from '../explorer/linePath';
import { tagAnchor } from '../explorer/tagAnchor';
import { markersOf, useBodyMarkers } from '../modes/bodyMarkers';
import { useExplorer } from '../state/explorerStore';
import { useShallow } from 'zustand/react/shallow';
import { inkOn } from '../ui/swatch';
import { LabelOverlay } from './labelOverlay';
import { readCovers, VIEW_COVERS } from './viewCovers';
import './labels.css';
import type { BuiltLine } from './lineLayer';
import { hiddenBySkin, type BodyIndex } from './modelIndex';

/** What names keep clear of: everything that covers the view, and a tour pointer's own label. */
const COVERS = [...VIEW_COVERS, '.tour-pointer__label'].join(', ');

interface StationLabel {
  key: string;
  /** A line's own tag (its abbreviation in its colour) instead of a station's name. */
  colour?: string;
  /** The landmark without its side: a pair (left and right) is named once, where it is seen. */
  id: string;
  name: string;
  anchor: Point3;
  normal: Point3;
  priority: number;
  /** The station lies inside the body (no bead on the skin where its name points): the overlay marks the point. */
  tied?: boolean;
  /**
   * A line's tag has no fixed point: it is tied each frame to a stretch of its line that faces the eye (each side's
   * samples in order along it), and left out when none does.
   */
  sides?: readonly (readonly OrientedPoint[])[];
}

/** Which names matter most: where several lit lines meet, then a line's ends, then the first lines lit. */
function stationLabels(lines: readonly BuiltLine[], content: Content, language: 'nl' | 'en'): StationLabel[] {
  const labels = new Map<string, StationLabel>();
  lines.forEach((line, lineOrder) => {
    line.stations.forEach((station, position) => {
      const end = position === 0 || position === line.stations.length - 1;
      const known = labels.get(station.modelName);
      if (known) {
        known.priority += 10;
        return;
      }
      const written = content.landmarks.get(station.id)?.names[language];
      if (!written) return;
      // A name standing alone on the body starts with a capital, as the English ones do (Dutch ones are written in
      // lower case for use inside sentences: "heiligbeen" would read as a fragment).
      const name = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
      labels.set(station.modelName, {
        key: station.modelName,
        id: station.id,
        name,
        anchor: station.surface,
        normal: station.normal,
        priority: (end ? 5 : 0) - lineOrder * 0.1,
        tied: station.deep,
      });
    });
  });
  return [...labels.values()];
}

export { MOST_LINES_NAMED } from '../explorer/crowding';

/**
 * One tag per lit line (its abbreviation in its colour): with many lines lit, a person reads which line is which, not
 * which station is where. Where on the line it is tied is chosen each frame, on a part that faces the eye (tagAnchor.ts).
 */
function lineTags(lines: readonly BuiltLine[], content: Content, language: 'nl' | 'en'): StationLabel[] {
  const byLine = new Map<BuiltLine['lineId'], BuiltLine[]>();
  for (const line of lines) byLine.set(line.lineId, [...(byLine.get(line.lineId) ?? []), line]);
  return [...byLine].map(([lineId, sides], lineOrder) => {
    const meta = content.lines[lineId];
    const first = sides[0]?.facing[0];
    return {
      key: `tag-${lineId}`,
      id: lineId,
      name: meta.abbreviation[language],
      colour: meta.colour,
      ink: inkOn(meta.colour),
      anchor: first?.point ?? [0, 0, 0],
      normal: first?.normal ?? [0, 0, 1],
      priority: 20 - lineOrder * 0.1,
      sides: sides.map((side) => side.facing),
    };
  });
}

const projected = new Vector3();
const axis = new Vector3();
const corner = new Vector3();

/** A box in the world as the screen rectangle its corners cover (CSS px from the viewer's top left). */
function screenBox(box: Box3, camera: Camera, size: { width: number; height: number }): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let at = 0; at < 8; at++) {
    corner.set(at & 1 ? box.max.x : box.min.x, at & 2 ? box.max.y : box.min.y, at & 4 ? box.max.z : box.min.z).project(camera);
    const x = ((corner.x + 1) / 2) * size.width;
    const y = ((1 - corner.y) / 2) * size.height;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { left, top, width: right - left, height: bottom - top };
}

/** Names of the stations of the lit lines, laid out on screen so none overlaps another or shows through the body. */
export function StationLabels({ content, lines, index }: { content: Content; lines: readonly BuiltLine[]; index: BodyIndex }) {
  const language = useExplorer((state) => state.language);
  const region = useExplorer((state) => state.region);
  const parent = useThree((state) => state.gl.domElement.parentElement);
  const invalidate = useThree((state) => state.invalidate);
  const crowded = isCrowded(new Set(lines.map((line) => line.lineId)).size);
  // A point a tour's pointer already names is not named twice (the user test saw "Sitting bone" in both).
  const mode = useExplorer((state) => state.mode);
  const pointed = useBodyMarkers(
    useShallow((state) => markersOf(state.byMode, mode).flatMap((marker) => (marker.kind === 'pointer' && marker.landmark ? [marker.landmark] : []))),
  );
  const labels = useMemo(() => {
    if (crowded) return lineTags(lines, content, language);
    // By the point, on either side: the same name for the other side's point would only move over.
    const named = (id: string) => [undefined, ...SIDES].some((side) => pointed.includes(landmarkNodeName(id, side)));
    return stationLabels(lines, content, language).filter((label) => !named(label.id));
  }, [crowded, lines, content, language, pointed]);
  // With many lines lit their tags stand beside the lines, not over them: the box the lit lines fill, built once
  // per change of lines (its eight corners are projected each frame).
  const linesBox = useMemo(() => {
    if (!crowded) return undefined;
    const box = new Box3();
    for (const line of lines) for (const { point } of line.facing) box.expandByPoint(corner.set(...point));
    return box.isEmpty() ? undefined : box;
  }, [crowded, lines]);
  // The open region is what the person asked about: names stand beside it where they can, not over its glow.
  const regionBox = useMemo(() => {
    const mesh = region ? index.regions.get(region) : undefined;
    return mesh ? new Box3().setFromObject(mesh) : undefined;
  }, [region, index]);
  const overlay = useMemo(() => new LabelOverlay(), []);
  useLayoutEffect(() => {
    if (parent) overlay.mount(parent);
    return () => overlay.dispose();
  }, [overlay, parent]);
  useLayoutEffect(() => {
    overlay.setLabels(labels);
    invalidate();
  }, [overlay, labels, invalidate]);
  // A name whose font changed is measured again, and what scrolls over the view (a phone's page under its sticky
  // header) changes where names can go: either draws one frame, which lays them out again.
  useEffect(() => {
    overlay.onResize = invalidate;
    // Only while the view is on screen: a phone scrolled on to the panel must not draw the body on every scroll event.
    const scrolled = () => {
      const view = overlay.element.getBoundingClientRect();
      if (view.bottom > 0 && view.top < window.innerHeight) invalidate();
    };
    window.addEventListener('scroll', scrolled, { passive: true });
    return () => {
      overlay.onResize = undefined;
      window.removeEventListener('scroll', scrolled);
    };
  }, [overlay, invalidate]);

  useFrame(({ camera, size }) => {
    const eye: Point3 = [camera.position.x, camera.position.y, camera.position.z];
    const candidates: LabelCandidate[] = [];
    const named = new Set<string>();
    for (const label of labels) {
      if (named.has(label.id)) continue;
      const measured = overlay.size(label.key);
      if (!measured) continue;
      let anchor = label.anchor;
      if (label.sides) {
        // A tag is tied to the best stretch of its line that faces the eye and is not hidden behind an arm; a line
        // with no such stretch (it runs on the far side from here) has no tag: the far-side note names it.
        const seen = tagAnchor(label.sides, eye, (entry) => !hiddenBySkin(index, camera.position, entry.point));
        if (!seen) continue;
        anchor = seen.point;
      } else {
        // A point on the far side of the body, or behind an arm, is not named: its name would float over the wrong skin.
        if (!facesEye({ point: label.anchor, normal: label.normal }, eye, 0.15)) continue;
        if (hiddenBySkin(index, camera.position, label.anchor)) continue;
      }
      named.add(label.id);
      projected.set(...anchor).project(camera);
      // The body's axis at the point's height: a name is tried on the outer side first, beside the body, not over it.
      axis.set(0, anchor[1], 0).project(camera);
      candidates.push({
        key: label.key,
        anchorX: ((projected.x + 1) / 2) * size.width,
        anchorY: ((1 - projected.y) / 2) * size.height,
        ...measured,
        priority: label.priority,
        prefer: projected.x < axis.x ? -1 : 1,
      });
    }
    const keepOff = [linesBox, regionBox].filter((box) => box !== undefined).map((box) => screenBox(box, camera, size));
    // About a fifth of the view's shorter side: a phone's names stay near their points, a tablet's may reach further.
    const longestLeader = Math.max(80, Math.min(size.width, size.height) * 0.22);
    overlay.place(layoutLabels(candidates, { width: size.width, height: size.height, outsideOf: readCovers(overlay.element, COVERS), keepOff, longestLeader }));
  });
  return null;
}
