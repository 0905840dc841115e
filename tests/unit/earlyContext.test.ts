import { describe, expect, it } from 'vitest';
import { startEarlyContext, takeEarlyContext, VIEW_CONTEXT_ATTRIBUTES } from '../../src/scene/earlyContext';

/** A canvas stand-in whose WebGL2 context can be refused or lost. */
function fakeCanvas(context: { isContextLost: () => boolean } | null, asked: unknown[] = []) {
  return () => ({ getContext: (name: string, attributes: unknown) => (asked.push([name, attributes]), context) }) as unknown as HTMLCanvasElement;
}

describe('the context asked for at start', () => {
  it('asks for WebGL2 with the view’s attributes and hands it over once', () => {
    const asked: unknown[] = [];
    startEarlyContext(fakeCanvas({ isContextLost: () => false }, asked));
    expect(asked).toEqual([['webgl2', VIEW_CONTEXT_ATTRIBUTES]]);
    expect(takeEarlyContext()).toBeDefined();
    // A second view (after a lost context, a retry) makes its own.
    expect(takeEarlyContext()).toBeUndefined();
  });

  it('hands over nothing when the context was lost meanwhile, refused, or the canvas threw', () => {
    startEarlyContext(fakeCanvas({ isContextLost: () => true }));
    expect(takeEarlyContext()).toBeUndefined();
    startEarlyContext(fakeCanvas(null));
    expect(takeEarlyContext()).toBeUndefined();
    startEarlyContext(() => { throw new Error('no canvas'); });
    expect(takeEarlyContext()).toBeUndefined();
  });
});
