import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../i18n/useT';
import { moveItem } from './order';

/**
 * Items to put in order: drag one with a finger or the mouse (pointer events), or select one and move it with the
 * arrow keys or the buttons beside it. Every move is announced for a screen reader.
 */
export function OrderList({
  answer,
  order,
  names,
  onChange,
  disabled,
  labelledBy,
}: {
  /** The right order: only written on the rows as data-answer-index, for the browser tests. */
  answer: readonly string[];
  order: readonly string[];
  names: (id: string) => string;
  onChange: (order: string[]) => void;
  disabled: boolean;
  labelledBy: string;
}) {
  const t = useT();
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const move = (id: string, to: number, focus = true) => {
    const from = order.indexOf(id);
    const target = Math.max(0, Math.min(order.length - 1, to));
    if (from < 0 || from === target) return;
    onChange(moveItem(order, from, target));
    setAnnouncement(t('learn.quiz.moved', { name: names(id), position: target + 1, count: order.length }));
    if (focus) requestAnimationFrame(() => listRef.current?.querySelector<HTMLButtonElement>(`[data-station="${id}"] .learn-order__item`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent, id: string) => {
    if (disabled) return;
    const index = order.indexOf(id);
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      if (selected !== id) setSelected(id);
      move(id, index + (event.key === 'ArrowUp' ? -1 : 1));
    }
  };

  // Dragging: the row under the pointer is where the item goes.
  const rowIndexAt = (clientY: number): number => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('.learn-order__row') ?? [])];
    const index = rows.findIndex((row) => clientY < row.getBoundingClientRect().bottom);
    return index < 0 ? rows.length - 1 : index;
  };
  const onPointerDown = (event: PointerEvent, id: string) => {
    if (disabled) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(id);
    setSelected(id);
  };
  const onPointerMove = (event: PointerEvent, id: string) => {
    if (dragging !== id) return;
    const to = rowIndexAt(event.clientY);
    if (to !== order.indexOf(id)) move(id, to, false);
  };
  const endDrag = () => setDragging(null);

  return (
    <>
      <ol className="learn-order" ref={listRef} aria-labelledby={labelledBy}>
        {order.map((id, index) => (
          <li key={id} className={`learn-order__row${dragging === id ? ' learn-order__row--dragging' : ''}`} data-station={id} data-answer-index={answer.indexOf(id)}>
            <span
              className="learn-order__handle"
              aria-hidden="true"
              onPointerDown={(event) => onPointerDown(event, id)}
              onPointerMove={(event) => onPointerMove(event, id)}
              onPointerUp={endDrag}
              onPointerCancel={endDrag}
            >⠿</span>
            <button
              type="button"
              className="learn-order__item"
              aria-pressed={selected === id}
              disabled={disabled}
              onClick={() => {
                setSelected(selected === id ? null : id);
                if (selected !== id) setAnnouncement(t('learn.quiz.selected', { name: names(id) }));
              }}
              onKeyDown={(event) => onKeyDown(event, id)}
            >
              <span className="learn-order__position" aria-hidden="true">{index + 1}</span> {names(id)}
            </button>
            <span className="learn-order__moves">
              <button type="button" className="icon-button" disabled={disabled || index === 0}
                aria-label={t('learn.quiz.moveUp', { name: names(id) })} onClick={() => move(id, index - 1)}>↑</button>
              <button type="button" className="icon-button" disabled={disabled || index === order.length - 1}
                aria-label={t('learn.quiz.moveDown', { name: names(id) })} onClick={() => move(id, index + 1)}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </>
  );
}
