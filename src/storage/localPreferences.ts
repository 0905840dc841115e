// The preferences' own storage (localStorage through zustand's persist): every call may throw (private mode, a
// full disk, storage blocked), and a saved value may be damaged. Neither may crash the app: a failure is reported
// once and the app works on; damaged text is set aside under its own key, never silently overwritten.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportSetAside, reportStorageProblem } from './deviceStore';

export function damagedKey(name: string): string {
  return `${name}.damaged`;
}

function storageOf(getStorage: () => Storage): Storage | undefined {
  try {
    return getStorage();
  } catch (error) {
    reportStorageProblem(error);
    return undefined;
  }
}

export function safeJsonStorage<S>(getStorage: () => Storage = () => window.localStorage): PersistStorage<S> {
  return {
    getItem: (name) => {
      const storage = storageOf(getStorage);
      let text: string | null;
      try {
        text = storage?.getItem(name) ?? null;
      } catch (error) {
        reportStorageProblem(error);
        return null;
      }
      if (text === null) return null;
      try {
        const value = JSON.parse(text) as unknown;
        if (typeof value === 'object' && value !== null) return value as StorageValue<S>;
      } catch {
        // Damaged: kept below, not parsed.
      }
      try {
        storage?.setItem(damagedKey(name), text);
        reportSetAside(damagedKey(name));
      } catch (error) {
        reportStorageProblem(error);
      }
      return null;
    },
    setItem: (name, value) => {
      try {
        storageOf(getStorage)?.setItem(name, JSON.stringify(value));
      } catch (error) {
        reportStorageProblem(error);
      }
    },
    removeItem: (name) => {
      try {
        storageOf(getStorage)?.removeItem(name);
      } catch (error) {
        reportStorageProblem(error);
      }
    },
  };
}
