import { useEffect, useState } from 'react';
import { HINT_KEYS, initialInput, inputOfPointer, type InputKind } from '../explorer/input';
import { useT } from '../i18n/useT';

const NAVIGATION_KEYS = new Set(['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '=']);

/** The hint under the body, in the words of the hand in use: mouse, finger or keys (the last one used). */
export function ViewerHint() {
  const t = useT();
  const [input, setInput] = useState<InputKind>(() =>
    initialInput(typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches),
  );
  useEffect(() => {
    const onPointer = (event: PointerEvent) => setInput(inputOfPointer(event.pointerType));
    const onKey = (event: KeyboardEvent) => {
      if (NAVIGATION_KEYS.has(event.key)) setInput('keyboard');
    };
    window.addEventListener('pointerdown', onPointer, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <p className="viewer__hint" aria-hidden="true" data-input={input}>
      {t(HINT_KEYS[input])}
    </p>
  );
}
