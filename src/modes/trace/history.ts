// Traces kept on the device, one per date, and what changed since the last one. Pure: storage is in keptTraces.ts.
import { z } from 'zod';
import { REGION_IDS, regionBase, regionSide, type RegionId } from '../../content/ids';
import type { KeptKind } from '../../storage/versioned';
import type { Intensity, Pin } from './pins';

export interface KeptTrace {
  /** The day of the trace, `YYYY-MM-DD` in the device's time zone. */
  date: string;
  pins: Pin[];
}

const pinSchema = z.strictObject({
  region: z.enum(REGION_IDS as [RegionId, ...RegionId[]]),
  intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});
const keptTraceSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-02'),
  pins: z.array(pinSchema).min(1).max(REGION_IDS.length),
});
const tracesSchema = z.array(keptTraceSchema);

/** Version 1: a list of traces, oldest first. */
export const KEPT_TRACES: KeptKind<KeptTrace[]> = {
  key: 'traces',
  version: 1,
  migrations: {},
  check: (data) => {
    const parsed = tracesSchema.safeParse(data);
    return parsed.success ? (parsed.data as KeptTrace[]) : undefined;
  },
};

export function dateOf(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Keeps a trace for its date: a second trace on the same day replaces the first. Oldest first. */
export function keepTrace(traces: readonly KeptTrace[], trace: KeptTrace): KeptTrace[] {
  return [...traces.filter((kept) => kept.date !== trace.date), trace].sort((a, b) => a.date.localeCompare(b.date));
}

/** Adds imported traces for dates not kept yet; a date already kept keeps what is on the device. */
export function mergeTraces(kept: readonly KeptTrace[], imported: readonly KeptTrace[]): { traces: KeptTrace[]; added: number } {
  const dates = new Set(kept.map((trace) => trace.date));
  const fresh = imported.filter((trace) => !dates.has(trace.date) && dates.add(trace.date));
  return { traces: [...kept, ...fresh].sort((a, b) => a.date.localeCompare(b.date)), added: fresh.length };
}

export interface TraceChange {
  came: RegionId[];
  went: RegionId[];
  /** A spot that went and one that came next to it (the same part on the other side, or the part beside it). */
  moved: { from: RegionId; to: RegionId }[];
  stronger: RegionId[];
  milder: RegionId[];
}

/** Body parts that lie next to each other, for telling a spot that moved from one that went. */
const NEIGHBOURS: readonly (readonly string[])[] = [
  ['foot', 'ankle'], ['ankle', 'lower_leg'], ['lower_leg', 'knee'], ['knee', 'thigh'], ['thigh', 'hip'], ['hip', 'pelvis'],
  ['pelvis', 'lower_back'], ['pelvis', 'abdomen'], ['lower_back', 'upper_back'], ['abdomen', 'chest'], ['chest', 'shoulder'],
  ['upper_back', 'shoulder'], ['upper_back', 'neck'], ['shoulder', 'arm'], ['arm', 'hand'], ['shoulder', 'neck'],
  ['neck', 'head'], ['neck', 'jaw'], ['jaw', 'head'],
];

function nextTo(a: RegionId, b: RegionId): boolean {
  const [baseA, baseB] = [regionBase(a), regionBase(b)];
  if (baseA === baseB) return true; // the same part, on the other side
  const [sideA, sideB] = [regionSide(a), regionSide(b)];
  if (sideA && sideB && sideA !== sideB) return false;
  return NEIGHBOURS.some(([x, y]) => (x === baseA && y === baseB) || (x === baseB && y === baseA));
}

export function compareTraces(before: readonly Pin[], now: readonly Pin[]): TraceChange {
  const intensity = (pins: readonly Pin[], region: RegionId): Intensity | undefined => pins.find((pin) => pin.region === region)?.intensity;
  let went = before.map((pin) => pin.region).filter((region) => intensity(now, region) === undefined);
  let came = now.map((pin) => pin.region).filter((region) => intensity(before, region) === undefined);
  const moved: TraceChange['moved'] = [];
  for (const from of [...went]) {
    const to = came.find((candidate) => nextTo(from, candidate));
    if (!to) continue;
    moved.push({ from, to });
    went = went.filter((region) => region !== from);
    came = came.filter((region) => region !== to);
  }
  const both = now.filter((pin) => intensity(before, pin.region) !== undefined);
  return {
    came,
    went,
    moved,
    stronger: both.filter((pin) => pin.intensity > (intensity(before, pin.region) ?? 0)).map((pin) => pin.region),
    milder: both.filter((pin) => pin.intensity < (intensity(before, pin.region) ?? 0)).map((pin) => pin.region),
  };
}

/** The export file: what it is, when it was made, and the traces. */
export interface TraceExport {
  app: 'fascia-line-explorer';
  kind: 'traces';
  version: 1;
  exportedAt: string;
  traces: KeptTrace[];
}

const exportSchema = z.strictObject({
  app: z.literal('fascia-line-explorer'),
  kind: z.literal('traces'),
  version: z.literal(1),
  exportedAt: z.string(),
  traces: tracesSchema,
});

export function exportFile(traces: readonly KeptTrace[], now: Date): TraceExport {
  return { app: 'fascia-line-explorer', kind: 'traces', version: 1, exportedAt: now.toISOString(), traces: [...traces] };
}

export type ImportResult = { ok: true; traces: KeptTrace[] } | { ok: false; reason: 'not_json' | 'not_traces' | 'damaged' };

/** Reads an export file; anything that is not exactly one is refused, with the reason to tell the person. */
export function readExport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  const looksLikeOurs = typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).kind === 'traces';
  if (!looksLikeOurs) return { ok: false, reason: 'not_traces' };
  const parsed = exportSchema.safeParse(raw);
  return parsed.success ? { ok: true, traces: parsed.data.traces as KeptTrace[] } : { ok: false, reason: 'damaged' };
}
