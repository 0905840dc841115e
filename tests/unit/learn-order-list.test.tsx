// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderList } from '../../src/modes/learn/OrderList';
import { moveItem, orderKeyAction } from '../../src/modes/learn/order';
import { useExplorer } from '../../src/state/explorerStore';
import { renderWithContent } from './contentFixture';

function Harness() {
  const [order, setOrder] = useState(['c', 'a', 'b']);
  return (
    <>
      <p id="prompt">Order</p>
      <OrderList answer={['a', 'b', 'c']} order={order} names={(id) => id.toUpperCase()} onChange={setOrder} disabled={false} labelledBy="prompt" />
      <output data-testid="order">{order.join('')}</output>
    </>
  );
}

beforeEach(() => useExplorer.setState({ language: 'en' }));
afterEach(cleanup);

describe('putting stations in order without a mouse', () => {
  it('is one Tab stop: only one item takes Tab, the arrows walk the list and the move buttons are for the finger', () => {
    renderWithContent(<Harness />);
    const items = screen.getAllByRole('button', { pressed: false });
    expect(items.map((item) => item.tabIndex)).toEqual([0, -1, -1]);
    for (const moveButton of screen.getAllByRole('button', { name: /^Move / })) expect(moveButton.tabIndex).toBe(-1);
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    expect(items.map((item) => item.tabIndex)).toEqual([-1, 0, -1]);
    // Walking changes nothing in the order.
    expect(screen.getByTestId('order').textContent).toBe('cab');
    expect(items[0]!.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('moves a picked-up item with the arrows and puts it down, saying where it stands', () => {
    renderWithContent(<Harness />);
    const first = screen.getByRole('button', { name: /C$/ });
    fireEvent.click(first);
    expect(screen.getByText(/C picked up, at number 1 of 3/)).toBeTruthy();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(screen.getByTestId('order').textContent).toBe('abc');
    expect(screen.getByText('C is now number 3 of 3.')).toBeTruthy();
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.getByText('C put down at number 3 of 3.')).toBeTruthy();
    expect(first.getAttribute('aria-pressed')).toBe('false');
  });

  it('moves the focused item at once with Alt and an arrow', () => {
    renderWithContent(<Harness />);
    const a = screen.getByRole('button', { name: /A$/ });
    fireEvent.keyDown(a, { key: 'ArrowUp', altKey: true });
    expect(screen.getByTestId('order').textContent).toBe('acb');
  });

  it('reads the keys as a reorderable list does', () => {
    expect(orderKeyAction('ArrowDown', false, false, 0, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(orderKeyAction('ArrowUp', false, false, 0, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(orderKeyAction('End', false, false, 0, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(orderKeyAction('ArrowDown', false, true, 1, 3)).toEqual({ kind: 'move', to: 2 });
    expect(orderKeyAction('ArrowDown', true, false, 2, 3)).toEqual({ kind: 'move', to: 2 });
    expect(orderKeyAction('Home', false, true, 2, 3)).toEqual({ kind: 'move', to: 0 });
    expect(orderKeyAction('Escape', false, true, 1, 3)).toEqual({ kind: 'drop' });
    expect(orderKeyAction('Escape', false, false, 1, 3)).toBeNull();
    expect(orderKeyAction('Tab', false, true, 1, 3)).toBeNull();
  });

  it('moves with the labelled buttons too', () => {
    renderWithContent(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Move A up' }));
    expect(screen.getByTestId('order').textContent).toBe('acb');
  });

  it('moveItem keeps every item once', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });
});
