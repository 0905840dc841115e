// Canonical ids (DESIGN.md). Tables keyed by these are Record<…>, so a missing entry is a compile error.

export const LINE_IDS = ['sbl', 'sfl', 'll', 'spl', 'dfl', 'sfal', 'dfal', 'sbal', 'dbal', 'bfl', 'ffl', 'ifl'] as const;
export type LineId = (typeof LINE_IDS)[number];

// Display order: the Deep Front Line, central to the practice's work, right after the cardinal and spiral lines.
export const LINE_GROUPS = ['cardinal', 'spiral', 'deep', 'arm', 'functional'] as const;
export type LineGroup = (typeof LINE_GROUPS)[number];

/** Regions that exist once on each side of the body. */
export const SIDED_REGION_BASES = ['foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'shoulder', 'arm', 'hand'] as const;
/** Regions on the midline, drawn as one area. */
export const MIDLINE_REGIONS = ['pelvis', 'lower_back', 'abdomen', 'chest', 'upper_back', 'neck', 'head', 'jaw'] as const;

export const REGION_BASE_IDS = [...SIDED_REGION_BASES, ...MIDLINE_REGIONS] as const;
export type RegionBaseId = (typeof REGION_BASE_IDS)[number];
export type SidedRegionBase = (typeof SIDED_REGION_BASES)[number];

export const SIDES = ['l', 'r'] as const;
export type Side = (typeof SIDES)[number];

/** A concrete, tappable region: `foot_l`, `foot_r`, `pelvis`, … */
export type RegionId = `${SidedRegionBase}_${Side}` | (typeof MIDLINE_REGIONS)[number];

export const REGION_IDS: readonly RegionId[] = [
  ...SIDED_REGION_BASES.flatMap((base) => SIDES.map((side) => `${base}_${side}` as const)),
  ...MIDLINE_REGIONS,
];

export function isSidedRegionBase(id: string): id is SidedRegionBase {
  return (SIDED_REGION_BASES as readonly string[]).includes(id);
}

/** The base of a concrete region id: `foot_l` → `foot`. */
export function regionBase(id: RegionId): RegionBaseId {
  const match = /^(.*)_(l|r)$/.exec(id);
  if (match && isSidedRegionBase(match[1] ?? '')) return match[1] as SidedRegionBase;
  return id as RegionBaseId;
}

export function regionSide(id: RegionId): Side | undefined {
  const match = /_(l|r)$/.exec(id);
  return match && isSidedRegionBase(id.slice(0, -2)) ? (match[1] as Side) : undefined;
}

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * `partial`: some transitions of the line were confirmed (the rating says how many of how many);
 * `other_route`: a related chain was studied, but it runs another way than Myers' line (the arm lines, Wilke & Krause 2019).
 */
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'partial', 'other_route', 'limited', 'none', 'not_studied'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * What kind of claim a piece of text makes (DESIGN.md: "Honest"). A `warning` names warning signs and what to do
 * about them; it is shown first and apart, never as a practice anecdote.
 */
export const CLAIM_KINDS = ['anatomy', 'evidence', 'practice', 'warning'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How soon someone with a warning sign should get help, most urgent first. */
export const URGENCIES = ['call_112', 'doctor_now', 'doctor_same_day', 'doctor_soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Kinds of search answer, in this order on equal scores: the broader answer first, the practice (booking) last. */
export const SEARCH_KINDS = ['line', 'region', 'pattern', 'structure', 'landmark', 'exercise', 'practice'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
