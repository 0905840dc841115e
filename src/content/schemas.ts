// Schemas for every content kind in DESIGN.md. Types are inferred from them, so data and code cannot disagree.
import { z } from 'zod';
import { CLAIM_KINDS, EVIDENCE_LEVELS, LANGUAGES, LINE_GROUPS, LINE_IDS, REGION_BASE_IDS, REGION_IDS, SEARCH_KINDS, URGENCIES } from './ids';

// zod v4 probes `new Function` for its fast path; under our CSP that logs a violation (STYLE.md).
z.config({ jitless: true });

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase snake_case id');
const text = z.string().trim().min(1, 'non-empty text');

/** A text in both languages. */
export const localTextSchema = z.strictObject({ nl: text, en: text });
export type LocalText = z.infer<typeof localTextSchema>;

/** Names of an anatomical thing: plain Dutch and English, plus anatomical Latin. */
export const anatomicalNamesSchema = z.strictObject({ nl: text, en: text, la: text });
export type AnatomicalNames = z.infer<typeof anatomicalNamesSchema>;

/**
 * A paragraph that says what kind of claim it makes. A warning also says which warning signs it names
 * (ids from data/warning-signs.json) and how urgent they are; the loader checks that the two agree.
 */
export const passageSchema = z.strictObject({
  claim: z.enum(CLAIM_KINDS),
  nl: text,
  en: text,
  signs: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase snake_case id')).min(1).optional(),
  urgency: z.enum(URGENCIES).optional(),
});
export type Passage = z.infer<typeof passageSchema>;

/** A warning sign and the one urgency it carries everywhere in the content. */
export const warningSignSchema = z.strictObject({
  id,
  names: localTextSchema,
  urgency: z.enum(URGENCIES),
});
export const warningSignsFileSchema = z.strictObject({ signs: z.array(warningSignSchema).min(1) });
export type WarningSign = z.infer<typeof warningSignSchema>;

/**
 * One Dutch term per thing: the chosen term for a structure or landmark and the variants that must not be used
 * in Dutch text (synonyms that confuse, calques). `rejected` are matched as whole words, case-insensitively.
 */
export const glossaryTermSchema = z.strictObject({
  id,
  nl: text,
  en: text,
  rejected: z.array(text).default([]),
  note: text.optional(),
});
export const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

const lineId = z.enum(LINE_IDS);
const regionBaseId = z.enum(REGION_BASE_IDS);
const regionId = z.enum(REGION_IDS as [string, ...string[]]);

export const sourceSchema = z.strictObject({
  id,
  citation: text,
  year: z.number().int().min(1900).max(2100),
  doi: text.optional(),
  url: z.url().optional(),
});
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export type Source = z.infer<typeof sourceSchema>;

export const landmarkSchema = z.strictObject({
  id,
  /** Sided landmarks exist as `<id>_l` and `<id>_r`; midline ones once. */
  sided: z.boolean(),
  region: regionBaseId,
  /**
   * `attachment`: tissue of a track attaches here, so it may be a station. `reference`: a point to feel or to
   * draw by (the greater trochanter, which the iliotibial tract glides over), never a station.
   */
  role: z.enum(['attachment', 'reference']).default('attachment'),
  names: anatomicalNamesSchema,
});
export const landmarksFileSchema = z.strictObject({ landmarks: z.array(landmarkSchema).min(1) });
export type Landmark = z.infer<typeof landmarkSchema>;

export const STRUCTURE_KINDS = ['muscle', 'tendon', 'fascia', 'ligament', 'bone'] as const;
export const structureSchema = z.strictObject({
  id,
  sided: z.boolean(),
  kind: z.enum(STRUCTURE_KINDS),
  depth: z.enum(['superficial', 'deep']),
  /** A hint for the body generator: how the track is drawn. */
  shape: z.enum(['spindle', 'fan', 'sheet', 'band']),
  regions: z.array(regionBaseId).min(1),
  names: anatomicalNamesSchema,
});
export const structuresFileSchema = z.strictObject({ structures: z.array(structureSchema).min(1) });
export type Structure = z.infer<typeof structureSchema>;

export const evidenceRatingSchema = z.strictObject({
  level: z.enum(EVIDENCE_LEVELS),
  sources: z.array(id),
  /** For a `partial` rating: how many of the transitions a review looked at it confirmed. */
  transitions: z.strictObject({ confirmed: z.number().int().min(0), of: z.number().int().min(1) }).optional(),
  note: localTextSchema,
});
export type EvidenceRating = z.infer<typeof evidenceRatingSchema>;

/**
 * Which side of the body a step lies on, relative to the side the line starts on.
 * `same` is the default; `opposite` is how the Spiral and Functional Lines cross; midline items ignore it.
 */
const stepSide = z.enum(['same', 'opposite']).default('same');

