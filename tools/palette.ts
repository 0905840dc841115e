// Finds twelve line colours a person can tell apart, also with a colour-vision deficiency:
//   npx tsx tools/palette.ts [restarts] [seed] [steps]
// A local search over a pool of clear, saturated sRGB colours (no near-black, no grey, none close to the skin):
// start from a random twelve, keep replacing one colour of the closest pair with the pool colour that raises the
// smallest margin most, restart from another random twelve, keep the best. Margins are the smallest CIEDE2000
// difference of any pair divided by its target (20 normal vision, 10 under each dichromacy) and of any line to the
// skin (30); the abbreviation written on the swatch must read on it (4.5:1). It prints the best palette; which line gets which colour is chosen by hand in data/lines/*.json.
import { contrastRatio, inkOn } from '../src/ui/swatch';
import { closestPair, deltaE2000, differenceAs, labToRgb, rgbToHex, rgbToLab, simulate, VISIONS, hexToRgb, type Lab, type Vision } from './colourDifference';
import { seededRandom } from './seededRandom';

/** The skin tone of the body (src/scene/BodyModel.tsx). */
export const SKIN = '#e3cdb9';
export const TARGETS: Record<Vision, number> = { normal: 20, protanopia: 10, deuteranopia: 10, tritanopia: 10 };
export const SKIN_TARGET = 30;
/** The abbreviation on a list swatch, small bold text: WCAG AA. */
export const INK_CONTRAST = 4.5;

/** Lightness and chroma bounds: dark enough to glow against warm skin, light enough to read on the dark theme. */
const LIGHTNESS = { min: 34, max: 80 };
const CHROMA = { min: 36, max: 100 };
/** Against the skin under a simulated dichromacy: a softer floor than with normal vision. */
const SKIN_TARGET_DICHROMACY = 15;

interface Candidate { hex: string; seen: Record<Vision, Lab> }

function candidatePool(): Candidate[] {
  const skin = hexToRgb(SKIN);
  const pool: Candidate[] = [];
  for (let L = LIGHTNESS.min; L <= LIGHTNESS.max; L += 2) {
    for (let C = CHROMA.min; C <= CHROMA.max; C += 6) {
      for (let h = 0; h < 360; h += 5) {
        const rgb = labToRgb({ L, a: C * Math.cos((h * Math.PI) / 180), b: C * Math.sin((h * Math.PI) / 180) });
        if (!rgb) continue;
        const hex = rgbToHex(rgb);
        const seen = Object.fromEntries(VISIONS.map((vision) => [vision, rgbToLab(simulate(hexToRgb(hex), vision))])) as Record<Vision, Lab>;
        // The skin must stand out from every line for everyone, not only with normal vision.
        const skinSeen = (vision: Vision) => rgbToLab(simulate(skin, vision));
        const floor = (vision: Vision) => (vision === 'normal' ? SKIN_TARGET : SKIN_TARGET_DICHROMACY);
        if (VISIONS.some((vision) => deltaE2000(seen[vision], skinSeen(vision)) < floor(vision))) continue;
        // The list writes the abbreviation on the swatch: one of the two inks must read on it (WCAG AA).
        if (contrastRatio(hex, inkOn(hex)) < INK_CONTRAST) continue;
        pool.push({ hex, seen });
      }
    }
  }
  return pool;
}

/** Every pair margin of a set (1 = exactly on target), each vision counted on its own. */
function margins(set: readonly Candidate[], index: number, other: number): number {
  let value = Infinity;
  for (const vision of VISIONS) value = Math.min(value, deltaE2000(set[index]!.seen[vision], set[other]!.seen[vision]) / TARGETS[vision]);
  return value;
}

export function smallestMargin(set: readonly Candidate[]): number {
  let value = Infinity;
  for (let i = 0; i < set.length; i++) for (let j = i + 1; j < set.length; j++) value = Math.min(value, margins(set, i, j));
  return value;
}

/** A soft minimum over all pairs: lowering any close pair lowers it, so the search can climb out of ties. */
const SOFTNESS = 12;
function energy(pairMargins: Float64Array): number {
  let sum = 0;
  for (const m of pairMargins) sum += Math.exp(-SOFTNESS * m);
  return sum;
}


/** Simulated annealing: replace one colour at a time by a pool colour, accept worse sets early, fewer later. */
export function findPalette(size: number, restarts: number, seed: number, steps = 60000): { colours: string[]; margin: number } {
  const pool = candidatePool();
  const next = seededRandom(seed);
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const pairIndex = (i: number, j: number) => (i < j ? i * size + j : j * size + i);
  let best: { colours: string[]; margin: number } = { colours: [], margin: -Infinity };
  for (let restart = 0; restart < restarts; restart++) {
    const set = Array.from({ length: size }, pick);
    const pairMargins = new Float64Array(size * size).fill(Infinity);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) pairMargins[pairIndex(i, j)] = margins(set, i, j);
    let current = energy(pairMargins);
    for (let step = 0; step < steps; step++) {
      const temperature = 0.05 * (1 - step / steps) + 1e-6;
      const index = Math.floor(next() * size);
      const previous = set[index]!;
      const saved = new Float64Array(size);
      set[index] = pick();
      for (let other = 0; other < size; other++) {
        if (other === index) continue;
        saved[other] = pairMargins[pairIndex(index, other)]!;
        pairMargins[pairIndex(index, other)] = margins(set, index, other);
      }
      const trial = energy(pairMargins);
      if (trial <= current || next() < Math.exp((current - trial) / (temperature * current))) current = trial;
      else {
        set[index] = previous;
        for (let other = 0; other < size; other++) if (other !== index) pairMargins[pairIndex(index, other)] = saved[other]!;
      }
    }
    const value = smallestMargin(set);
    if (value > best.margin) best = { colours: set.map((c) => c.hex), margin: value };
  }
  return best;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const restarts = Number(process.argv[2] ?? 6);
  const seed = Number(process.argv[3] ?? 7);
  const started = performance.now();
  const steps = Number(process.argv[4] ?? 60000);
  const result = findPalette(12, restarts, seed, steps);
  console.log(`pool search, ${restarts} restarts, seed ${seed}: smallest margin ${result.margin.toFixed(2)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const named = Object.fromEntries(result.colours.map((hex) => [hex, hex]));
  for (const vision of VISIONS) {
    const pair = closestPair(vision, named);
    console.log(`${vision.padEnd(12)} smallest ΔE2000 ${pair.difference.toFixed(1)} (${pair.first} ${pair.second}); to skin ${Math.min(...result.colours.map((hex) => differenceAs(vision, hex, SKIN))).toFixed(1)}`);
  }
  for (const hex of result.colours) {
    const { L, a, b } = rgbToLab(hexToRgb(hex));
    const hue = ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
    console.log(`${hex}  L ${L.toFixed(0).padStart(3)}  C ${Math.hypot(a, b).toFixed(0).padStart(3)}  h ${hue.toFixed(0).padStart(3)}`);
  }
}
