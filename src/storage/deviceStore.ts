// The one place that touches the device's storage for kept data: IndexedDB through idb-keyval. When the browser
// refuses it (private mode, full disk, a database that never opens), the app works on from memory and says once
// that nothing is kept. A damaged entry is never wiped: it is set aside under its own key, still exportable.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { envelope, restoreKept, type KeptKind, type Restored } from './versioned';

export type StorageProblem = 'refused' | 'full';

let store: UseStore | undefined;
const memory = new Map<string, unknown>();
let usingMemory = false;
const listeners = new Set<(problem: StorageProblem) => void>();
const reported = new Set<StorageProblem>();
const setAsideListeners = new Set<(key: string) => void>();
/** Keys set aside in this session, told to a listener that comes later. */
const setAside: string[] = [];

/** A database that has not answered in this long is taken as refused (Safari's private mode can hang on open). */
const STORAGE_TIMEOUT_MS = 4000;

/** Hears about storage that cannot keep anything (to show a notice); returns a function that stops listening. */
export function onStorageProblem(listener: (problem: StorageProblem) => void): () => void {
  listeners.add(listener);
  // A problem met before anyone listened (the preferences are read at start-up) is told at once.
  for (const problem of reported) listener(problem);
  return () => listeners.delete(listener);
}

/** Hears about an entry that could not be read and was set aside under `key` (exportable with readRaw). */
export function onEntrySetAside(listener: (key: string) => void): () => void {
  setAsideListeners.add(listener);
  for (const key of setAside) listener(key);
  return () => setAsideListeners.delete(listener);
}

export function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'refused';
}

/** Reports a storage failure once per kind of problem (also used by the preferences' local storage). */
export function reportStorageProblem(error: unknown): void {
  const problem = problemOf(error);
  if (reported.has(problem)) return;
  reported.add(problem);
  for (const listener of listeners) listener(problem);
}

function report(error: unknown): void {
  usingMemory = true;
  reportStorageProblem(error);
}

export function reportSetAside(key: string): void {
  setAside.push(key);
  for (const listener of setAsideListeners) listener(key);
}

function idbStore(): UseStore {
  store ??= createStore('fascia-explorer', 'kept');
  return store;
}

function withTimeout<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('storage did not answer', 'TimeoutError')), STORAGE_TIMEOUT_MS);
    // `work` may throw at once (indexedDB missing or open refused): that is a rejection too.
    Promise.resolve()
      .then(work)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
  });
}

async function rawGet(key: string): Promise<unknown> {
  if (usingMemory) return memory.get(key);
  try {
    return await withTimeout(() => get(key, idbStore()));
  } catch (error) {
    report(error);
    return memory.get(key);
  }
}

async function rawSet(key: string, value: unknown): Promise<void> {
  memory.set(key, value);
  if (usingMemory) return;
  try {
    await withTimeout(() => set(key, value, idbStore()));
  } catch (error) {
    report(error);
  }
}

async function rawDelete(key: string): Promise<void> {
  memory.delete(key);
  if (usingMemory) return;
  try {
    await withTimeout(() => del(key, idbStore()));
  } catch (error) {
    report(error);
  }
}

/** The key a damaged (or newer) entry is set aside under; distinct per moment so none overwrites another. */
export function setAsideKey(key: string, reason: 'damaged' | 'newer', now = new Date()): string {
  return `${key}.${reason}.${now.toISOString()}`;
}

/**
 * Reads a kind, migrated to this release. A damaged entry is moved aside under its own key (still exportable);
 * one written by a newer release is copied aside first, so this older release writing over it loses nothing.
 */
export async function readKept<T>(kind: KeptKind<T>): Promise<Restored<T> | undefined> {
  const stored = await rawGet(kind.key);
  if (stored === undefined) return undefined;
  const restored = restoreKept(kind, stored);
  if (!restored.ok) {
    const aside = setAsideKey(kind.key, restored.reason);
    await rawSet(aside, stored);
    if (restored.reason === 'damaged') await rawDelete(kind.key);
    reportSetAside(aside);
  }
  return restored;
}

export async function writeKept<T>(kind: KeptKind<T>, data: T): Promise<void> {
  await rawSet(kind.key, envelope(kind, data));
}

export async function deleteKept(key: string): Promise<void> {
  await rawDelete(key);
}

/** Every key kept (including set-aside damaged entries), for export and "delete everything". */
export async function keptKeys(): Promise<string[]> {
  if (usingMemory) return [...memory.keys()];
  try {
    return (await withTimeout(() => keys(idbStore()))).map(String);
  } catch (error) {
    report(error);
    return [...memory.keys()];
  }
}

/** The raw stored value of a key (for export of everything, damaged entries included). */
export function readRaw(key: string): Promise<unknown> {
  return rawGet(key);
}

/** Everything kept, damaged entries included, as one object to save as a file. */
export async function exportKept(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  for (const key of await keptKeys()) all[key] = await rawGet(key);
  return all;
}

/** Whether this session keeps nothing (storage refused or full): the app says so and works on. */
export function keepsNothing(): boolean {
  return usingMemory;
}

/** Asks the browser not to evict kept data under storage pressure; false where it will not promise. */
export async function askToKeepData(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** For tests: forget the memory fallback and what was reported, as at a fresh start. */
export function resetDeviceStoreForTests(): void {
  store = undefined;
  memory.clear();
  usingMemory = false;
  reported.clear();
  setAside.length = 0;
}
