// A lazily loaded module for a component to render once it is there, without Suspense: a boundary that showed its
// fallback waits 300 ms (React's throttle) before it shows what resolved, which the 3D view's start paid.
import { useEffect, useReducer } from 'react';

export interface ModuleLoader<T> {
  /** Starts the load (once); resolves when it is done, whether it worked or not. */
  start(): Promise<void>;
  /** The module, or undefined while it loads; a failed load throws (for an error boundary) until `reset`. */
  useModule(): T | undefined;
  /** Forgets a failed load, so the next render loads again (an error boundary's retry). */
  reset(): void;
}

export function moduleLoader<T>(load: () => Promise<T>): ModuleLoader<T> {
  let module: T | undefined;
  let failure: { error: unknown } | undefined;
  let pending: Promise<void> | undefined;
  const start = () =>
    (pending ??= load().then(
      (loaded) => {
        module = loaded;
      },
      (error: unknown) => {
        failure = { error };
      },
    ));
  return {
    start,
    useModule() {
      const [, rerender] = useReducer((count: number) => count + 1, 0);
      const waiting = module === undefined && failure === undefined;
      useEffect(() => {
        if (!waiting) return;
        let mounted = true;
        void start().then(() => {
          if (mounted) rerender();
        });
        return () => {
          mounted = false;
        };
      }, [waiting]);
      if (failure) throw failure.error;
      return module;
    },
    reset() {
      if (!failure) return;
      failure = undefined;
      pending = undefined;
    },
  };
}
