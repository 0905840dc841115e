import { describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load';
import { drawnLines, litMeshes } from '../../src/explorer/highlight';
import { pathPoints, resample, resolveSteps, type ResolvedStep, type StyledPoint } from '../../src/explorer/linePath';
import { buildRibbonGeometry } from '../../src/scene/ribbonGeometry';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const content: Content = result.content;

describe('a line on the body', () => {
  it('runs on the side it is shown on; the Spiral Line crosses to the other side where the data says', () => {
    const spl = content.lines.spl;
    const left = resolveSteps(spl.path, spl, 'l', content.landmarks, content.structures);
    const sides = new Set(left.filter((step) => step.side).map((step) => step.side));
    expect(sides).toEqual(new Set(['l', 'r']));
    const opposite = spl.path.findIndex((step) => step.side === 'opposite' && content.structures.get(step.id)?.sided);
    expect(left[opposite]?.side).toBe('r');
    expect(left[opposite]?.modelName.endsWith('_r')).toBe(true);
  });

  it('the Superficial Back Line stays on its own side from toes to brow', () => {
    const sbl = content.lines.sbl;
    const right = resolveSteps(sbl.path, sbl, 'r', content.landmarks, content.structures);
    expect(right.every((step) => step.side === undefined || step.side === 'r')).toBe(true);
    expect(right[0]?.kind).toBe('station');
  });

  it('lights the track meshes of every shown line, on both sides when asked', () => {
    const drawn = drawnLines([{ id: 'sbl', side: 'both' }], content);
    expect(drawn.map((line) => line.side)).toEqual(['l', 'r']);
    const lit = litMeshes(drawn);
    const trackStep = content.lines.sbl.path.find((step) => step.kind === 'track' && content.structures.get(step.id)?.sided);
    expect(lit.get(`track_${trackStep?.id}_l`)).toBe('sbl');
    expect(lit.get(`track_${trackStep?.id}_r`)).toBe('sbl');
  });

  it('the Deep Front Line draws its branches as their own strands', () => {
    const [drawn] = drawnLines([{ id: 'dfl', side: 'l' }], content);
    expect(drawn?.strands.length).toBe(1 + content.lines.dfl.branches.length);
    expect(content.lines.dfl.branches.length).toBeGreaterThan(0);
  });
});

describe('the ribbon path', () => {
  const step = (kind: 'station' | 'track', modelName: string, style: 'confirmed' | 'unconfirmed' = 'confirmed'): ResolvedStep => ({
    kind, id: modelName, side: 'l', modelName, meshName: modelName, style, deep: false,
  });

  it('follows each track from the end nearest the path so far', () => {
    const points = pathPoints([step('station', 'a'), step('track', 't'), step('station', 'b')], {
      landmark: (name) => (name === 'a' ? [0, 0, 0] : [0, 1, 0]),
      centerline: () => [[0, 0.9, 0], [0, 0.1, 0]],
    });
    expect(points.map((entry) => entry.point[1])).toEqual([0, 0.1, 0.9, 1]);
  });

  it('skips parts missing from the model instead of failing', () => {
    const points = pathPoints([step('station', 'a'), step('track', 'missing')], { landmark: () => [0, 0, 0], centerline: () => undefined });
    expect(points).toHaveLength(1);
  });

  it('resamples evenly', () => {
    const points: StyledPoint[] = [
      { point: [0, 0, 0], style: 'confirmed', deep: false },
      { point: [0, 1, 0], style: 'confirmed', deep: false },
    ];
    const even = resample(points, 0.1);
    expect(even).toHaveLength(11);
    expect(even[5]?.point[1]).toBeCloseTo(0.5);
  });

  it('is dashed where the connection is unconfirmed', () => {
    const line = (style: 'confirmed' | 'unconfirmed') =>
      resample([{ point: [0, 0, 0], style, deep: false }, { point: [0, 0.5, 0], style, deep: false }], 0.01);
    // The shader cuts the dashes in screen pixels; the geometry says where they are due.
    const dashedOf = (style: 'confirmed' | 'unconfirmed') => [...(buildRibbonGeometry([line(style)]).getAttribute('dashed').array as Float32Array)];
    expect(dashedOf('confirmed').every((flag) => flag === 0)).toBe(true);
    expect(dashedOf('unconfirmed').every((flag) => flag === 1)).toBe(true);
  });

  it("carries each point's skin normal, so the through-skin pass can drop deep stretches under skin facing away", () => {
    const points = [
      { point: [0, 0, 0] as const, style: 'confirmed' as const, deep: true, normal: [0, 0, -1] as const },
      { point: [0, 0.1, 0] as const, style: 'confirmed' as const, deep: true },
    ];
    const normals = [...(buildRibbonGeometry([points]).getAttribute('skinNormal').array as Float32Array)];
    // Two vertices per point (one per edge): the first point's normal twice, then zero where none is known.
    expect(normals).toEqual([0, 0, -1, 0, 0, -1, 0, 0, 0, 0, 0, 0]);
  });
});
