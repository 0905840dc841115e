import { describe, expect, it } from 'vitest';
import { downloadedFraction } from '../../src/scene/modelDownload';

describe('the model download bar', () => {
  it('counts bytes, and never shows full before the last byte arrived', () => {
    expect(downloadedFraction({ loaded: 0, total: 0, done: false, failed: false })).toBe(0);
    expect(downloadedFraction({ loaded: 200_000, total: 800_000, done: false, failed: false })).toBe(0.25);
    expect(downloadedFraction({ loaded: 800_000, total: 800_000, done: false, failed: false })).toBe(0.99);
    expect(downloadedFraction({ loaded: 900_000, total: 800_000, done: true, failed: false })).toBe(1);
  });
});