export const stationStepSchema = z.strictObject({ kind: z.literal('station'), id, side: stepSide });
export const trackStepSchema = z.strictObject({
  kind: z.literal('track'),
  id,
  side: stepSide,
  /**
   * Structures Myers groups into this same track without a station between them (gastrocnemius with the
   * Achilles tendon, the iliotibial tract with the TFL): they belong to the line and are highlighted with it.
   */
  with: z.array(id).default([]),
  /** Evidence that this track is continuous with the track before it, where a study looked. */
  evidence: evidenceRatingSchema.optional(),
});
export const pathStepSchema = z.discriminatedUnion('kind', [stationStepSchema, trackStepSchema]);
export type PathStep = z.infer<typeof pathStepSchema>;
export type StationStep = z.infer<typeof stationStepSchema>;
export type TrackStep = z.infer<typeof trackStepSchema>;

export const branchSchema = z.strictObject({
  id,
  names: localTextSchema,
  /**
   * Joins the line at a station of the main path or of an earlier branch: it starts there and runs on, or it
   * starts lower and ends there (the long toe flexors start at the toes and join the main path at the tibia).
   */
  path: z.array(pathStepSchema).min(2),
});
export type Branch = z.infer<typeof branchSchema>;

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like "#1f77b4"');

export const lineSchema = z.strictObject({
  id: lineId,
  group: z.enum(LINE_GROUPS),
  colour: hexColour,
  names: localTextSchema,
  abbreviation: localTextSchema,
  /** Whether the path crosses the midline to the other side (Spiral, Back and Front Functional). */
  crossesMidline: z.boolean(),
  path: z.array(pathStepSchema).min(3),
  branches: z.array(branchSchema).default([]),
  summary: passageSchema,
  function: z.array(passageSchema).min(1),
  posture: z.array(passageSchema).min(1),
  movement: z.array(passageSchema).min(1),
  assessment: z.array(localTextSchema).min(1),
  evidence: z.strictObject({
    continuity: evidenceRatingSchema,
    forceTransmission: evidenceRatingSchema,
    note: localTextSchema.optional(),
  }),
  caveats: z.array(passageSchema).default([]),
});
export type Line = z.infer<typeof lineSchema>;

export const regionSchema = z.strictObject({
  id: regionBaseId,
  names: localTextSchema,
  whatIsThere: z.array(passageSchema).min(1),
  clientsFeel: z.array(passageSchema).min(1),
  notes: z.array(passageSchema).default([]),
  /**
   * The same region for therapists and students: anatomical and Latin names, deeper structures. Shown folded,
   * so the first passage a client reads stays in everyday words.
   */
  inDepth: z.array(passageSchema).default([]),
});
export type Region = z.infer<typeof regionSchema>;

export const patternSchema = z.strictObject({
  id,
  names: localTextSchema,
  /** What the client notices, in a client's own words. */
  clientNotices: z.array(localTextSchema).min(1),
  therapistLooksFor: z.array(localTextSchema).min(1),
  lines: z.array(lineId).min(1),
  regions: z.array(regionBaseId).min(1),
  whatHelps: z.array(passageSchema).min(1),
  exercises: z.array(id).default([]),
});
export type Pattern = z.infer<typeof patternSchema>;

export const exerciseSchema = z.strictObject({
  id,
  names: localTextSchema,
  intro: passageSchema,
  steps: z.array(localTextSchema).min(1),
  durationMinutes: z.number().positive().max(60),
  frequency: localTextSchema,
  /** What to pay attention to while doing it, for the guided minute (trace mode). */
  notice: localTextSchema.optional(),
  caution: localTextSchema.optional(),
  lines: z.array(lineId).default([]),
  regions: z.array(regionBaseId).default([]),
});
export type Exercise = z.infer<typeof exerciseSchema>;

export const practicePerspectiveSchema = z.strictObject({
  id,
  title: localTextSchema,
  passages: z.array(passageSchema.extend({ claim: z.literal('practice') })).min(1),
});
export const practiceSchema = z.strictObject({
  name: text,
  city: text,
  /** Where a client books; empty or left out hides the booking button (src/practice/contact.ts). */
  bookingUrl: z.url({ protocol: /^https?$/ }).or(z.literal('')).optional(),
  /** As the practice writes it, e.g. "030 123 45 67"; empty or left out shows no phone number. */
  phone: z.string().trim().optional(),
  /** One line, e.g. "Oudegracht 1, 3511 AA Utrecht"; empty or left out shows no address. */
  address: z.string().trim().optional(),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  tagline: localTextSchema,
  clientPhrases: z.array(localTextSchema).default([]),
  perspectives: z.array(practicePerspectiveSchema).default([]),
  /**
   * Sites that may show the app in an iframe and steer it by postMessage (`?embed=1`), as origins such as
   * "https://www.your-practice.nl"; the app's own origin always may.
   */
  embedOrigins: z.array(z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i, 'an origin like "https://www.your-practice.nl" (no path, no trailing slash)')).default([]),
});
export type Practice = z.infer<typeof practiceSchema>;

