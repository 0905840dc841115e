// The drawn lines as three.js objects, built once per line and side on first show and then only shown or hidden:
// a tap never re-projects another line, and never creates a material or shader (the materials are shared by all).
import { Color, Group, InstancedMesh, Matrix4, Mesh, MeshStandardMaterial, SphereGeometry, GreaterDepth } from 'three';
import type { LineId, Side } from '../content/ids';
import type { DrawnLine } from '../explorer/highlight';
import { sample, type OrientedPoint } from '../explorer/facing';
import { beadOrder } from '../explorer/beads';
import { midlineCrossings, stationPoints, strandPoints, type StationPoint } from '../explorer/lineGeometry';
import type { Point3, StyledPoint } from '../explorer/linePath';
import { buildRibbonGeometry, type Rgb } from './ribbonGeometry';
import { createRibbonMaterials, type RibbonMaterials } from './ribbonMaterial';
import { modelLookup, skinSurface, type BodyIndex } from './modelIndex';
import { BEAD_DEPTH_LIFT, BEAD_FACING_COSINE, BEAD_RADIUS, beadMatrix } from './beadSize';

/** A station this near (metres) to where the line crosses the midline is its crossing; its bead is drawn larger. */
const CROSSING_BEAD_REACH = 0.05;
const CROSSING_BEAD_SCALE = 1.6;
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
  /** Each bead mesh with how many beads it has, and how many of those are key (ends, midline): shown when crowded. */
  beadCounts: { mesh: InstancedMesh; all: number; key: number }[];
}

export const lineKey = (lineId: LineId, side: Side) => `${lineId}-${side}`;

function rgbOf(colour: string): Rgb {
  const parsed = new Color(colour);
  return [parsed.r, parsed.g, parsed.b];
}

/** The beads' one changing number: the largest radius per metre of depth (beadSize.ts), shared by both materials. */
export interface BeadUniforms {
  beadRadiusPerDepth: { value: number };
}

/**
 * Station beads take their colour per instance, and glow a little in it (emissive from the instance colour). Each
 * bead is shrunk in the vertex shader so it never covers more than a few pixels on screen (beadSize.ts), and folded to
 * a point (nothing drawn) where its skin turns away from the eye: the skin's normal is the instance's +Z axis.
 * A visible bead is drawn a little toward the eye in depth only, to stay over the ribbon through it.
 */
