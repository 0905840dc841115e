// Kept data (traces, quiz progress, …) is stored in an envelope with its version, so a later release can read what an
// earlier one wrote. Pure: no storage here, so every migration is unit-testable from every earlier version.

export interface Envelope {
  version: number;
  /** ISO time of the write; shown when a damaged entry is set aside. */
  savedAt: string;
  data: unknown;
}

export interface KeptKind<T> {
  /** Storage key, e.g. `traces`. */
  key: string;
  /** The version this release writes. */
  version: number;
  /** `migrations[n]` turns data of version n into data of version n + 1. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Checks data of the current version; undefined means damaged. */
  check: (data: unknown) => T | undefined;
}

export type Restored<T> =
  | { ok: true; value: T; migratedFrom?: number }
  | { ok: false; reason: 'damaged' | 'newer'; raw: unknown };

export function envelope<T>(kind: KeptKind<T>, data: T, now = new Date()): Envelope {
  return { version: kind.version, savedAt: now.toISOString(), data };
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const { version, data } = value as Record<string, unknown>;
  return Number.isInteger(version) && (version as number) >= 1 && data !== undefined;
}

/** What was stored, brought up to the current version and checked; never throws. */
export function restoreKept<T>(kind: KeptKind<T>, stored: unknown): Restored<T> {
  if (!isEnvelope(stored)) return { ok: false, reason: 'damaged', raw: stored };
  // A newer release wrote this (the person went back a version): keep it untouched rather than guess.
  if (stored.version > kind.version) return { ok: false, reason: 'newer', raw: stored };
  let data = stored.data;
  try {
    for (let version = stored.version; version < kind.version; version += 1) {
      const migrate = kind.migrations[version];
      if (!migrate) return { ok: false, reason: 'damaged', raw: stored };
      data = migrate(data);
    }
  } catch {
    return { ok: false, reason: 'damaged', raw: stored };
  }
  const value = kind.check(data);
  if (value === undefined) return { ok: false, reason: 'damaged', raw: stored };
  return stored.version < kind.version ? { ok: true, value, migratedFrom: stored.version } : { ok: true, value };
}
