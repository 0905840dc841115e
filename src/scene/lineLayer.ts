// The drawn lines as three.js objects, built once per line and side on first show and then only shown or hidden:
// a tap never re-projects another line, and never creates a material or shader (the materials are shared by all).
import { Color, Group, InstancedMesh, Matrix4, Mesh, MeshStandardMaterial, SphereGeometry, GreaterDepth } from 'three';
import type { LineId, Side } from '../content/ids';
import type { DrawnLine } from '../explorer/highlight';
import { sample, type OrientedPoint } from '../explorer/facing';
import { stationPoints, strandPoints, type StationPoint } from '../explorer/lineGeometry';
import { buildRibbonGeometry, type Rgb } from './ribbonGeometry';
import { createRibbonMaterials, type RibbonMaterials } from './ribbonMaterial';
import { modelLookup, skinSurface, type BodyIndex } from './modelIndex';

const MARKER_RADIUS = 0.011;
/** Enough points to tell front from back, few enough to check every frame. */
const FACING_SAMPLES = 160;

export interface BuiltLine {
  key: string;
  lineId: LineId;
  side: Side;
  group: Group;
  /** Points of the line with their skin normals, to tell whether it lies on the far side of the body. */
  facing: OrientedPoint[];
  stations: StationPoint[];
  /** The station beads, kept apart so the stations preference can hide them alone. */
  markers: Group;
}

export const lineKey = (lineId: LineId, side: Side) => `${lineId}-${side}`;

function rgbOf(colour: string): Rgb {
  const parsed = new Color(colour);
  return [parsed.r, parsed.g, parsed.b];
}

/** Station beads take their colour per instance, and glow a little in it (emissive from the instance colour). */
function createMarkerMaterial(hidden: boolean): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    color: '#ffffff',
    roughness: 0.35,
    transparent: hidden,
    opacity: hidden ? 0.32 : 1,
    depthWrite: !hidden,
    ...(hidden ? { depthFunc: GreaterDepth } : {}),
  });
  material.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <emissivemap_fragment>',
      '#include <emissivemap_fragment>\n\ttotalEmissiveRadiance += diffuseColor.rgb * 0.35;',
    );
  };
  return material;
}

export class LineLayer {
  readonly root = new Group();
  private readonly built = new Map<string, BuiltLine>();
  private readonly ribbon: RibbonMaterials = createRibbonMaterials();
  private readonly marker = { visible: createMarkerMaterial(false), hidden: createMarkerMaterial(true) };
  private readonly markerGeometry = new SphereGeometry(MARKER_RADIUS, 16, 12);

  constructor(
    private readonly index: BodyIndex,
    private readonly colourOf: (lineId: LineId) => string,
  ) {
    this.root.name = 'line-ribbons';
  }

  get materials(): RibbonMaterials {
    return this.ribbon;
  }

  /** The built line for a drawn one, building it the first time it is asked for. */
  line(drawn: DrawnLine): BuiltLine {
    const key = lineKey(drawn.lineId, drawn.side);
    const known = this.built.get(key);
    if (known) return known;
    const surface = skinSurface(this.index);
    const strands = strandPoints(drawn, modelLookup(this.index), surface);
    const stations = stationPoints(drawn, modelLookup(this.index), surface);
    const colour = rgbOf(this.colourOf(drawn.lineId));
    const geometry = buildRibbonGeometry(strands, colour);
    const group = new Group();
    group.name = `line_${key}`;
    const front = new Mesh(geometry, this.ribbon.visible);
    front.renderOrder = 4;
    const through = new Mesh(geometry, this.ribbon.hidden);
    through.renderOrder = 5;
    // Only a line with deep stretches has anything to show through the skin: the others skip that draw call.
    through.visible = strands.some((strand) => strand.some((point) => point.deep));
    const markers = new Group();
    const beads = this.beads(stations.map((s) => s.point), colour, false);
    if (beads) markers.add(beads);
    const deepBeads = this.beads(stations.filter((s) => s.deep).map((s) => s.point), colour, true);
    if (deepBeads) markers.add(deepBeads);
    group.add(front, through, markers);
    for (const object of [front, through, ...markers.children]) object.raycast = () => undefined;
    group.visible = false;
    this.root.add(group);
    const facing = sample(strands.flat().filter((point) => !point.deep), FACING_SAMPLES);
    const built: BuiltLine = { key, lineId: drawn.lineId, side: drawn.side, group, facing, stations, markers };
    this.built.set(key, built);
    return built;
  }

  private beads(points: readonly (readonly [number, number, number])[], colour: Rgb, hidden: boolean): InstancedMesh | undefined {
    if (points.length === 0) return undefined;
    const mesh = new InstancedMesh(this.markerGeometry, hidden ? this.marker.hidden : this.marker.visible, points.length);
    const placement = new Matrix4();
    const tint = new Color(...colour);
    // A station inside the body shows through the skin smaller, so it reads as beneath it rather than on it.
    const scale = hidden ? 0.6 : 1;
    points.forEach((point, position) => {
      mesh.setMatrixAt(position, placement.makeScale(scale, scale, scale).setPosition(...point));
      mesh.setColorAt(position, tint);
    });
    mesh.renderOrder = hidden ? 5 : 4;
    mesh.computeBoundingSphere();
    return mesh;
  }

  /** Shows exactly the drawn lines (building any not yet built) and returns them in the order given. */
  show(drawn: readonly DrawnLine[], stations: boolean): BuiltLine[] {
    const shown = drawn.map((line) => this.line(line));
    const keys = new Set(shown.map((line) => line.key));
    for (const line of this.built.values()) {
      line.group.visible = keys.has(line.key);
      line.markers.visible = stations;
    }
    return shown;
  }

  dispose(): void {
    for (const line of this.built.values()) {
      line.group.traverse((object) => {
        if (object instanceof Mesh && object.geometry !== this.markerGeometry) object.geometry.dispose();
        if (object instanceof InstancedMesh) object.dispose();
      });
    }
    this.built.clear();
    this.markerGeometry.dispose();
    this.ribbon.visible.dispose();
    this.ribbon.hidden.dispose();
    this.marker.visible.dispose();
    this.marker.hidden.dispose();
  }
}
