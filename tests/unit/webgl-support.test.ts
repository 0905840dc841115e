// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasWebGL, useWebGLAvailability, useWebGLMissingAfterFailure, webglApiExists } from '../../src/body2d/webglSupport';

const canvasWith = (context: unknown) => () => ({ getContext: () => context }) as unknown as HTMLCanvasElement;

describe('WebGL availability, asked only when the 3D view fails', () => {
  beforeEach(() => useWebGLAvailability.setState({ available: true }));

  it('a canvas without a context means no WebGL; a throwing one too', () => {
    expect(hasWebGL(canvasWith(null))).toBe(false);
    expect(hasWebGL(() => { throw new Error('blocked'); })).toBe(false);
    expect(hasWebGL(canvasWith({ getExtension: () => null }))).toBe(true);
  });

  it('without the API at all nothing is tried', () => {
    expect(webglApiExists({})).toBe(false);
    expect(webglApiExists({ WebGLRenderingContext: class {} })).toBe(true);
  });

  it('a failed view on a device without WebGL switches the app to the flat map', () => {
    const { result } = renderHook(() => useWebGLMissingAfterFailure(() => false));
    expect(result.current).toBe(true);
    expect(useWebGLAvailability.getState().available).toBe(false);
  });

  it('a failed view with WebGL present keeps the 3D path (the model or the view broke, with its own retry)', () => {
    let probes = 0;
    const { result, rerender } = renderHook(() => useWebGLMissingAfterFailure(() => (probes++, true)));
    rerender();
    expect(result.current).toBe(false);
    expect(probes).toBe(1);
    expect(useWebGLAvailability.getState().available).toBe(true);
  });
});
