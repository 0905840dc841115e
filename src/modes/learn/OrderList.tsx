import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../i18n/useT';
import { moveItem, orderKeyAction } from './order';

/**
 * Items to put in order: drag one with a finger or the mouse (pointer events), tap one and move it with the buttons
 * beside it, or with the keys. The list is one Tab stop (a roving tabindex), so Tab reaches Check at once: the arrows
 * walk it, Space picks an item up and the arrows carry it, Alt+arrow moves it in one go. Every move is announced.
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
  /** The item picked up to move (a tap, Space or Enter on it). */
  const [selected, setSelected] = useState<string | null>(null);
  /** The item that holds the list's one Tab stop: the last one focused, else the first. */
  const [active, setActive] = useState<string | null>(null);
  const tabStop = active !== null && order.includes(active) ? active : order[0];
  const instructionsId = `${labelledBy}-keys`;
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

  const itemAt = (index: number) =>
    listRef.current?.querySelectorAll<HTMLButtonElement>('.learn-order__item')[index];

  const onKeyDown = (event: KeyboardEvent, id: string) => {
    if (disabled) return;
    const index = order.indexOf(id);
    const action = orderKeyAction(event.key, event.altKey, selected === id, index, order.length);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'focus') itemAt(action.index)?.focus();
    else if (action.kind === 'move') {
      if (action.to === index) setAnnouncement(t('learn.quiz.moved', { name: names(id), position: index + 1, count: order.length }));
      else move(id, action.to);
    } else {
      setSelected(null);
      setAnnouncement(t('learn.order.dropped', { name: names(id), position: index + 1, count: order.length }));
    }
  };

  const toggleHeld = (id: string) => {
    const index = order.indexOf(id);
    const values = { name: names(id), position: index + 1, count: order.length };
    setSelected(selected === id ? null : id);
    setAnnouncement(t(selected === id ? 'learn.order.dropped' : 'learn.order.held', values));
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
      <p id={instructionsId} className="visually-hidden">{t('learn.order.keys')}</p>
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
              aria-describedby={instructionsId}
              tabIndex={id === tabStop ? 0 : -1}
              disabled={disabled}
              onFocus={() => setActive(id)}
              onClick={() => toggleHeld(id)}
              onKeyDown={(event) => onKeyDown(event, id)}
            >
              <span className="learn-order__position" aria-hidden="true">{index + 1}</span> {names(id)}
            </button>
            {/* For a finger or the mouse; the keys move the item itself, so these are no Tab stops of their own. */}
            <span className="learn-order__moves">
              <button type="button" className="icon-button" tabIndex={-1} disabled={disabled || index === 0}
                aria-label={t('learn.quiz.moveUp', { name: names(id) })} onClick={() => move(id, index - 1)}>↑</button>
              <button type="button" className="icon-button" tabIndex={-1} disabled={disabled || index === order.length - 1}
                aria-label={t('learn.quiz.moveDown', { name: names(id) })} onClick={() => move(id, index + 1)}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </>
  );
}
