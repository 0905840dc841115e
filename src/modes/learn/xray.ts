// The learn mode turns the skin see-through while something deep is shown (a deep track, a tap question), and puts
// the student's own choice back afterwards.
import { usePreferences } from '../../state/preferences';

export const XRAY_OPACITY = 0.3;
let before: number | null = null;

export function setXray(on: boolean): void {
  const { skinOpacity, actions } = usePreferences.getState();
  if (on) {
    if (before === null && skinOpacity > XRAY_OPACITY) {
      before = skinOpacity;
      actions.setSkinOpacity(XRAY_OPACITY);
    }
    return;
  }
  // Only undo our own change: a student who moved the slider meanwhile keeps theirs.
  if (before !== null && skinOpacity === XRAY_OPACITY) actions.setSkinOpacity(before);
  before = null;
}