export const VIEW_IDS = ['front', 'back', 'left', 'right', 'three_quarter'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

// --- tours: scenes ---------------------------------------------------------------------------------------
/** A step's title names the step on its dot: a few words. */
const shortText = z.string().trim().min(1, 'non-empty text').max(48, 'at most 48 characters (a step title is a few words)');

/** A lit line and the side it is lit on, as in the URL (`spl-l`). */
export const sceneLineSchema = z.strictObject({ id: lineId, side: z.enum(['both', 'l', 'r']).default('both') });

/**
 * Where the camera goes: a named view of the whole body, a region framed from the side it faces, the lit lines
 * whole, or close to the step's one track or station.
 */
export const sceneCameraSchema = z.union([
  z.strictObject({ view: z.enum(VIEW_IDS) }),
  z.strictObject({ region: regionId }),
  z.strictObject({ frame: z.enum(['lines', 'focus']) }),
]);
export type SceneCamera = z.infer<typeof sceneCameraSchema>;

/** A spot on the body with a short label: a region (drawn at its middle) or a landmark (drawn at the point). */
export const scenePointerSchema = z.strictObject({
  region: regionId.optional(),
  /** A landmark id; a sided one is pointed at on the left unless `side` says otherwise. */
  landmark: id.optional(),
  side: z.enum(['l', 'r']).optional(),
  label: z.strictObject({ nl: shortText, en: shortText }),
});
export type ScenePointer = z.infer<typeof scenePointerSchema>;

export const sceneStepSchema = z.strictObject({
  title: z.strictObject({ nl: shortText, en: shortText }),
  camera: sceneCameraSchema,
  lines: z.array(sceneLineSchema).default([]),
  /** The region that glows. */
  region: regionId.optional(),
  /** One track (structure id) or station (landmark id) named and highlighted on the body. */
  track: id.optional(),
  station: id.optional(),
  /** Skin opacity for this step (1 solid, 0.05 almost clear); left out, the person's own setting holds. */
  xray: z.number().min(0.05).max(1).optional(),
  /** Fades everything but the lit lines (the explorer's "isolate"), so a track stands out among the others. */
  isolate: z.boolean().optional(),
  text: passageSchema,
  pointer: scenePointerSchema.optional(),
  /** A home exercise (data/exercises) the step offers, shown with its steps under the text. */
  exercise: id.optional(),
  /** Offers the practice's booking link here (or its phone number; nothing where neither is set up). */
  contact: z.literal(true).optional(),
});
export type SceneStep = z.infer<typeof sceneStepSchema>;

export const SCENE_AUDIENCES = ['client', 'therapist', 'student'] as const;
export type SceneAudience = (typeof SCENE_AUDIENCES)[number];

export const sceneSchema = z.strictObject({
  id,
  audience: z.enum(SCENE_AUDIENCES),
  /** `story`: a client's story; `chain`: a compensation chain, one link per step; `line`: walking one line. */
  kind: z.enum(['story', 'chain', 'line']).default('story'),
  title: localTextSchema,
  summary: localTextSchema,
  steps: z.array(sceneStepSchema).min(1),
});
export type Scene = z.infer<typeof sceneSchema>;
// --- end tours: scenes -----------------------------------------------------------------------------------

/** UI strings: one flat table per language; both must have the same keys and placeholders. */
export const uiStringsSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9_.]*$/, 'a key like "lines.title"'), text);
export type UiStrings = z.infer<typeof uiStringsSchema>;

// --- search: synonyms (data/synonyms.json) -------------------------------------------------------------
// The words people type for a region, pattern, structure, landmark, line, home exercise or the practice itself:
// symptoms, everyday words and abbreviations. Ids are checked against the other content by the loader
// (src/content/load.ts); the practice has the one id `practice`.

// SEARCH_KINDS lives in ids.ts (no zod), so the search in the first chunk does not pull the schemas in.
export { SEARCH_KINDS, type SearchKind } from './ids';

const searchWords = z.array(text).default([]);

export const synonymSchema = z.strictObject({
  kind: z.enum(SEARCH_KINDS),
  id,
  nl: searchWords,
  en: searchWords,
});
export type Synonym = z.infer<typeof synonymSchema>;

export const synonymsFileSchema = z.strictObject({
  /**
   * Words that carry no place of their own ("pijn", "my", "hurts"): a query may contain them without every
   * one having to match, and a Dutch compound that ends in one ("nekpijn") is also read without it ("nek").
   */
  fillerWords: z.strictObject({ nl: z.array(text).min(1), en: z.array(text).min(1) }),
  /** Words that name a side ("linker", "right"): a sided region found with one opens on that side. Fillers too. */
  sideWords: z.strictObject({
    l: z.strictObject({ nl: z.array(text).min(1), en: z.array(text).min(1) }),
    r: z.strictObject({ nl: z.array(text).min(1), en: z.array(text).min(1) }),
  }),
  /** Words that ask for any entry of a kind ("oefening", "exercise"): every entry of that kind is found by them. */
  kindWords: z.partialRecord(z.enum(SEARCH_KINDS), z.strictObject({ nl: searchWords, en: searchWords })).optional(),
  synonyms: z.array(synonymSchema).min(1),
});
export type Synonyms = z.infer<typeof synonymsFileSchema>;
// --- end search: synonyms ------------------------------------------------------------------------------
