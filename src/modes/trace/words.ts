// The travel in plain words, composed from region names and direction words (no sentence typed per line):
// "From your lower back this line runs down through your pelvis and thighs to your feet, and up … to your head."
import { regionBase, regionSide, type LineGroup, type RegionBaseId, type RegionId, type Side } from '../../content/ids';
import type { RouteStop } from './route';
import type { Travel, TravelLeg } from './travel';

export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** How a sided part is named: on its own side, on both sides (plural), or as one of two when the line crosses. */
type SideWording = 'own' | 'both' | 'one' | 'opposite';

/** At most this many parts are named between the pin and the far end: the words stay a sentence, not a list. */
const MOST_VIA = 3;

export interface Wording {
  t: Translate;
  regionName: (base: RegionBaseId) => string;
}

function partName(stop: RouteStop, wording: SideWording, words: Wording): string {
  const name = words.regionName(stop.base);
  if (!stop.side) return name;
  if (wording === 'both') return words.t(`trace.plural.${stop.base}`);
  if (wording === 'own') return words.t(`trace.words.side.${stop.side}`, { region: name });
  return name;
}

/** "your left foot", "your feet", "one foot", "your arm on the other side". */
function farPhrase(stop: RouteStop, wording: SideWording, words: Wording): string {
  if (stop.side && wording === 'one') return words.t('trace.words.one', { region: partName(stop, wording, words) });
  if (stop.side && wording === 'opposite') return words.t('trace.words.opposite', { region: partName(stop, wording, words) });
  return words.t('trace.words.your', { region: partName(stop, wording, words) });
}

export function listPhrase(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('trace.words.and', { a: items.slice(0, -1).join(', '), b: items[items.length - 1] as string });
}

/**
 * Spread over the way: the first, the middle (or, on a crossing leg, the first part on the other side, where the
 * crossing is felt) and the last part before the far end.
 */
function pickVia(stops: readonly RouteStop[], crossedAt: number): RouteStop[] {
  if (stops.length <= MOST_VIA) return [...stops];
  const middle = crossedAt > 0 && crossedAt < stops.length - 1 ? crossedAt : Math.floor((stops.length - 1) / 2);
  return [stops[0], stops[middle], stops[stops.length - 1]].filter((stop): stop is RouteStop => stop !== undefined);
}

function direction(leg: TravelLeg, group: LineGroup, t: Translate): string {
  const base = group === 'arm' ? (leg.toward === 'start' ? 'trace.words.out' : 'trace.words.in') : leg.toward === 'start' ? 'trace.words.down' : 'trace.words.up';
  return leg.crosses ? t('trace.words.crossing', { direction: t(base) }) : t(base);
}

function sideWordingOf(travel: Travel, leg: TravelLeg, pinSide: Side | undefined): SideWording {
  if (pinSide) return 'own';
  if (travel.bothSides) return 'both';
  // A midline pin on a crossing line: one leg runs to one side, the other to the opposite one.
  const legSide = (one: TravelLeg) => one.stops.find((stop) => stop.side)?.side;
  const first = travel.legs.map(legSide).find((side) => side !== undefined);
  const mine = legSide(leg);
  return mine && first && mine !== first ? 'opposite' : 'one';
}

function legPhrase(travel: Travel, leg: TravelLeg, group: LineGroup, pinSide: Side | undefined, words: Wording): string {
  const wording = sideWordingOf(travel, leg, pinSide);
  const far = leg.stops[leg.stops.length - 1] as RouteStop;
  // A part named once in a leg: the left and the right thigh of a crossing line read as "thigh" twice otherwise.
  const seen = new Set<string>([far.base]);
  const between = leg.stops.slice(0, -1).filter((stop) => !seen.has(stop.base) && seen.add(stop.base));
  const from = pinSide ?? between.find((stop) => stop.lies)?.lies;
  const crossedAt = leg.crosses ? between.findIndex((stop) => stop.lies !== undefined && stop.lies !== from) : -1;
  const via = pickVia(between, crossedAt).map((stop) => partName(stop, wording === 'opposite' || wording === 'one' ? 'one' : wording, words));
  const values = { direction: direction(leg, group, words.t), far: farPhrase(far, wording, words) };
  return via.length === 0
    ? words.t('trace.words.leg', values)
    : words.t('trace.words.legVia', { ...values, via: words.t('trace.words.your', { region: listPhrase(via, words.t) }) });
}

/** "your left foot", "your lower back". */
export function pinPhrase(pin: RegionId, words: Wording): string {
  const name = words.regionName(regionBase(pin));
  const side = regionSide(pin);
  return words.t('trace.words.your', { region: side ? words.t(`trace.words.side.${side}`, { region: name }) : name });
}

/** The whole sentence for one pin on one line. */
export function travelSentence(travel: Travel, group: LineGroup, words: Wording): string {
  const pin = pinPhrase(travel.pin, words);
  if (travel.legs.length === 0) return words.t('trace.words.stays', { pin });
  const legs = travel.legs.map((leg) => legPhrase(travel, leg, group, regionSide(travel.pin), words));
  const joined = legs.length === 1 ? (legs[0] as string) : words.t('trace.words.legs', { a: legs[0] as string, b: legs[1] as string });
  return words.t('trace.words.from', { pin, legs: joined });
}