function createMarkerMaterial(hidden: boolean, uniforms: BeadUniforms): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    color: '#ffffff',
    roughness: 0.35,
    transparent: hidden,
    opacity: hidden ? 0.5 : 1,
    depthWrite: !hidden,
    ...(hidden ? { depthFunc: GreaterDepth } : {}),
  });
  // three caches programs by onBeforeCompile's source text, which both beads share: only the visible one is lifted.
  material.customProgramCacheKey = () => (hidden ? 'station-bead-through-skin' : 'station-bead');
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = `uniform float beadRadiusPerDepth;\n${shader.vertexShader}`
      .replace(
        '#include <begin_vertex>',
        [
          '#include <begin_vertex>',
          '#ifdef USE_INSTANCING',
          '\tmat4 beadPlacement = modelViewMatrix * instanceMatrix;',
          '#else',
          '\tmat4 beadPlacement = modelViewMatrix;',
          '#endif',
          '\tvec4 beadCentre = beadPlacement * vec4(0.0, 0.0, 0.0, 1.0);',
          `\ttransformed *= min(1.0, beadRadiusPerDepth * max(-beadCentre.z, 0.0) / ${BEAD_RADIUS.toFixed(4)});`,
          '\tvec3 beadSkinNormal = normalize(mat3(beadPlacement) * vec3(0.0, 0.0, 1.0));',
          `\tif (dot(beadSkinNormal, normalize(-beadCentre.xyz)) <= ${BEAD_FACING_COSINE.toFixed(4)}) transformed = vec3(0.0);`,
        ].join('\n'),
      )
      .replace(
        '#include <project_vertex>',
        hidden
          ? '#include <project_vertex>'
          : [
            '#include <project_vertex>',
            `\tmvPosition.xyz += normalize(-mvPosition.xyz) * ${BEAD_DEPTH_LIFT.toFixed(4)};`,
            '\tgl_Position = projectionMatrix * mvPosition;',
          ].join('\n'),
      );
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
  /** Set every frame from the camera (LineRibbons): a uniform, so no material changes. */
  readonly beadUniforms: BeadUniforms = { beadRadiusPerDepth: { value: 1 } };
  private readonly marker = { visible: createMarkerMaterial(false, this.beadUniforms), hidden: createMarkerMaterial(true, this.beadUniforms) };
  private readonly markerGeometry = new SphereGeometry(BEAD_RADIUS, 16, 12);

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
    // The body's left half is drawn after its right: where a line crosses over (the FFL at the pubis) one ribbon
    // always passes over the other, its pale casing cutting across the one below, and the crossing reads as one.
    front.renderOrder = drawn.side === 'l' ? 4.1 : 4;
    const through = new Mesh(geometry, this.ribbon.hidden);
    through.renderOrder = 5;
    // Every line has something to show through the skin: its deep stretches, and stretches on the near side that another
    // part of the body covers (ribbonMaterial.ts).
    const markers = new Group();
    const crossings = strands.flatMap((strand) => midlineCrossings(strand).map((at) => (strand[at] as StyledPoint).point));
    const beadCounts = [
      this.beads(stations, colour, false, crossings),
      this.beads(stations.filter((s) => s.deep), colour, true, crossings),
    ].filter((entry) => entry !== undefined);
    for (const { mesh } of beadCounts) markers.add(mesh);
    group.add(front, through, markers);
    for (const object of [front, through, ...markers.children]) object.raycast = () => undefined;
    group.visible = false;
    this.root.add(group);
    const facing = sample(strands.flat().filter((point) => !point.deep), FACING_SAMPLES);
    const built: BuiltLine = { key, lineId: drawn.lineId, side: drawn.side, group, facing, stations, markers, beadCounts };
    this.built.set(key, built);
    return built;
  }

  private beads(stations: readonly StationPoint[], colour: Rgb, hidden: boolean, crossings: readonly Point3[]): { mesh: InstancedMesh; all: number; key: number } | undefined {
    if (stations.length === 0) return undefined;
    const { order, keyCount } = beadOrder(stations.map((station) => station.point));
    const atCrossing = (point: Point3) => crossings.some((crossing) => Math.hypot(point[0] - crossing[0], point[1] - crossing[1], point[2] - crossing[2]) < CROSSING_BEAD_REACH);
    const mesh = new InstancedMesh(this.markerGeometry, hidden ? this.marker.hidden : this.marker.visible, stations.length);
    const placement = new Matrix4();
    const tint = new Color(...colour);
    // A station inside the body shows through the skin smaller, so it reads as beneath it rather than on it.
    const scale = hidden ? 0.75 : 1;
    order.forEach((index, position) => {
      const { point, normal } = stations[index] as StationPoint;
      // The bead where a line crosses from one side to the other is larger: that is where the X is.
      const size = scale * (atCrossing(point) ? CROSSING_BEAD_SCALE : 1);
      mesh.setMatrixAt(position, beadMatrix(point, normal, size, placement));
      mesh.setColorAt(position, tint);
    });
    mesh.renderOrder = hidden ? 5 : 4;
    mesh.computeBoundingSphere();
    return { mesh, all: stations.length, key: keyCount };
  }

  /**
   * Shows exactly the drawn lines (building any not yet built) and returns them in the order given. Crowded (many
   * lines lit): only each line's key beads are drawn, by count — the beads are built once, in that order.
   */
  show(drawn: readonly DrawnLine[], stations: boolean, crowded = false): BuiltLine[] {
    const shown = drawn.map((line) => this.line(line));
    const keys = new Set(shown.map((line) => line.key));
    for (const line of this.built.values()) {
      line.group.visible = keys.has(line.key);
      line.markers.visible = stations;
      for (const { mesh, all, key } of line.beadCounts) mesh.count = crowded ? key : all;
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
