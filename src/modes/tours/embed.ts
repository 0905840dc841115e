// The postMessage API of the embed (`?embed=1` in an iframe on the practice's site). Incoming messages are checked
// for their origin and shape; anything else is ignored without a word, since any page may post to any window.
//
//   parent → app: { type: 'fascia:show', line?: 'dfl', region?: 'jaw' | 'foot_l', scene?: 'lower_back_story', step?: 2 }
//   app → parent: { type: 'fascia:ready' } once the app listens, and
//                 { type: 'fascia:select', region: 'jaw' } or { type: 'fascia:select', line: 'dfl' } when the person
//                 opens a region or lights a line inside the frame.
import { LINE_IDS, REGION_IDS, type LineId, type RegionId } from '../../content/ids';

export interface ShowCommand {
  type: 'fascia:show';
  line?: LineId;
  region?: RegionId;
  scene?: string;
  step?: number;
}

export type SelectMessage = { type: 'fascia:select'; region: RegionId } | { type: 'fascia:select'; line: LineId };

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** A `fascia:show` that names at least one known thing, or null: unknown types, fields or ids are not guessed at. */
export function parseShowCommand(data: unknown, knownScenes: ReadonlySet<string>): ShowCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.type !== 'fascia:show') return null;
  const allowed = new Set(['type', 'line', 'region', 'scene', 'step']);
  if (Object.keys(message).some((key) => !allowed.has(key))) return null;
  const command: ShowCommand = { type: 'fascia:show' };
  if (message.line !== undefined) {
    if (!isOneOf(LINE_IDS, message.line)) return null;
    command.line = message.line;
  }
  if (message.region !== undefined) {
    if (!isOneOf(REGION_IDS, message.region)) return null;
    command.region = message.region;
  }
  if (message.scene !== undefined) {
    if (typeof message.scene !== 'string' || !knownScenes.has(message.scene)) return null;
    command.scene = message.scene;
  }
  if (message.step !== undefined) {
    if (!command.scene || typeof message.step !== 'number' || !Number.isInteger(message.step) || message.step < 1 || message.step > 999) return null;
    command.step = message.step;
  }
  return command.line || command.region || command.scene ? command : null;
}

/** `https://host[:port]`, as a browser writes an origin: nothing after it, no trailing slash. */
export function normaliseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** The origins that may steer the embed: its own, and the practice's sites from data/practice.json `embedOrigins`. */
export function allowedOrigins(ownOrigin: string, embedOrigins: readonly string[] = []): Set<string> {
  const origins = new Set([ownOrigin]);
  for (const origin of embedOrigins) {
    const normal = normaliseOrigin(origin);
    if (normal) origins.add(normal);
  }
  return origins;
}
