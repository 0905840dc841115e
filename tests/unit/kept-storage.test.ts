// Issue 16, point 7 of the issue: kept data is never lost — refused storage, damaged entries, data from a newer release.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportKept,
  keepsNothing,
  keptKeys,
  onEntrySetAside,
  onStorageProblem,
  problemOf,
  readKept,
  readRaw,
  resetDeviceStoreForTests,
  writeKept,
  type StorageProblem,
} from '../../src/storage/deviceStore';
import type { KeptKind } from '../../src/storage/versioned';

interface Pins { pins: string[] }
// Version 1 kept a bare list; version 2 keeps { pins }.
const pinsKind: KeptKind<Pins> = {
  key: 'pins',
  version: 2,
  migrations: { 1: (data) => ({ pins: data }) },
  check: (data) => (Array.isArray((data as Pins | null)?.pins) ? (data as Pins) : undefined),
};

const realIndexedDB = (globalThis as { indexedDB?: unknown }).indexedDB;

describe('kept data on a device that refuses storage', () => {
  beforeEach(() => {
    resetDeviceStoreForTests();
    // Private mode: opening the database throws.
    (globalThis as { indexedDB?: unknown }).indexedDB = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    };
  });
  afterEach(() => {
    (globalThis as { indexedDB?: unknown }).indexedDB = realIndexedDB;
  });

  it('says so once, and the app works on from memory for this session', async () => {
    const problems: StorageProblem[] = [];
    const stop = onStorageProblem((problem) => problems.push(problem));
    await writeKept(pinsKind, { pins: ['jaw'] });
    await writeKept(pinsKind, { pins: ['jaw', 'neck'] });
    expect(await readKept(pinsKind)).toEqual({ ok: true, value: { pins: ['jaw', 'neck'] } });
    expect(problems).toEqual(['refused']);
    expect(keepsNothing()).toBe(true);
    // A listener that comes later still hears it (the notice is mounted after start-up).
    const late: StorageProblem[] = [];
    onStorageProblem((problem) => late.push(problem))();
    expect(late).toEqual(['refused']);
    stop();
  });

  it('sets a damaged entry aside with a notice instead of wiping it, and it can still be exported', async () => {
    const asides: string[] = [];
    const stop = onEntrySetAside((key) => asides.push(key));
    await writeKept({ ...pinsKind, check: () => ({ pins: [] }) }, 'not pins' as unknown as Pins);
    const restored = await readKept(pinsKind);
    expect(restored).toMatchObject({ ok: false, reason: 'damaged' });
    expect(asides).toHaveLength(1);
    expect(asides[0]).toMatch(/^pins\.damaged\./);
    expect(await readRaw(asides[0] ?? '')).toMatchObject({ version: 2, data: 'not pins' });
    expect(await keptKeys()).not.toContain('pins');
    expect(Object.keys(await exportKept())).toEqual(asides);
    stop();
  });

  it('copies aside what a newer release wrote before this one writes over it', async () => {
    await writeKept({ ...pinsKind, version: 3 }, { pins: ['from the future'] });
    expect(await readKept(pinsKind)).toMatchObject({ ok: false, reason: 'newer' });
    await writeKept(pinsKind, { pins: [] });
    const all = await exportKept();
    const aside = Object.keys(all).find((key) => key.startsWith('pins.newer.'));
    expect(all[aside ?? '']).toMatchObject({ version: 3, data: { pins: ['from the future'] } });
  });

  it('migrates every earlier version', async () => {
    await writeKept({ ...pinsKind, version: 1 }, ['knee_l'] as unknown as Pins);
    expect(await readKept(pinsKind)).toEqual({ ok: true, value: { pins: ['knee_l'] }, migratedFrom: 1 });
  });
});

describe('storage problems', () => {
  it('tell a full disk from a refusal', () => {
    expect(problemOf(new DOMException('full', 'QuotaExceededError'))).toBe('full');
    expect(problemOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(problemOf(new DOMException('no', 'SecurityError'))).toBe('refused');
    expect(problemOf(undefined)).toBe('refused');
  });
});
