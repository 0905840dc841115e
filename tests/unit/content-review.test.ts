// What the outside review (2026-12) found, kept fixed: red flags with one urgency each, stations that are real
// attachments, paths that follow the anatomy, one Dutch term per thing, and a first client passage without Latin.
import { describe, expect, it } from 'vitest';
import { LINE_IDS, REGION_BASE_IDS, type Urgency } from '../../src/content/ids';
import { allSteps, structuresOfStep } from '../../src/content/indexes';
import { drawnLines, litMeshes } from '../../src/explorer/highlight';
import { forEachPassage, formatIssue, loadContent } from '../../src/content/load';
import type { Passage } from '../../src/content/schemas';
import { readContentFiles } from '../../tools/content-files';

const files = readContentFiles(process.cwd());
const result = loadContent(files);
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;
const contentFiles = Object.entries(files).filter(([path]) => !path.startsWith('data/body/'));

function messages(changed: Record<string, unknown>): string[] {
  const outcome = loadContent({ ...files, ...changed });
  return outcome.ok ? [] : outcome.issues.map(formatIssue);
}

/** Every passage in the content, with where it is. */
const passages: { at: string; passage: Passage }[] = contentFiles.flatMap(([path, json]) => {
  const found: { at: string; passage: Passage }[] = [];
  forEachPassage(json, '', (passage, at) => found.push({ at: `${path} ${at}`, passage }));
  return found;
});
const warnings = passages.filter(({ passage }) => passage.claim === 'warning');

