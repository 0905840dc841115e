/** The order after moving the item at `from` to `to` (both 0-based). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(to, 0, item);
  return copy;
}

/** What a key does on the ordering list, which is one Tab stop: the arrows walk it, a held item moves. */
export type OrderKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'move'; to: number }
  | { kind: 'drop' };

const STEP: Readonly<Record<string, -1 | 1>> = { ArrowUp: -1, ArrowDown: 1 };

/**
 * The list's keys (as a reorderable listbox): ↑/↓ move the focus, Home/End go to the ends; Alt+↑/↓ moves the focused
 * item at once; Space or Enter picks it up (the item is a button: that is its click, handled there), then ↑/↓ and
 * Home/End move it, and Escape (or Space, Enter again) puts it down. Null for any other key, which the browser keeps:
 * Tab leaves the list.
 */
export function orderKeyAction(key: string, altKey: boolean, held: boolean, index: number, count: number): OrderKeyAction | null {
  const clamp = (to: number) => Math.max(0, Math.min(count - 1, to));
  const step = STEP[key];
  if (step !== undefined) return held || altKey ? { kind: 'move', to: clamp(index + step) } : { kind: 'focus', index: clamp(index + step) };
  if (key === 'Home' || key === 'End') {
    const end = key === 'Home' ? 0 : count - 1;
    return held ? { kind: 'move', to: end } : { kind: 'focus', index: end };
  }
  if (key === 'Escape' && held) return { kind: 'drop' };
  return null;
}
