// The trace history on the device: read, keep today's trace, import, delete everything kept of it.
import { askToKeepData, deleteKept, keptKeys, readKept, writeKept } from '../../storage/deviceStore';
import { KEPT_TRACES, dateOf, keepTrace, mergeTraces, type KeptTrace } from './history';
import type { Pin } from './pins';

export async function readTraces(): Promise<KeptTrace[]> {
  const restored = await readKept(KEPT_TRACES);
  return restored?.ok ? restored.value : [];
}

/** Keeps the pins as today's trace; the first trace ever kept asks the browser to keep the data. */
export async function keepToday(pins: readonly Pin[], now = new Date()): Promise<KeptTrace[]> {
  const before = await readTraces();
  const traces = keepTrace(before, { date: dateOf(now), pins: [...pins] });
  await writeKept(KEPT_TRACES, traces);
  if (before.length === 0) void askToKeepData();
  return traces;
}

export async function importTraces(imported: readonly KeptTrace[]): Promise<{ traces: KeptTrace[]; added: number }> {
  const merged = mergeTraces(await readTraces(), imported);
  await writeKept(KEPT_TRACES, merged.traces);
  if (merged.added > 0) void askToKeepData();
  return merged;
}

/** Deletes every kept trace, set-aside damaged copies included. */
export async function deleteAllTraces(): Promise<void> {
  const keys = (await keptKeys()).filter((key) => key === KEPT_TRACES.key || key.startsWith(`${KEPT_TRACES.key}.`));
  for (const key of keys) await deleteKept(key);
}
