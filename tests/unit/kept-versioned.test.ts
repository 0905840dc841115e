import { describe, expect, it } from 'vitest';
import { envelope, restoreKept, type KeptKind } from '../../src/storage/versioned';

interface Counts { counts: Record<string, number> }
// Version 1 kept a bare number per id; version 2 keeps { counts }.
const kind: KeptKind<Counts> = {
  key: 'test',
  version: 2,
  migrations: { 1: (data) => ({ counts: data }) },
  check: (data) => {
    if (typeof data !== 'object' || data === null) return undefined;
    const counts = (data as { counts?: unknown }).counts;
    if (typeof counts !== 'object' || counts === null) return undefined;
    return Object.values(counts).every((n) => typeof n === 'number') ? (data as Counts) : undefined;
  },
};

describe('kept data', () => {
  it('reads what this release wrote', () => {
    expect(restoreKept(kind, envelope(kind, { counts: { a: 1 } }))).toEqual({ ok: true, value: { counts: { a: 1 } } });
  });
  it('migrates what an earlier release wrote', () => {
    expect(restoreKept(kind, { version: 1, savedAt: '', data: { a: 2 } })).toEqual({ ok: true, value: { counts: { a: 2 } }, migratedFrom: 1 });
  });
  it('sets damaged data aside instead of throwing', () => {
    for (const stored of [null, 'x', { version: 2, data: { counts: 'no' } }, { version: 0, data: {} }, { version: 1.5, data: {} }]) {
      expect(restoreKept(kind, stored)).toMatchObject({ ok: false, reason: 'damaged' });
    }
  });
  it('leaves data of a newer release untouched', () => {
    expect(restoreKept(kind, { version: 3, savedAt: '', data: {} })).toMatchObject({ ok: false, reason: 'newer' });
  });
});
