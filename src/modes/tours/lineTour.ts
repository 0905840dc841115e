// One tour per line, derived from the line's own path (data/lines/*.json), never typed by hand: a student walks the
// line from the foot up, one track at a time, with its stations named on the body and the evidence at the end.
import { LANGUAGES, LINE_IDS, type Language } from '../../content/ids';
import type { Content } from '../../content/load';
import type { AnatomicalNames, EvidenceRating, Line, LocalText, Passage, Scene, SceneStep } from '../../content/schemas';
import { fillPlaceholders } from '../../i18n/language';
import { lineTourId } from './sceneIds';
import { shortLabel } from './stepping';

/** Skin opacity while a track is shown: the tracks lie under the skin. */
const TRACK_XRAY = 0.3;

type Values = Readonly<Record<string, string | number>>;

/** One UI string filled in for every language, with values that may differ per language. */
function uiText(content: Content, key: string, values: (language: Language) => Values = () => ({})): LocalText {
  const text = {} as Record<Language, string>;
  for (const language of LANGUAGES) text[language] = fillPlaceholders(content.ui[language][key] ?? key, values(language));
  return text;
}

const plain = (names: AnatomicalNames | undefined, language: Language, fallback: string) => names?.[language] ?? fallback;

/** Labels on the body and step titles stay a few words (see shortLabel). */
function shortName(names: AnatomicalNames | undefined, language: Language, fallback: string): string {
  return names ? shortLabel(names[language], names.la) : fallback;
}

/** The evidence step stays short enough for the presentation's band; the line's page has the whole note. */
const NOTE_LENGTH = 170;

/** Whole sentences from the start of a text, as many as fit in `length` characters (at least the first). */
export function firstSentences(text: string, length: number): string {
  // A sentence ends where a capital (or an opening quote) follows the stop, so "Wilke e.a. 2016" and
  // "et al. (2016)" stay whole (the first cut split after "e.", which garbled the DFL tour's evidence step).
  const sentences = text.trim().split(/(?<=[.!?])\s+(?=[A-ZÀ-ÞĲ‘“"'])/u);
  let out = '';
  for (const sentence of sentences) {
    if (out && out.length + 1 + sentence.length > length) break;
    out += (out ? ' ' : '') + sentence;
  }
  return out.trim();
}

/** A name inside a sentence starts in lower case ("from femoral condyles"), unless it is an abbreviation. */
/** A name standing alone after a colon ("Start: Heel bone"): capitalised, as Dutch names are written in lower case. */
function asLabel(name: string): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
}

function levelText(content: Content, rating: EvidenceRating, language: Language): string {
  const ui = content.ui[language];
  if (rating.level === 'partial' && rating.transitions) {
    return fillPlaceholders(ui['evidence.partialCount'] ?? '', { ...rating.transitions });
  }
  return ui[`evidence.${rating.level}`] ?? rating.level;
}

/**
 * The tour of one line: the whole line first, then each track of the main path with the station it runs from and
 * the one it reaches (the station named by a pointer on the body), then what research says. A line that crosses
 * the midline is lit on one side, so its crossing can be followed; the others on both sides.
 */
export function lineTour(line: Line, content: Content): Scene {
  const side = line.crossesMidline ? 'l' : 'both';
  const lit = [{ id: line.id, side }] as const;
  const stationName = (id: string, language: Language) => plain(content.landmarks.get(id)?.names, language, id);
  const trackName = (id: string, language: Language) => plain(content.structures.get(id)?.names, language, id);
  const shortStation = (id: string, language: Language) => shortName(content.landmarks.get(id)?.names, language, id);
  const shortTrack = (id: string, language: Language) => shortName(content.structures.get(id)?.names, language, id);
  const first = line.path[0];
  const last = line.path.at(-1);

  const steps: SceneStep[] = [
    {
      title: { nl: line.abbreviation.nl, en: line.abbreviation.en },
      camera: { frame: 'lines' },
      lines: [...lit],
      // The same passage object as the line's page, so its long text is filled in when it arrives.
      text: line.summary,
    },
  ];
  const tracks = line.path.flatMap((step, index) => (step.kind === 'track' ? [{ step, index }] : []));
  tracks.forEach(({ step, index }, number) => {
    const from = line.path[index - 1];
    const to = line.path[index + 1];
    const toSide = line.crossesMidline && to?.side === 'opposite' ? 'r' : 'l';
    const toLandmark = to ? content.landmarks.get(to.id) : undefined;
    const text: Passage = {
      claim: 'anatomy',
      ...uiText(content, 'tour.line.trackText', (language) => ({
        number: number + 1,
        count: tracks.length,
        track: asLabel(trackName(step.id, language)),
        // As labels ("Start: Heel bone."), not inside a sentence: the names carry no article, and one cannot be
        // added reliably in Dutch (de/het per word).
        from: from ? asLabel(stationName(from.id, language)) : '',
        to: to ? asLabel(stationName(to.id, language)) : '',
      })),
    };
    steps.push({
      title: { nl: shortTrack(step.id, 'nl'), en: shortTrack(step.id, 'en') },
      camera: { frame: 'focus' },
      lines: [...lit],
      track: step.id,
      xray: TRACK_XRAY,
      isolate: true,
      text,
      ...(to && toLandmark
        ? {
            pointer: {
              landmark: to.id,
              ...(toLandmark.sided ? { side: toSide } : {}),
              label: { nl: shortStation(to.id, 'nl'), en: shortStation(to.id, 'en') },
            },
          }
        : {}),
    });
  });
  const { continuity, forceTransmission } = line.evidence;
  steps.push({
    title: uiText(content, 'tour.line.evidenceTitle'),
    camera: { frame: 'lines' },
    lines: [...lit],
    text: {
      claim: 'evidence',
      ...uiText(content, 'tour.line.evidenceText', (language) => ({
        continuity: levelText(content, continuity, language),
        force: levelText(content, forceTransmission, language),
        note: firstSentences(continuity.note[language], NOTE_LENGTH),
      })),
    },
  });

  return {
    id: lineTourId(line.id),
    audience: 'student',
    kind: 'line',
    title: uiText(content, 'tour.line.title', (language) => ({ line: line.names[language] })),
    summary: uiText(content, 'tour.line.summary', (language) => ({
      from: first ? inSentence(stationName(first.id, language)) : '',
      to: last ? inSentence(stationName(last.id, language)) : '',
      count: tracks.length,
    })),
    steps,
  };
}

/** Every line's tour, in the order of the lines. */
export function lineTours(content: Content): Scene[] {
  return LINE_IDS.map((id) => lineTour(content.lines[id], content));
}
