// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderList } from '../../src/modes/learn/OrderList';
import { moveItem } from '../../src/modes/learn/order';
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
  it('moves the focused item with the arrow keys and says where it now stands', () => {
    renderWithContent(<Harness />);
    const first = screen.getByRole('button', { name: /C$/ });
    fireEvent.click(first);
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(screen.getByTestId('order').textContent).toBe('abc');
    expect(screen.getByText('C is now number 3 of 3.')).toBeTruthy();
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
