import { describe, expect, it } from 'vitest';
import { chooseLanguage, fillPlaceholders } from '../../src/i18n/language';
import { restorePreferences, DEFAULT_PREFERENCES } from '../../src/state/preferences';

describe('the language', () => {
  it('comes from the link, else the saved choice, else Dutch — whatever language the phone is set to', () => {
    expect(chooseLanguage('en', 'nl')).toBe('en');
    expect(chooseLanguage(undefined, 'en')).toBe('en');
    expect(chooseLanguage('nl', 'en')).toBe('nl');
    expect(chooseLanguage(undefined, undefined)).toBe('nl');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('Lijnen door {region}', { region: 'kaak' })).toBe('Lijnen door kaak');
    expect(fillPlaceholders('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });
});

describe('saved preferences', () => {
  it('survive damage: what still fits is kept, the rest is default', () => {
    expect(restorePreferences({ language: 'en', skinOpacity: 7, theme: 'neon' })).toEqual({ ...DEFAULT_PREFERENCES, language: 'en' });
    expect(restorePreferences('garbage')).toEqual(DEFAULT_PREFERENCES);
    expect(restorePreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
  });
});
