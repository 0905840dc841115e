// The practice's contact details as the app may show them: a booking link or phone number that is missing,
// empty or a placeholder is no link at all, so a client is never sent to a dummy address.
import type { Practice } from '../content/schemas';

/** Hosts reserved for examples (RFC 2606) and local ones: a copy that still carries them is not set up yet. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$/i;

/** The booking link to offer, or undefined where the practice has not set a real one. */
export function bookingLink(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (PLACEHOLDER_HOST.test(parsed.hostname)) return undefined;
  return parsed.href;
}

/** Fewer digits than this is no phone number anyone can call (Dutch numbers have ten). */
const FEWEST_PHONE_DIGITS = 8;

/** A phone number as `tel:` link and as written, or undefined when there is none or only zeros. */
export function phoneLink(phone: string | undefined): { href: string; label: string } | undefined {
  const label = phone?.trim() ?? '';
  const digits = label.replace(/\D/g, '');
  if (digits.length < FEWEST_PHONE_DIGITS || /^0+$/.test(digits.replace(/^31/, ''))) return undefined;
  return { href: `tel:${label.startsWith('+') ? '+' : ''}${digits}`, label };
}

export interface PracticeContact {
  booking?: string;
  phone?: { href: string; label: string };
  address?: string;
}

/** Everything a client can use to reach the practice, with the placeholders left out. */
export function practiceContact(practice: Pick<Practice, 'bookingUrl' | 'phone' | 'address'>): PracticeContact {
  const booking = bookingLink(practice.bookingUrl);
  const phone = phoneLink(practice.phone);
  const address = practice.address?.trim();
  return { ...(booking && { booking }), ...(phone && { phone }), ...(address && { address }) };
}
