import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import type { Content } from '../content/load';
import { facesEye } from '../explorer/facing';
import { layoutLabels, type LabelCandidate } from '../explorer/labelLayout';
import type { Point3 } from '../explorer/linePath';
import { useExplorer } from '../state/explorerStore';
import { inkOn } from '../ui/swatch';
import { LabelOverlay } from './labelOverlay';
import type { BuiltLine } from './lineLayer';
import { hiddenBySkin, type BodyIndex } from './modelIndex';

/** The viewer's own controls, which names keep clear of. */
const CONTROLS = '.stage-corner, .viewer__hint:not(.viewer__hint--done), .behind-note, .focus-card';

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
      const name = content.landmarks.get(station.id)?.names[language];
      if (!name) return;
      labels.set(station.modelName, {
        key: station.modelName,
        id: station.id,
        name,
        anchor: station.surface,
        normal: station.normal,
        priority: (end ? 5 : 0) - lineOrder * 0.1,
      });
    });
  });
  return [...labels.values()];
}

/** With more lines than this lit, station names would bury the body: each line gets its tag instead. */
export const MOST_LINES_NAMED = 3;

/**
 * One tag per lit line (its abbreviation in its colour), at the first of its ends that is seen: with many lines lit,
 * a person reads which line is which, not which station is where. The head end first, then the foot end, then the rest.
 */
function lineTags(lines: readonly BuiltLine[], content: Content, language: 'nl' | 'en'): StationLabel[] {
  return lines.flatMap((line, lineOrder) => {
    const { stations } = line;
    const ends = [stations.length - 1, 0, ...stations.keys()].filter((position, at, all) => all.indexOf(position) === at);
    const meta = content.lines[line.lineId];
    return ends.flatMap((position) => {
      const station = stations[position];
      if (!station) return [];
      return [{
        key: `tag-${line.key}-${position}`,
        id: line.lineId,
        name: meta.abbreviation[language],
        colour: meta.colour,
        ink: inkOn(meta.colour),
        anchor: station.surface,
        normal: station.normal,
        priority: 20 - lineOrder * 0.1 - (position === stations.length - 1 || position === 0 ? 0 : 5),
      }];
    });
  });
}

const projected = new Vector3();

/** Names of the stations of the lit lines, laid out on screen so none overlaps another or shows through the body. */
export function StationLabels({ content, lines, index }: { content: Content; lines: readonly BuiltLine[]; index: BodyIndex }) {
  const language = useExplorer((state) => state.language);
  const parent = useThree((state) => state.gl.domElement.parentElement);
  const invalidate = useThree((state) => state.invalidate);
  const labels = useMemo(() => {
    const lineCount = new Set(lines.map((line) => line.lineId)).size;
    return lineCount > MOST_LINES_NAMED ? lineTags(lines, content, language) : stationLabels(lines, content, language);
  }, [lines, content, language]);
  const overlay = useMemo(() => new LabelOverlay(), []);
  useLayoutEffect(() => {
    if (parent) overlay.mount(parent);
    return () => overlay.dispose();
  }, [overlay, parent]);
  useLayoutEffect(() => {
    overlay.setLabels(labels);
    invalidate();
  }, [overlay, labels, invalidate]);

  useFrame(({ camera, size }) => {
    const eye: Point3 = [camera.position.x, camera.position.y, camera.position.z];
    const candidates: LabelCandidate[] = [];
    const named = new Set<string>();
    for (const label of labels) {
      if (named.has(label.id)) continue;
      // A point on the far side of the body, or behind an arm, is not named: its name would float over the wrong skin.
      if (!facesEye({ point: label.anchor, normal: label.normal }, eye, 0.15)) continue;
      if (hiddenBySkin(index, camera.position, label.anchor)) continue;
      const measured = overlay.size(label.key);
      if (!measured) continue;
      named.add(label.id);
      projected.set(...label.anchor).project(camera);
      candidates.push({
        key: label.key,
        anchorX: ((projected.x + 1) / 2) * size.width,
        anchorY: ((1 - projected.y) / 2) * size.height,
        ...measured,
        priority: label.priority,
      });
    }
    overlay.place(layoutLabels(candidates, { width: size.width, height: size.height, blocked: overlay.blockedBy(CONTROLS) }));
  });
  return null;
}
