import { describe, expect, it } from 'vitest';
import { regionCore, regionHighlight, weldSkin, type SkinPart } from '../../src/explorer/regionWeights';

/**
 * A flat patch of skin (5 mm triangles) split between two regions the way the generator does it: by triangle, along
 * a boundary that zig-zags ±8 mm around x = 0. Each region is its own mesh, repeating the shared vertices.
 */
function sawToothSkin(): SkinPart[] {
  const step = 0.005;
  const size = 40;
  const parts: Record<'knee_l' | 'thigh_l', { positions: number[]; normals: number[]; indices: number[] }> = {
    knee_l: { positions: [], normals: [], indices: [] },
    thigh_l: { positions: [], normals: [], indices: [] },
  };
  const vertex = (part: (typeof parts)['knee_l'], i: number, j: number) => {
    part.positions.push((i - size / 2) * step, (j - size / 2) * step, 0);
    part.normals.push(0, 0, 1);
    return part.positions.length / 3 - 1;
  };
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const x = (i + 0.5 - size / 2) * step;
      const y = (j + 0.5 - size / 2) * step;
      const tooth = (Math.abs(((y / 0.02) % 1) + 1) % 1) * 0.016 - 0.008;
      const part = parts[x < tooth ? 'knee_l' : 'thigh_l'];
      const a = vertex(part, i, j);
      const b = vertex(part, i + 1, j);
      const c = vertex(part, i, j + 1);
      const d = vertex(part, i + 1, j + 1);
      part.indices.push(a, b, c, b, d, c);
    }
  }
  return Object.entries(parts).map(([region, part]) => ({ region, ...part }));
}

describe('soft region edges', () => {
  const topology = weldSkin(sawToothSkin());

  it('welds the region meshes into one surface', () => {
    expect(topology.positions.length / 3).toBe(41 * 41);
    expect(topology.triangles.length / 3).toBe(40 * 40 * 2);
  });

  it('fades from 1 inside to 0 outside', () => {
    const { positions, weights } = regionHighlight(topology, 'knee_l');
    for (let v = 0; v < weights.length; v++) {
      const x = positions[v * 3] as number;
      if (x < -0.04) expect(weights[v]).toBeGreaterThan(0.95);
      if (x > 0.04) expect(weights[v]).toBeLessThan(0.05);
    }
  });

  it('its half-way curve is smooth where the triangles zig-zag', () => {
    const { positions, weights } = regionHighlight(topology, 'knee_l');
    const edge: number[] = [];
    for (let v = 0; v < weights.length; v++) {
      const y = positions[v * 3 + 1] as number;
      if (Math.abs(y) < 0.06 && Math.abs((weights[v] as number) - 0.5) < 0.05) edge.push(positions[v * 3] as number);
    }
    expect(edge.length).toBeGreaterThan(10);
    const spread = Math.max(...edge) - Math.min(...edge);
    // The triangles' boundary swings over 16 mm (plus a triangle); the soft edge over far less.
    expect(spread).toBeLessThan(0.008);
  });

  it('stands for the region by the points where it is at least half', () => {
    const core = regionCore(regionHighlight(topology, 'knee_l'));
    expect(core.length).toBeGreaterThan(100);
    expect(core.every((entry) => entry.point[0] < 0.02)).toBe(true);
  });
});
