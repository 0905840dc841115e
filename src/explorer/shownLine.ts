// A lit line and the side it is lit on: the explorer's own words, used by the URL, the store and the 3D view alike.
import type { LineId } from '../content/ids';

export type LineSide = 'both' | 'l' | 'r';

export interface ShownLine {
  id: LineId;
  side: LineSide;
}
