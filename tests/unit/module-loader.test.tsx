// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { moduleLoader } from '../../src/ui/moduleLoader';

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError = () => ({ failed: true });
  override render = () => (this.state.failed ? <p>failed</p> : this.props.children);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('a module loaded for a component without Suspense', () => {
  it('renders the placeholder while loading and the module at once when it is there', async () => {
    const load = deferred<{ Greeting: () => ReactNode }>();
    let calls = 0;
    const code = moduleLoader(() => (calls++, load.promise));
    function View() {
      const module = code.useModule();
      return module ? <module.Greeting /> : <p>loading</p>;
    }
    render(<View />);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => load.resolve({ Greeting: () => <p>hello</p> }));
    expect(screen.getByText('hello')).toBeTruthy();
    render(<View />);
    expect(screen.getAllByText('hello')).toHaveLength(2);
    expect(calls).toBe(1);
  });

  it('a failed load reaches the error boundary, and after a reset the next try loads again', async () => {
    const attempts = [deferred<string>(), deferred<string>()];
    let calls = 0;
    const code = moduleLoader(() => attempts[calls++]!.promise);
    function View() {
      return <p>{code.useModule() ?? 'loading'}</p>;
    }
    const first = render(<Boundary><View /></Boundary>);
    await act(async () => attempts[0]!.reject(new Error('chunk missing')));
    expect(first.getByText('failed')).toBeTruthy();
    first.unmount();
    code.reset();
    const second = render(<View />);
    expect(second.getByText('loading')).toBeTruthy();
    await act(async () => attempts[1]!.resolve('3D view'));
    expect(second.getByText('3D view')).toBeTruthy();
    expect(calls).toBe(2);
  });
});
