// The one place that touches the device's storage for kept data: IndexedDB through idb-keyval. When the browser
// refuses it (private mode, full disk), the app works on from memory and says once that nothing is kept.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { envelope, restoreKept, type KeptKind, type Restored } from './versioned';

export type StorageProblem = 'refused' | 'full';

let store: UseStore | undefined;
const memory = new Map<string, unknown>();
let usingMemory = false;
const listeners = new Set<(problem: StorageProblem) => void>();

/** Hears about storage that cannot keep anything (to show a notice); returns a function that stops listening. */
export function onStorageProblem(listener: (problem: StorageProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(error: unknown): void {
  const problem: StorageProblem = error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'refused';
  usingMemory = true;
  for (const listener of listeners) listener(problem);
}

function idbStore(): UseStore {
  store ??= createStore('fascia-explorer', 'kept');
  return store;
}

async function rawGet(key: string): Promise<unknown> {
  if (usingMemory) return memory.get(key);
  try {
    return await get(key, idbStore());
  } catch (error) {
    report(error);
    return memory.get(key);
  }
}

async function rawSet(key: string, value: unknown): Promise<void> {
  memory.set(key, value);
  if (usingMemory) return;
  try {
    await set(key, value, idbStore());
  } catch (error) {
    report(error);
  }
}

/** Reads a kind, migrated to this release; a damaged entry is set aside under its own key (still exportable). */
export async function readKept<T>(kind: KeptKind<T>): Promise<Restored<T> | undefined> {
  const stored = await rawGet(kind.key);
  if (stored === undefined) return undefined;
  const restored = restoreKept(kind, stored);
  if (!restored.ok && restored.reason === 'damaged') {
    await rawSet(`${kind.key}.damaged.${new Date().toISOString()}`, stored);
    await rawDelete(kind.key);
  }
  return restored;
}

export async function writeKept<T>(kind: KeptKind<T>, data: T): Promise<void> {
  await rawSet(kind.key, envelope(kind, data));
}

async function rawDelete(key: string): Promise<void> {
  memory.delete(key);
  if (usingMemory) return;
  try {
    await del(key, idbStore());
  } catch (error) {
    report(error);
  }
}

export async function deleteKept(key: string): Promise<void> {
  await rawDelete(key);
}

/** Every key kept (including set-aside damaged entries), for export and "delete everything". */
export async function keptKeys(): Promise<string[]> {
  if (usingMemory) return [...memory.keys()];
  try {
    return (await keys(idbStore())).map(String);
  } catch (error) {
    report(error);
    return [...memory.keys()];
  }
}

/** The raw stored value of a key (for export of everything, damaged entries included). */
export function readRaw(key: string): Promise<unknown> {
  return rawGet(key);
}

/** Asks the browser not to evict kept data under storage pressure; false where it will not promise. */
export async function askToKeepData(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
