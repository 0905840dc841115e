import { describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from '../../src/scene/idleQueue';
import { precompileHidden } from '../../src/scene/precompile';
import { SETTLE_AT_THE_LATEST_MS, whenViewerSettled, type SettleDeps } from '../../src/state/viewerSettled';

/** An idle queue the test drains by hand. */
function manualIdle() {
  const waiting: (() => void)[] = [];
  return {
    whenIdle: (work: () => void) => void waiting.push(work),
    drainOne: () => waiting.shift()?.(),
    get size() {
      return waiting.length;
    },
  };
}

describe('runWhenIdle', () => {
  it('runs one piece per idle moment, in order, only after its condition', async () => {
    const idle = manualIdle();
    const done: number[] = [];
    let release = () => {};
    const after = new Promise<void>((resolve) => (release = resolve));
    runWhenIdle([1, 2, 3].map((n) => () => void done.push(n)), idle.whenIdle, after);
    await Promise.resolve();
    expect(idle.size).toBe(0);
    release();
    await after;
    await Promise.resolve();
    idle.drainOne();
    expect(done).toEqual([1]);
    idle.drainOne();
    idle.drainOne();
    expect(done).toEqual([1, 2, 3]);
    idle.drainOne();
    expect(idle.size).toBe(0);
  });

  it('stops when cancelled', async () => {
    const idle = manualIdle();
    const done: number[] = [];
    const stop = runWhenIdle([1, 2].map((n) => () => void done.push(n)), idle.whenIdle);
    await Promise.resolve();
    await Promise.resolve();
    idle.drainOne();
    stop();
    idle.drainOne();
    expect(done).toEqual([1]);
  });
});

describe('whenViewerSettled', () => {
  function deps(ready: boolean) {
    const listeners = new Set<() => void>();
    const timers: { work: () => void; ms: number }[] = [];
    const idle = manualIdle();
    const settle: SettleDeps = {
      isReady: () => ready,
      onReady: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      setTimer: (work, ms) => timers.push({ work, ms }),
      whenIdle: idle.whenIdle,
    };
    return { settle, listeners, timers, idle };
  }

  it('waits for the body to be drawn, then for an idle moment, and runs once', () => {
    const work = vi.fn();
    const { settle, listeners, timers, idle } = deps(false);
    whenViewerSettled(work, settle);
    expect(work).not.toHaveBeenCalled();
    for (const listener of [...listeners]) listener();
    expect(work).not.toHaveBeenCalled();
    idle.drainOne();
    expect(work).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    // The fallback timer firing later does not run it again.
    timers[0]?.work();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs anyway after a while when the body is never drawn (no WebGL)', () => {
    const work = vi.fn();
    const { settle, timers } = deps(false);
    whenViewerSettled(work, settle);
    expect(timers[0]?.ms).toBe(SETTLE_AT_THE_LATEST_MS);
    timers[0]?.work();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('only waits for an idle moment when the body is already drawn', () => {
    const work = vi.fn();
    const { settle, idle, timers } = deps(true);
    whenViewerSettled(work, settle);
    expect(timers).toHaveLength(0);
    idle.drainOne();
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('precompileHidden and lineWarmUp', () => {
  it('compiles hidden objects as if shown, and hides them again at once', async () => {
    const { Group, Mesh, PerspectiveCamera, Scene } = await import('three');
    const root = new Group();
    const hiddenGroup = new Group();
    hiddenGroup.visible = false;
    const mesh = new Mesh();
    mesh.visible = false;
    hiddenGroup.add(mesh);
    root.add(hiddenGroup);
    const seen: boolean[] = [];
    let uniformsRead = 0;
    const gl = {
      compileAsync: (object: InstanceType<typeof Group>) => {
        object.traverse((child) => seen.push(child.visible));
        return Promise.resolve(object);
      },
      properties: { get: () => ({ currentProgram: { getUniforms: () => uniformsRead++ } }) },
    };
    await precompileHidden(gl as never, root, new PerspectiveCamera(), new Scene());
    expect(seen).toEqual([true, true, true]);
    // The mesh's program had its first use while idle, not at its first draw.
    expect(uniformsRead).toBe(1);
    expect(hiddenGroup.visible).toBe(false);
    expect(mesh.visible).toBe(false);
  });

  it('builds the first line, compiles, builds the rest, compiles again', async () => {
    const { lineWarmUp } = await import('../../src/scene/precompile');
    const log: string[] = [];
    const lines = ['a', 'b', 'c'].map((id) => ({ lineId: id, side: 'l', strands: [] }) as never);
    for (const piece of lineWarmUp(lines, (line) => void log.push((line as { lineId: string }).lineId), () => void log.push('compile'))) piece();
    expect(log).toEqual(['a', 'compile', 'b', 'c', 'compile']);
    expect(lineWarmUp([], () => {}, () => {})).toEqual([]);
  });
});
