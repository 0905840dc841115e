import { beforeEach, describe, expect, it } from 'vitest';
import { formatPins, parsePins, tapPin } from '../../src/modes/trace/pins';
import { traceUrlPart } from '../../src/modes/trace/traceUrl';
import { useTrace } from '../../src/modes/trace/traceStore';
import { urlParts } from '../../src/state/urlParts';
import { useExplorer } from '../../src/state/explorerStore';
import '../../src/modes/urlParts';

describe('pins in a link', () => {
  it('reads regions with an optional intensity, and writes them back the same', () => {
    const dropped: string[] = [];
    const pins = parsePins('lower_back:3,foot_l', dropped);
    expect(pins).toEqual([{ region: 'lower_back', intensity: 3 }, { region: 'foot_l', intensity: 2 }]);
    expect(dropped).toEqual([]);
    expect(formatPins(pins)).toBe('lower_back:3,foot_l');
  });

  it('drops unknown regions and intensities with a note, and keeps the rest', () => {
    const dropped: string[] = [];
    expect(parsePins('elbow,foot:2,jaw:7,knee_r:1,knee_r:3,neck:2:1', dropped)).toEqual([{ region: 'knee_r', intensity: 1 }]);
    expect(dropped).toEqual(['trace=elbow', 'trace=foot:2', 'trace=jaw:7', 'trace=neck:2:1']);
  });

  it('round-trips any set of pins', () => {
    const regions = ['foot_l', 'jaw', 'shoulder_r', 'lower_back'] as const;
    for (let seed = 0; seed < 50; seed++) {
      const pins = regions.filter((_, index) => (seed >> index) & 1).map((region, index) => ({ region, intensity: ((seed + index) % 3) + 1 as 1 | 2 | 3 }));
      expect(parsePins(formatPins(pins), [])).toEqual(pins);
    }
  });
});

describe('tapping a spot', () => {
  it('pins it, raises it, then takes it away', () => {
    let pins = tapPin([], 'jaw');
    expect(pins).toEqual([{ region: 'jaw', intensity: 2 }]);
    pins = tapPin(pins, 'jaw');
    expect(pins).toEqual([{ region: 'jaw', intensity: 3 }]);
    expect(tapPin(pins, 'jaw')).toEqual([]);
  });

  it('can be undone', () => {
    useTrace.getState().actions.setPins([{ region: 'jaw', intensity: 3 }]);
    useTrace.getState().actions.tap('jaw');
    expect(useTrace.getState().pins).toEqual([]);
    useTrace.getState().actions.undo();
    expect(useTrace.getState().pins).toEqual([{ region: 'jaw', intensity: 3 }]);
  });
});

describe('the trace part of the URL', () => {
  beforeEach(() => {
    useTrace.getState().actions.setPins([]);
    useExplorer.setState({ mode: 'explore' });
  });

  it('is registered with the other URL parts', () => {
    expect(urlParts()).toContain(traceUrlPart);
  });

  it('opens the trace from a link, and writes only pins and intensities while the trace is on screen', () => {
    const dropped: string[] = [];
    traceUrlPart.read(new URLSearchParams('trace=lower_back:3,foot_l,nope'), dropped);
    expect(useExplorer.getState().mode).toBe('trace');
    expect(dropped).toEqual(['trace=nope']);
    const params = new URLSearchParams();
    traceUrlPart.write(params);
    expect(params.toString()).toBe('trace=lower_back%3A3%2Cfoot_l');
    useExplorer.setState({ mode: 'explore' });
    const elsewhere = new URLSearchParams();
    traceUrlPart.write(elsewhere);
    expect(elsewhere.has('trace')).toBe(false);
  });
});
