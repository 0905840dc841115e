import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button that opens a small panel above the stage (the key, the layers). It closes on Escape, on a tap outside and
 * on the button again, and gives focus back to the button, so a keyboard user never gets lost.
 */
export function Popover({ label, icon, className = '', children }: {
  label: string;
  icon: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // The popover takes this Escape; the panel behind it stays open.
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className={`popover ${className}`} ref={root}>
      <button
        ref={button}
        type="button"
        className="stage-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((now) => !now)}
      >
        {icon}
        <span className="stage-button__label">{label}</span>
      </button>
      <div id={id} className="popover__panel" role="group" aria-label={label} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
