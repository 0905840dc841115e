// The learn mode turns the skin see-through while something deep is shown (a deep track, a tap question), through
// the same unsaved override the tours use: the student's own setting is never written, so a page closed in the middle
// of a question leaves it as it was.
import { usePreferences } from '../../state/preferences';

export const XRAY_OPACITY = 0.3;
/** Whether the override on screen is ours, so we only ever take back our own. */
let ours = false;

export function setXray(on: boolean): void {
  const { skinOpacity, skinOverride, actions } = usePreferences.getState();
  if (on) {
    // A student whose own skin is already this see-through keeps it; a tour's override is not ours to replace.
    if (skinOverride === null && skinOpacity > XRAY_OPACITY) {
      ours = true;
      actions.setSkinOverride(XRAY_OPACITY);
    }
    return;
  }
  // Moving the slider meanwhile cleared the override (setSkinOpacity): the student's choice holds then.
  if (ours && skinOverride === XRAY_OPACITY) actions.setSkinOverride(null);
  ours = false;
}
