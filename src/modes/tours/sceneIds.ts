// The ids a scene link may name: the scene files and one generated tour per line. Small on purpose: the shell
// reads it at start to check `scene=` in a link, before the tours' own code is loaded.
import { LINE_IDS, type LineId } from '../../content/ids';

export const LINE_TOUR_PREFIX = 'line_';

/** `line_sbl` for the Superficial Back Line's tour. */
export const lineTourId = (line: LineId): string => `${LINE_TOUR_PREFIX}${line}`;

export function lineOfTour(sceneId: string): LineId | undefined {
  const id = sceneId.startsWith(LINE_TOUR_PREFIX) ? sceneId.slice(LINE_TOUR_PREFIX.length) : '';
  return (LINE_IDS as readonly string[]).includes(id) ? (id as LineId) : undefined;
}

export function tourSceneIds(sceneFiles: Iterable<string>): Set<string> {
  return new Set([...sceneFiles, ...LINE_IDS.map(lineTourId)]);
}
