import { describe, expect, it } from 'vitest';
import { KEPT_TRACES, compareTraces, exportFile, keepTrace, mergeTraces, readExport, type KeptTrace } from '../../src/modes/trace/history';
import { breathAt, clock } from '../../src/modes/trace/breath';
import { flowDots, flowPaths, pointAlong, FLOW_RUNS, FLOW_SECONDS } from '../../src/modes/trace/flow';
import { qrPath } from '../../src/modes/trace/qr';
import { traceLink } from '../../src/modes/trace/shareLink';
import { restoreKept, envelope } from '../../src/storage/versioned';

const monday: KeptTrace = { date: '2026-11-30', pins: [{ region: 'lower_back', intensity: 3 }, { region: 'foot_l', intensity: 2 }] };
const friday: KeptTrace = { date: '2026-12-04', pins: [{ region: 'lower_back', intensity: 1 }, { region: 'ankle_l', intensity: 2 }, { region: 'jaw', intensity: 2 }] };

describe('comparing with the last trace', () => {
  it('tells spots that came, went, moved, and got stronger or milder', () => {
    expect(compareTraces(monday.pins, friday.pins)).toEqual({
      came: ['jaw'],
      went: [],
      moved: [{ from: 'foot_l', to: 'ankle_l' }],
      stronger: [],
      milder: ['lower_back'],
    });
  });

  it('calls a spot on the other side of the body moved, and one far away gone and new', () => {
    expect(compareTraces([{ region: 'knee_l', intensity: 2 }], [{ region: 'knee_r', intensity: 2 }]).moved).toEqual([{ from: 'knee_l', to: 'knee_r' }]);
    const far = compareTraces([{ region: 'foot_l', intensity: 2 }], [{ region: 'head', intensity: 2 }]);
    expect(far).toMatchObject({ came: ['head'], went: ['foot_l'], moved: [] });
  });
});

describe('keeping traces per date', () => {
  it('keeps one trace a day, the latest, oldest first', () => {
    const later = { ...monday, pins: [{ region: 'jaw' as const, intensity: 1 as const }] };
    expect(keepTrace([friday, monday], later)).toEqual([later, friday]);
  });

  it('adds imported traces for new dates only', () => {
    const merged = mergeTraces([monday], [{ ...monday, pins: [{ region: 'jaw', intensity: 1 }] }, friday]);
    expect(merged.added).toBe(1);
    expect(merged.traces).toEqual([monday, friday]);
  });

  it('restores what it wrote, and calls a damaged entry damaged', () => {
    expect(restoreKept(KEPT_TRACES, envelope(KEPT_TRACES, [monday]))).toEqual({ ok: true, value: [monday] });
    const broken = { version: 1, savedAt: '', data: [{ date: 'monday', pins: [] }] };
    expect(restoreKept(KEPT_TRACES, broken)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});

describe('importing an export file', () => {
  it('reads back what it exported', () => {
    const text = JSON.stringify(exportFile([monday, friday], new Date('2026-12-04T10:00:00Z')));
    expect(readExport(text)).toEqual({ ok: true, traces: [monday, friday] });
  });

  it('refuses a file that is not JSON, not ours, or damaged, saying which', () => {
    expect(readExport('{"app": "fascia-line')).toEqual({ ok: false, reason: 'not_json' });
    expect(readExport(JSON.stringify({ notes: ['private'] }))).toEqual({ ok: false, reason: 'not_traces' });
    const damaged = structuredClone(exportFile([monday], new Date()));
    (damaged.traces[0] as { pins: unknown }).pins = [{ region: 'elbow', intensity: 9 }];
    expect(readExport(JSON.stringify(damaged))).toEqual({ ok: false, reason: 'damaged' });
    expect(readExport(JSON.stringify({ ...exportFile([monday], new Date()), name: 'Anna' }))).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('the share link and its QR code', () => {
  it('carries the language, the mode and the pins only', () => {
    expect(traceLink('https://praktijk.nl', '/', 'nl', monday.pins)).toBe('https://praktijk.nl/?lang=nl&mode=trace&trace=lower_back:3,foot_l');
  });

  it('draws a square code with a quiet zone, as many dark modules as the generator says', () => {
    const qr = qrPath('https://praktijk.nl/?lang=nl&mode=trace&trace=lower_back:3,foot_l');
    expect(qr.size).toBeGreaterThanOrEqual(25);
    expect(qr.viewBox).toBe(qr.size + 8);
    expect(qr.d.startsWith('M4 4h1')).toBe(true); // the finder pattern's corner
  });
});

describe('the guided minute', () => {
  it('breathes in for four seconds and out for six, and ends after a minute', () => {
    expect(breathAt(0).phase).toBe('in');
    expect(breathAt(3.9).phase).toBe('in');
    expect(breathAt(4.1).phase).toBe('out');
    expect(breathAt(10.1).phase).toBe('in');
    expect(breathAt(4).fullness).toBeCloseTo(1);
    expect(breathAt(59.5).done).toBe(false);
    expect(breathAt(60).done).toBe(true);
    expect(clock(breathAt(17.2).remainingSeconds)).toBe('0:43');
  });
});

describe('the flow from a pin', () => {
  const strand = Array.from({ length: 11 }, (_, index) => [0, index * 0.1, 0] as const);

  it('runs both ways from the point of the strand nearest the pin', () => {
    const paths = flowPaths([strand], [0.02, 0.5, 0]);
    expect(paths).toHaveLength(2);
    expect(paths.map((path) => path.length.toFixed(2))).toEqual(['0.50', '0.50']);
    expect(pointAlong(paths[0]!, 0.25)[1]).toBeCloseTo(0.75);
    expect(pointAlong(paths[1]!, 0.25)[1]).toBeCloseTo(0.25);
  });

  it('leaves out strands that do not pass near the pin', () => {
    expect(flowPaths([strand], [0.5, 0.5, 0])).toEqual([]);
  });

  it('moves while it runs and stands still after, the same still picture as under reduced motion', () => {
    const [path] = flowPaths([strand], [0, 0, 0]);
    const early = flowDots(path!, 0.5).map((dot) => dot.at);
    const later = flowDots(path!, 1.5).map((dot) => dot.at);
    expect(later[0]).toBeGreaterThan(early[0]!);
    expect(flowDots(path!, FLOW_SECONDS * FLOW_RUNS + 1)).toEqual(flowDots(path!, undefined));
  });
});
