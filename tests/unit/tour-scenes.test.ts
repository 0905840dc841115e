import { describe, expect, it } from 'vitest';
import { LINE_IDS } from '../../src/content/ids';
import { formatIssue, loadContent } from '../../src/content/load';
import { sceneSchema, type Scene } from '../../src/content/schemas';
import { linesOfPart } from '../../src/explorer/highlight';
import { firstSentences, lineTour } from '../../src/modes/tours/lineTour';
import { lineOfTour, lineTourId, tourSceneIds } from '../../src/modes/tours/sceneIds';
import { allTours, findTour, toursFor } from '../../src/modes/tours/tourScenes';
import { readContentFiles } from '../../tools/content-files';
import { content } from './contentFixture';

const realFiles = readContentFiles(process.cwd());

function withScene(change: (scene: Scene) => void): string[] {
  const scene = structuredClone(realFiles['scenes/lower_back_story.json']) as Scene;
  change(scene);
  const result = loadContent({ ...realFiles, 'scenes/lower_back_story.json': scene });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('scene files are checked like the rest of the content', () => {
  it('every scene file validates and names only known ids (the loader passed)', () => {
    expect(content.scenes.size).toBeGreaterThanOrEqual(7);
    for (const scene of content.scenes.values()) expect(scene.steps.length).toBeGreaterThan(0);
  });

  it('a step that names a track or station lights a line it belongs to, so what the text names is what lights up', () => {
    for (const scene of [...content.scenes.values(), ...allTours(content).filter((tour) => tour.kind === 'line')]) {
      scene.steps.forEach((step, index) => {
        const part = step.track ? { kind: 'track' as const, id: step.track } : step.station ? { kind: 'station' as const, id: step.station } : undefined;
        if (!part || step.lines.length === 0) return;
        const lines = linesOfPart(part.kind, part.id, content);
        expect(step.lines.some((line) => lines.includes(line.id)), `${scene.id} step ${index + 1}: ${part.id}`).toBe(true);
      });
    }
  });

  it('every story and chain has its text in both languages, a title per step, and ends where a client can act or a therapist can weigh it', () => {
    for (const scene of content.scenes.values()) {
      for (const step of scene.steps) {
        expect(step.text.nl.length, `${scene.id}: ${step.title.en}`).toBeLessThanOrEqual(240);
        expect(step.text.en.length, `${scene.id}: ${step.title.en}`).toBeLessThanOrEqual(240);
      }
      const last = scene.steps.at(-1)!;
      if (scene.audience === 'client') expect(last.contact, scene.id).toBe(true);
      else expect(last.text.claim, scene.id).toBe('evidence');
    }
  });

  it('a misspelt track fails with the file, the step and the field, and suggests the right one', () => {
    const messages = withScene((scene) => {
      scene.steps[2]!.track = 'hamstring';
    });
    expect(messages).toEqual(['scenes/lower_back_story.json: steps[2].track "hamstring" is not a known structure — did you mean "hamstrings"? (step 3)']);
  });

  it('an unknown station, pointer landmark or exercise is named too', () => {
    const messages = withScene((scene) => {
      scene.steps[0]!.station = 'heel';
      scene.steps[1]!.pointer = { landmark: 'calcaneos', label: { nl: 'Hiel', en: 'Heel' } };
      scene.steps[2]!.exercise = 'grounded';
    });
    expect(messages.some((message) => message.startsWith('scenes/lower_back_story.json: steps[0].station "heel" is not a known landmark'))).toBe(true);
    expect(messages).toContain('scenes/lower_back_story.json: steps[1].pointer.landmark "calcaneos" is not a known landmark — did you mean "calcaneus"? (step 2)');
    expect(messages.some((message) => message.includes('steps[2].exercise "grounded" is not a known exercise'))).toBe(true);
  });

  it('an unknown line or region is refused by the schema with its path', () => {
    const messages = withScene((scene) => {
      (scene.steps[1]!.lines[0] as { id: string }).id = 'sbll';
      (scene.steps[0] as { region: string }).region = 'lowerback';
    });
    expect(messages.some((message) => message.startsWith('scenes/lower_back_story.json: steps[1].lines[0].id must be one of'))).toBe(true);
    expect(messages.some((message) => message.startsWith('scenes/lower_back_story.json: steps[0].region must be one of'))).toBe(true);
  });

  it('framing "focus" without a track or station, or a pointer at two things, is refused', () => {
    const messages = withScene((scene) => {
      scene.steps[0]!.camera = { frame: 'focus' };
      scene.steps[0]!.pointer = { region: 'pelvis', landmark: 'sacrum', label: { nl: 'x', en: 'x' } };
    });
    expect(messages).toContain('scenes/lower_back_story.json: steps[0].camera.frame "focus" frames the step\'s "track" or "station": name one (step 1)');
    expect(messages).toContain('scenes/lower_back_story.json: steps[0].pointer points at one "region" or one "landmark" (step 1)');
  });

  it('a step title that is a sentence, not a title, is refused', () => {
    const messages = withScene((scene) => {
      scene.steps[0]!.title.nl = 'Een titel die veel te lang is voor een stip onder het lichaam';
    });
    expect(messages[0]).toMatch(/^scenes\/lower_back_story\.json: steps\[0\]\.title\.nl at most 48 characters/);
  });
});

describe('one tour per line, derived from the line itself', () => {
  it('every line has a tour that passes the scene schema, with a link id', () => {
    for (const id of LINE_IDS) {
      const tour = lineTour(content.lines[id], content);
      expect(tour.id).toBe(`line_${id}`);
      expect(sceneSchema.safeParse(tour).success, id).toBe(true);
      expect(lineOfTour(tour.id)).toBe(id);
    }
  });

  it('walks every track of the main path in order, naming where it runs to, and ends with the evidence', () => {
    const sbl = content.lines.sbl;
    const tour = lineTour(sbl, content);
    const tracks = sbl.path.filter((step) => step.kind === 'track').map((step) => step.id);
    expect(tour.steps.slice(1, -1).map((step) => step.track)).toEqual(tracks);
    expect(tour.steps[1]?.title.en).toBe(content.structures.get('plantar_fascia')?.names.en);
    expect(tour.steps[1]?.pointer?.landmark).toBe('calcaneus');
    expect(tour.steps[1]?.text.en).toContain('Track 1 of 6');
    const last = tour.steps.at(-1)!;
    expect(last.text.claim).toBe('evidence');
    expect(last.text.en).toContain('Continuity in dissection: strong');
    expect(last.text.nl).toContain('sterk');
    expect(last.text.en.length).toBeLessThan(280);
  });

  it('the evidence note is cut at whole sentences', () => {
    expect(firstSentences('One two. Three four five. Six.', 20)).toBe('One two.');
    expect(firstSentences('One two. Three four five. Six.', 30)).toBe('One two. Three four five. Six.');
    // An abbreviation inside a sentence is no sentence end.
    expect(firstSentences('Niet onderzocht. De review (Wilke e.a. 2016) liet haar buiten beschouwing. Meer.', 75)).toBe(
      'Niet onderzocht. De review (Wilke e.a. 2016) liet haar buiten beschouwing.',
    );
    expect(firstSentences('No full stop', 5)).toBe('No full stop');
  });

  it('a line that crosses the midline is lit on one side and points at the other side after it crosses', () => {
    const tour = lineTour(content.lines.spl, content);
    expect(tour.steps[0]?.lines).toEqual([{ id: 'spl', side: 'l' }]);
    const crossed = tour.steps.find((step) => step.track === 'serratus_anterior');
    expect(crossed?.pointer).toMatchObject({ landmark: 'medial_border_scapula', side: 'r' });
  });

  it('the picker lists the scene files, the practice story first, then all twelve line tours; links know their ids', () => {
    const tours = allTours(content);
    expect(tours[0]?.id).toBe('lower_back_story');
    expect(tours.filter((tour) => tour.kind === 'line')).toHaveLength(12);
    expect(toursFor(tours, 'student').every((tour) => tour.audience === 'student')).toBe(true);
    expect(findTour(content, 'line_dfl')?.title.en).toContain('Deep Front Line');
    expect(findTour(content, 'nonsense')).toBeUndefined();
    const ids = tourSceneIds(content.scenes.keys());
    expect(ids.has(lineTourId('ifl'))).toBe(true);
    expect(ids.has('lower_back_story')).toBe(true);
  });
});
