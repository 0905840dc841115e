// The 3D view's first size, measured as soon as its element is observed rather than at the next frame.
// R3F's Canvas creates its renderer (the WebGL context) only once it knows its size, which it learns from a
// ResizeObserver; an observer first reports in the next frame's rendering steps. At start that frame waits for
// the GPU side to draw the page's first picture (in software GL ~0.4 s, measured with tools/bench/trace.ts), so
// the context, and the body, waited for it. Here `observe` reports at once (a microtask later) and then the real
// observer carries on.

type Callback = (entries: ResizeObserverEntry[], observer: ResizeObserver) => void;

/** A ResizeObserver whose first report for an element comes a microtask after `observe`, not a frame later. */
export function eagerResizeObserver(Base: typeof ResizeObserver, queue: (work: () => void) => void = queueMicrotask): typeof ResizeObserver {
  return class EagerResizeObserver extends Base {
    readonly #callback: Callback;
    #observing = new Set<Element>();

    constructor(callback: Callback) {
      super(callback);
      this.#callback = callback;
    }

    override observe(target: Element, options?: ResizeObserverOptions): void {
      super.observe(target, options);
      this.#observing.add(target);
      queue(() => {
        // Only while still observed (a quick unmount disconnects first). The callback measures for itself
        // (react-use-measure reads getBoundingClientRect): it needs no entry.
        if (this.#observing.has(target)) this.#callback([], this);
      });
    }

    override unobserve(target: Element): void {
      this.#observing.delete(target);
      super.unobserve(target);
    }

    override disconnect(): void {
      this.#observing.clear();
      super.disconnect();
    }
  };
}
