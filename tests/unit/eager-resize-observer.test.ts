import { describe, expect, it } from 'vitest';
import { eagerResizeObserver } from '../../src/scene/eagerResizeObserver';

/** A stand-in for the browser's observer: reports only when told to (as a frame would). */
class FrameResizeObserver {
  static made: FrameResizeObserver[] = [];
  observed = new Set<Element>();
  constructor(readonly callback: ResizeObserverCallback) {
    FrameResizeObserver.made.push(this);
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  frame() {
    if (this.observed.size > 0) this.callback([], this as unknown as ResizeObserver);
  }
}

function setUp() {
  const queued: (() => void)[] = [];
  const Eager = eagerResizeObserver(FrameResizeObserver as unknown as typeof ResizeObserver, (work) => queued.push(work));
  const calls: number[] = [];
  const observer = new Eager(() => calls.push(calls.length));
  const element = {} as Element;
  const flush = () => queued.splice(0).forEach((work) => work());
  return { observer, element, calls, flush, base: FrameResizeObserver.made.at(-1)! };
}

describe('eager resize observer', () => {
  it('reports once right after observe, without waiting for a frame, and then as the real observer does', () => {
    const { observer, element, calls, flush, base } = setUp();
    observer.observe(element);
    expect(calls).toHaveLength(0);
    flush();
    expect(calls).toHaveLength(1);
    base.frame();
    expect(calls).toHaveLength(2);
  });

  it('says nothing for an element no longer observed by the time it would report', () => {
    for (const stop of ['unobserve', 'disconnect'] as const) {
      const { observer, element, calls, flush } = setUp();
      observer.observe(element);
      if (stop === 'unobserve') observer.unobserve(element);
      else observer.disconnect();
      flush();
      expect(calls, stop).toHaveLength(0);
    }
  });
});