/** Every Dutch string anywhere in the content, with where it is. */
function dutchTexts(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, index) => dutchTexts(item, `${at}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'nl' && typeof child === 'string') out.push([at, child]);
      else dutchTexts(child, `${at}.${key}`, out);
    }
  }
  return out;
}
const allDutch = contentFiles.filter(([path]) => path !== 'data/glossary.json').flatMap(([path, json]) => dutchTexts(json, path));

/** What a warning of each urgency must say, in both languages, so the words match the label. */
const URGENCY_WORDING: Record<Urgency, { nl: RegExp; en: RegExp }> = {
  call_112: { nl: /\b112\b/, en: /\b112\b/ },
  doctor_now: { nl: /\b(direct|meteen|nu)\b.*huisartsenpost/, en: /\b(now|right away)\b.*out-of-hours/ },
  doctor_same_day: { nl: /\bvandaag\b/, en: /\btoday\b/ },
  doctor_soon: { nl: /huisarts|fysiotherapeut|podotherapeut|psycholoog|orthopeed/, en: /GP|physiotherapist|podiatrist|psychologist|orthopaedic/ },
};

describe('warning signs', () => {
  it('there are warnings, and each names known signs and an urgency', () => {
    expect(warnings.length).toBeGreaterThan(20);
    for (const { at, passage } of warnings) {
      expect(passage.urgency, at).toBeDefined();
      for (const sign of passage.signs ?? []) expect(content.warningSigns.has(sign), `${at}: ${sign}`).toBe(true);
    }
  });

  it('the same warning sign never carries two urgencies', () => {
    const urgencies = new Map<string, Set<string>>();
    for (const { passage } of warnings) {
      for (const sign of passage.signs ?? []) urgencies.set(sign, (urgencies.get(sign) ?? new Set()).add(passage.urgency ?? '?'));
    }
    const mixed = [...urgencies].filter(([, found]) => found.size > 1).map(([sign, found]) => `${sign}: ${[...found].join(', ')}`);
    expect(mixed).toEqual([]);
  });

  it('says what its urgency means, in Dutch and English, and a less urgent one never says 112 or the out-of-hours service', () => {
    for (const { at, passage } of warnings) {
      const urgency = passage.urgency as Urgency;
      expect(passage.nl, at).toMatch(URGENCY_WORDING[urgency].nl);
      expect(passage.en, at).toMatch(URGENCY_WORDING[urgency].en);
      if (urgency !== 'call_112') expect(passage.nl, at).not.toMatch(/\b112\b/);
      if (urgency === 'doctor_same_day' || urgency === 'doctor_soon') expect(passage.nl, at).not.toMatch(/huisartsenpost/);
    }
  });

  it('cauda-equina signs mean calling the GP now, sudden stroke-like signs mean 112', () => {
    expect(content.warningSigns.get('cauda_equina_signs')?.urgency).toBe('doctor_now');
    expect(content.warningSigns.get('stroke_signs')?.urgency).toBe('call_112');
    const lowerBack = warnings.filter(({ at }) => at.startsWith('data/patterns/lower_back_residual_tension.json'));
    expect(lowerBack.find(({ passage }) => passage.signs?.includes('cauda_equina_signs'))?.passage.urgency).toBe('doctor_now');
    const suboccipital = warnings.filter(({ at }) => at.startsWith('data/patterns/suboccipital_tension.json'));
    expect(suboccipital.find(({ passage }) => passage.signs?.includes('stroke_signs'))?.passage.urgency).toBe('call_112');
  });

  it('no other passage gives emergency advice: 112 and the out-of-hours service stand only in warnings', () => {
    const hidden = passages
      .filter(({ passage }) => passage.claim !== 'warning' && /\b112\b|huisartsenpost/.test(passage.nl))
      .map(({ at }) => at);
    expect(hidden).toEqual([]);
  });

  it('a new or one-sided high arch is referred to the GP', () => {
    const highArch = warnings.filter(({ at }) => at.startsWith('data/patterns/high_arch_supinated_foot.json'));
    expect(highArch.some(({ passage }) => passage.signs?.includes('changing_foot_shape') && /huisarts/.test(passage.nl))).toBe(true);
  });

  it('the loader refuses a warning whose urgency disagrees with its sign', () => {
    const path = 'data/patterns/suboccipital_tension.json';
    const pattern = structuredClone(files[path]) as { whatHelps: Passage[] };
    const index = pattern.whatHelps.findIndex((passage) => passage.signs?.includes('stroke_signs'));
    pattern.whatHelps[index]!.urgency = 'doctor_soon';
    expect(messages({ [path]: pattern })).toContain(
      `${path}: whatHelps[${index}].urgency "doctor_soon" disagrees with "stroke_signs", which is "call_112" everywhere (data/warning-signs.json)`,
    );
  });
});

describe('paths', () => {
  it('every station of every path is a real attachment in the landmark data, never a waypoint', () => {
    const waypoints = LINE_IDS.flatMap((id) =>
      allSteps(content.lines[id])
        .filter((step) => step.kind === 'station' && content.landmarks.get(step.id)?.role !== 'attachment')
        .map((step) => `${id}: ${step.id}`),
    );
    expect(waypoints).toEqual([]);
    expect(content.landmarks.get('greater_trochanter')?.role).toBe('reference');
  });

  it('the loader refuses a reference point as a station', () => {
    const path = 'data/lines/ll.json';
    const line = structuredClone(files[path]) as { path: { kind: string; id: string }[] };
    line.path.find((step) => step.id === 'iliac_crest')!.id = 'greater_trochanter';
    expect(messages({ [path]: line }).some((message) => message.includes('"greater_trochanter" is a reference point'))).toBe(true);
  });

  it('the Lateral and Spiral Lines have no greater-trochanter station; the TFL is part of their iliotibial track', () => {
    for (const id of ['ll', 'spl'] as const) {
      const steps = allSteps(content.lines[id]);
      expect(steps.some((step) => step.id === 'greater_trochanter'), id).toBe(false);
      const tract = steps.find((step) => step.id === 'iliotibial_tract');
      expect(tract && structuresOfStep(tract), id).toContain('tensor_fasciae_latae');
    }
  });

  it("the DFL's long toe flexors start at the underside of the toes", () => {
    const branch = content.lines.dfl.branches.find((candidate) => candidate.path.some((step) => step.id === 'long_toe_flexors'));
    expect(branch?.path[0]?.id).toBe('toes_plantar');
  });

  it('the adductors run from the linea aspera to the pubis, not to the lesser trochanter', () => {
    for (const path of [content.lines.dfl.path, ...content.lines.dfl.branches.map((branch) => branch.path)]) {
      path.forEach((step, index) => {
        if (step.kind === 'track' && structuresOfStep(step).some((id) => id.startsWith('adductor_') && id !== 'adductor_magnus')) {
          expect(path[index + 1]?.id).toBe('pubic_tubercle');
        }
      });
    }
    expect(content.lines.dfl.caveats.some((caveat) => /fascie/.test(caveat.nl) && /kleine draaier/.test(caveat.nl))).toBe(true);
  });

  it('the Achilles tendon is part of the Superficial Back Line, which therefore passes the ankle', () => {
    expect(content.index.linesOfStructure.get('achilles_tendon')).toContain('sbl');
    expect(content.index.linesThroughRegion.ankle).toContain('sbl');
    const lit = litMeshes(drawnLines([{ id: 'sbl', side: 'l' }], content));
    expect(lit.get('track_achilles_tendon_l')).toBe('sbl');
    expect(litMeshes(drawnLines([{ id: 'll', side: 'r' }], content)).get('track_tensor_fasciae_latae_r')).toBe('ll');
  });
});

describe('evidence', () => {
  it('a line that only some transitions support says how many', () => {
    expect(content.lines.spl.evidence.continuity.transitions).toEqual({ confirmed: 5, of: 9 });
    expect(content.lines.ll.evidence.continuity.transitions).toEqual({ confirmed: 2, of: 5 });
    expect(content.lines.dfal.evidence.continuity.level).toBe('not_studied');
  });

  it('names Krause 2016 for force transmission and Wilke 2016 for continuity', () => {
    for (const id of LINE_IDS) {
      const { continuity, forceTransmission } = content.lines[id].evidence;
      expect(forceTransmission.note.nl, id).not.toMatch(/systematische review uit 2016/);
      if (forceTransmission.sources.includes('krause_2016') && /review/.test(forceTransmission.note.nl)) {
        expect(forceTransmission.note.nl, id).toMatch(/Krause/);
      }
      if (continuity.sources.includes('wilke_2016') && /review/.test(continuity.note.nl)) expect(continuity.note.nl, id).toMatch(/Wilke/);
    }
  });
});

describe('Dutch terms', () => {
  it('no Dutch text uses a variant the glossary rejects', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const offenders = [...content.glossary.values()].flatMap((term) =>
      term.rejected.flatMap((variant) => {
        const pattern = new RegExp(`(^|[^\\p{L}])${escape(variant)}(?=$|[^\\p{L}])`, 'iu');
        return allDutch.filter(([, text]) => pattern.test(text)).map(([at]) => `${at}: "${variant}" (use "${term.nl}")`);
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('the Dutch name of each glossary structure or landmark uses the chosen term', () => {
    for (const term of content.glossary.values()) {
      const named = content.structures.get(term.id) ?? content.landmarks.get(term.id);
      if (named) expect(named.names.nl.toLowerCase(), term.id).toContain(term.nl.toLowerCase());
    }
  });
});

describe('the first passages a client reads', () => {
  const everyday = new Set(['fascia', 'laterale', 'mediale']);
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const named = [...content.landmarks.values(), ...content.structures.values()];
  const dutchWords = new Set(named.flatMap((item) => words(item.names.nl)));
  // Latin: the words of the anatomical names that are not also Dutch words, plus the abbreviations m., mm., lig.
  // Plural and case forms the names do not carry but prose uses ("vertebrae lumbales", "crura diaphragmatis").
  const proseLatin = ['vertebrae', 'lumbales', 'cervicales', 'thoracicae', 'crura', 'diaphragmatis', 'malleoli', 'retinacula', 'condylen'];
  const latin = new Set([
    ...named.flatMap((item) => words(item.names.la)).filter((word) => word.length >= 5 && !dutchWords.has(word) && !everyday.has(word)),
    ...proseLatin,
  ]);

  it('carry no Latin: the first "what is there" and "what people feel" passages of every region', () => {
    const offenders = REGION_BASE_IDS.flatMap((id) => {
      const region = content.regions[id];
      return [region.whatIsThere[0], region.clientsFeel[0]].flatMap((passage) => {
        const text = passage?.nl ?? '';
        const hits = [...words(text).filter((word) => latin.has(word)), ...(text.match(/\b(m|mm|lig|ligg)\.\s/g) ?? [])];
        return hits.length > 0 ? [`${id}: ${hits.join(', ')}`] : [];
      });
    });
    expect(offenders).toEqual([]);
  });

  it('the anatomical names are kept for therapists and students, in a passage of their own', () => {
    for (const id of REGION_BASE_IDS) expect(content.regions[id].inDepth.length, id).toBeGreaterThan(0);
    expect(content.regions.lower_back.inDepth[0]?.nl).toMatch(/fascia thoracolumbalis/);
  });
});
