// A pin: a spot the client marked on the body, with how much it bothers them. Sided where the body is (`foot_l`).
import { REGION_IDS, type RegionId } from '../../content/ids';

export const INTENSITIES = [1, 2, 3] as const;
export type Intensity = (typeof INTENSITIES)[number];

export interface Pin {
  region: RegionId;
  intensity: Intensity;
}

/** A fresh pin is a clear "it hurts here": the middle of the scale, so it can go up or down. */
export const DEFAULT_INTENSITY: Intensity = 2;

export function isRegionId(value: string): value is RegionId {
  return (REGION_IDS as readonly string[]).includes(value);
}

export function isIntensity(value: unknown): value is Intensity {
  return value === 1 || value === 2 || value === 3;
}

/** Pins a region, or takes its pin away when it is already there. */
export function togglePin(pins: readonly Pin[], region: RegionId, intensity: Intensity = DEFAULT_INTENSITY): Pin[] {
  return pins.some((pin) => pin.region === region) ? pins.filter((pin) => pin.region !== region) : [...pins, { region, intensity }];
}

/**
 * A tap on a region: the first pins it (2), the next ones raise it to 3, then take it away. Going round once more
 * brings it back, so a wrong tap is undone by tapping on.
 */
export function tapPin(pins: readonly Pin[], region: RegionId): Pin[] {
  const pin = pins.find((candidate) => candidate.region === region);
  if (!pin) return [...pins, { region, intensity: DEFAULT_INTENSITY }];
  if (pin.intensity < 3) return setIntensity(pins, region, (pin.intensity + 1) as Intensity);
  return pins.filter((candidate) => candidate.region !== region);
}

export function setIntensity(pins: readonly Pin[], region: RegionId, intensity: Intensity): Pin[] {
  return pins.map((pin) => (pin.region === region ? { ...pin, intensity } : pin));
}

export function removePin(pins: readonly Pin[], region: RegionId): Pin[] {
  return pins.filter((pin) => pin.region !== region);
}

/** The pins as the URL carries them: `lower_back:3,foot_l` (the default intensity is left out). */
export function formatPins(pins: readonly Pin[]): string {
  return pins.map((pin) => (pin.intensity === DEFAULT_INTENSITY ? pin.region : `${pin.region}:${pin.intensity}`)).join(',');
}

/** Reads `lower_back:3,foot_l`; anything unusable is reported in `dropped` and left out. Never throws. */
export function parsePins(value: string, dropped: string[]): Pin[] {
  const pins: Pin[] = [];
  for (const token of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [region = '', strength, ...rest] = token.split(':');
    const intensity = strength === undefined ? DEFAULT_INTENSITY : Number(strength);
    if (!isRegionId(region) || rest.length > 0 || !isIntensity(intensity) || (strength !== undefined && !/^[123]$/.test(strength))) {
      dropped.push(`trace=${token}`);
      continue;
    }
    if (!pins.some((pin) => pin.region === region)) pins.push({ region, intensity });
  }
  return pins;
}
