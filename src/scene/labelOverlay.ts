// The DOM the station names are drawn in: one element per name and an SVG for leader lines, placed by the layout pass
// every drawn frame without React (positions change with the camera; React renders only when the names change).
import type { PlacedLabel } from '../explorer/labelLayout';

const SVG = 'http://www.w3.org/2000/svg';

export interface OverlayLabel {
  key: string;
  name: string;
  /** A line's tag is drawn in the line's colour, with ink that reads on it. */
  colour?: string;
  ink?: string;
  /** Always tied to its point, near or not: a line's tag (where the line ends), a deep station (no bead on the skin). */
  tied?: boolean;
}

/** A leader: a pale casing under a dark (or the line's) stroke, so it reads on pale skin and dark background alike, with a dot on the point. */
interface Leader {
  group: SVGGElement;
  strokes: SVGLineElement[];
  dot: SVGCircleElement;
}

function createLeader(colour: string | undefined): Leader {
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('class', colour ? 'station-labels__leader station-labels__leader--line' : 'station-labels__leader');
  if (colour) group.style.setProperty('--line-colour', colour);
  const casing = document.createElementNS(SVG, 'line');
  casing.setAttribute('class', 'station-labels__leader-casing');
  const stroke = document.createElementNS(SVG, 'line');
  stroke.setAttribute('class', 'station-labels__leader-stroke');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('class', 'station-labels__leader-dot');
  dot.setAttribute('r', '3');
  group.append(casing, stroke, dot);
  group.style.display = 'none';
  return { group, strokes: [casing, stroke], dot };
}

export class LabelOverlay {
  readonly element = document.createElement('div');
  private readonly leaders = document.createElementNS(SVG, 'svg');
  private readonly items = new Map<string, HTMLSpanElement>();
  private readonly lines = new Map<string, Leader>();
  private readonly sizes = new Map<string, { width: number; height: number }>();
  private readonly tags = new Set<string>();
  /**
   * A name's size changes when its font does (presentation mode, a font that finishes loading, the reader's zoom):
   * the cached size is dropped then, and the next drawn frame lays it out by its new size.
   */
  private readonly resized =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          let changed = false;
          for (const entry of entries) {
            const key = (entry.target as HTMLElement).dataset.labelKey;
            const known = key === undefined ? undefined : this.sizes.get(key);
            if (!key || !known) continue;
            const item = entry.target as HTMLElement;
            if (item.offsetWidth === known.width && item.offsetHeight === known.height) continue;
            this.sizes.delete(key);
            changed = true;
          }
          if (changed) this.onResize?.();
        });
  /** Called when a name's size changed, so the view draws a frame and lays the names out again. */
  onResize: (() => void) | undefined;

  constructor() {
    this.element.className = 'station-labels';
    this.element.setAttribute('aria-hidden', 'true');
    this.leaders.setAttribute('class', 'station-labels__leaders');
    this.element.append(this.leaders);
  }

  mount(parent: HTMLElement): void {
    parent.append(this.element);
  }

  /** Replaces the names shown; measures each once, so the layout works with real sizes in the current font. */
  setLabels(labels: readonly OverlayLabel[]): void {
    this.resized?.disconnect();
    for (const item of this.items.values()) item.remove();
    for (const line of this.lines.values()) line.group.remove();
    this.items.clear();
    this.lines.clear();
    this.tags.clear();
    for (const label of labels) {
      const item = document.createElement('span');
      item.className = label.colour ? 'station-label station-label--line' : 'station-label';
      item.textContent = label.name;
      if (label.colour) item.style.setProperty('--line-colour', label.colour);
      if (label.ink) item.style.setProperty('--line-ink', label.ink);
      item.style.visibility = 'hidden';
      item.dataset.labelKey = label.key;
      this.element.append(item);
      this.resized?.observe(item);
      this.items.set(label.key, item);
      if (label.colour || label.tied) this.tags.add(label.key);
      const leader = createLeader(label.colour);
      this.leaders.append(leader.group);
      this.lines.set(label.key, leader);
    }
    this.sizes.clear();
  }

  /** A label's size, measured once when first asked for while the overlay is on the page. */
  size(key: string): { width: number; height: number } | undefined {
    const known = this.sizes.get(key);
    if (known) return known;
    const item = this.items.get(key);
    // Not on the page (or not laid out) yet measures 0: such a label waits rather than overlapping its neighbours.
    if (!item || item.offsetWidth === 0) return undefined;
    const size = { width: item.offsetWidth, height: item.offsetHeight };
    this.sizes.set(key, size);
    return size;
  }

  place(placed: readonly PlacedLabel[]): void {
    const byKey = new Map(placed.map((label) => [label.key, label]));
    for (const [key, item] of this.items) {
      const label = byKey.get(key);
      const line = this.lines.get(key);
      if (!label) {
        item.style.visibility = 'hidden';
        if (line) line.group.style.display = 'none';
        continue;
      }
      item.style.visibility = 'visible';
      item.style.transform = `translate(${Math.round(label.left)}px, ${Math.round(label.top)}px)`;
      if (!line) continue;
      // A tied label shows its point even when near: the dot says where the line ends, or where a deep station lies.
      if (!label.leader && !this.tags.has(key)) {
        line.group.style.display = 'none';
        continue;
      }
      // The leader runs from the point to the nearest edge of the label box.
      const x = Math.min(Math.max(label.anchorX, label.left), label.left + label.width);
      const y = Math.min(Math.max(label.anchorY, label.top), label.top + label.height);
      for (const stroke of line.strokes) {
        stroke.setAttribute('x1', label.anchorX.toFixed(1));
        stroke.setAttribute('y1', label.anchorY.toFixed(1));
        stroke.setAttribute('x2', x.toFixed(1));
        stroke.setAttribute('y2', y.toFixed(1));
      }
      line.dot.setAttribute('cx', label.anchorX.toFixed(1));
      line.dot.setAttribute('cy', label.anchorY.toFixed(1));
      line.group.style.display = '';
    }
  }

  dispose(): void {
    this.resized?.disconnect();
    this.onResize = undefined;
    this.element.remove();
  }
}
