// Which model names the learn layer marks on the body: the item studied (or a quiz's answer) and the parts the
// compared lines share. Pure: the layer only looks the names up in the BodyIndex.
import type { Focus } from '../../state/explorerStore';
import type { SharedParts } from './shared';

export type MarkStyle = 'focus' | 'shared';

export interface BodyMark {
  style: MarkStyle;
  kind: 'station' | 'track';
  id: string;
  /** Both sides and the midline form: the index holds whichever the model has. */
  names: string[];
}

const candidates = (prefix: string, id: string) => [`${prefix}_${id}`, `${prefix}_${id}_l`, `${prefix}_${id}_r`];

export function bodyMarks(focus: Focus | null, shared: SharedParts | null): BodyMark[] {
  const marks: BodyMark[] = [];
  if (shared) {
    for (const id of shared.structures) marks.push({ style: 'shared', kind: 'track', id, names: candidates('track', id) });
    for (const id of shared.landmarks) marks.push({ style: 'shared', kind: 'station', id, names: candidates('landmark', id) });
  }
  if (focus) {
    marks.push({ style: 'focus', kind: focus.kind, id: focus.id, names: candidates(focus.kind === 'track' ? 'track' : 'landmark', focus.id) });
  }
  return marks;
}
