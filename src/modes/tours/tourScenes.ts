// All the tours the picker offers: the scene files (stories and chains) and the generated line tours.
import type { Content } from '../../content/load';
import type { Scene, SceneAudience } from '../../content/schemas';
import { lineOfTour } from './sceneIds';
import { lineTour, lineTours } from './lineTour';

const KIND_ORDER: Record<Scene['kind'], number> = { story: 0, chain: 1, line: 2 };

/** The practice's own story first (it is the one a client is sent to), then stories, chains, and the lines. */
export const PRACTICE_STORY_ID = 'lower_back_story';

export function allTours(content: Content): Scene[] {
  const files = [...content.scenes.values()].sort(
    (a, b) =>
      Number(b.id === PRACTICE_STORY_ID) - Number(a.id === PRACTICE_STORY_ID) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.id.localeCompare(b.id),
  );
  return [...files, ...lineTours(content)];
}

export function findTour(content: Content, id: string | null): Scene | undefined {
  if (!id) return undefined;
  const line = lineOfTour(id);
  return line ? lineTour(content.lines[line], content) : content.scenes.get(id);
}

export type AudienceFilter = SceneAudience | 'all';

export function toursFor(tours: readonly Scene[], audience: AudienceFilter): Scene[] {
  return audience === 'all' ? [...tours] : tours.filter((scene) => scene.audience === audience);
}
