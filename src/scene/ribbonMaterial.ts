// The lit-line material: a strip widened in screen space (so a line is as wide at overview zoom as close up), with a
// solid core in the line's colour, a darker rim for an edge against pale skin, a thin pale casing that keeps it apart
// from a line it crosses (the one drawn later reads as passing over), and a soft halo of the same colour; deep stretches
// as fainter round dots, under the skin and seen through it.
// One material per pass serves every line (the colour is a vertex attribute): nothing is compiled on a tap; how wide
// the lines are (a few lit, or many) is a uniform.
import { DoubleSide, GreaterDepth, LessEqualDepth, ShaderMaterial, Vector2 } from 'three';

/** Widths in CSS pixels: the core reads at arm's length on a tablet, the halo lifts it off the skin. */
export const CORE_WIDTH_PX = 4.5;
export const HALO_WIDTH_PX = 13;

export interface RibbonWidths {
  /** The solid line (CSS px). */
  core: number;
  /** The pale edge on each side of the core (CSS px). */
  casing: number;
  /** The whole strip, soft halo included (CSS px). */
  halo: number;
  haloOpacity: number;
}

/**
 * With a few lines lit, each is wide and glows; with many, every line is thinner and its halo small, so twelve lines
 * side by side stay twelve lines instead of one coloured band (user test: "all lines" was a tangle).
 */
export function ribbonWidths(crowded: boolean): RibbonWidths {
  return crowded
    ? { core: 3, casing: 1, halo: 7, haloOpacity: 0.22 }
    : { core: CORE_WIDTH_PX, casing: 1.25, halo: HALO_WIDTH_PX, haloOpacity: 0.34 };
}
/** Dashes of unconfirmed stretches, in CSS pixels: the same rhythm at any zoom. */
export const DASH_PX = 15;
export const GAP_PX = 6;
/**
 * Deep stretches are drawn as round dots (CSS px: the dot's diameter is the core's width, spaced by this many core
 * widths), fainter than a line on the skin: they read as under the surface, not on it (user test: the DFL seemed to
 * run over the lips). The Key says what dotted means.
 */
export const DEEP_DOT_SPACING = 2.1;
/** How strongly a deep stretch is drawn seen through opaque skin. */
export const THROUGH_SKIN_STRENGTH = 0.55;
/**
 * A stretch on the skin hidden by another part of the body is drawn through it (at THROUGH_SKIN_STRENGTH) when its
 * skin faces the eye at least this much (cosine): clearly on the near side, not a line curving round to the far side.
 */
export const COVERED_FACING = 0.35;
/** How strongly a deep stretch is drawn where no skin covers it (x-ray): fainter than a line on the skin. */
export const DEEP_STRENGTH = 0.7;
/**
 * How far toward the eye the strip is drawn (metres): keeps the wide halo from sinking into curved skin. Deep
 * stretches are not lifted: they stay under the skin, seen through it.
 */
const LIFT = 0.008;

const vertexShader = /* glsl */ `
  uniform vec2 resolution;   // drawing buffer in device pixels
  uniform float halfWidth;   // half the strip (halo included) in device pixels
  attribute vec3 previous;
  attribute vec3 next;
  attribute float side;
  attribute float along;
  attribute float arc;
  attribute float dashed;
  attribute float deep;
  attribute vec3 skinNormal;
  attribute vec3 colour;
  varying float vFacing;
  varying float vKnownNormal;
  varying float vAcross;
  varying float vAlong;
  varying float vArc;
  varying float vDashed;
  varying float vDeep;
  varying vec3 vColour;

  vec4 clipOf(vec3 point) {
    vec4 view = modelViewMatrix * vec4(point, 1.0);
    view.xyz += normalize(-view.xyz) * ${LIFT.toFixed(4)} * (1.0 - deep);
    return projectionMatrix * view;
  }

  void main() {
    vAcross = side;
    vAlong = along;
    vArc = arc;
    vDashed = dashed;
    vDeep = deep;
    vColour = colour;
    // Whether the skin over this point faces the eye (1 where the normal is unknown).
    vec4 viewPoint = modelViewMatrix * vec4(position, 1.0);
    vKnownNormal = dot(skinNormal, skinNormal) < 0.5 ? 0.0 : 1.0;
    vFacing = vKnownNormal < 0.5 ? 1.0 : dot(normalize(normalMatrix * skinNormal), normalize(-viewPoint.xyz));
    vec4 here = clipOf(position);
    vec2 aspect = vec2(resolution.x / resolution.y, 1.0);
    vec2 screen = here.xy / here.w * aspect;
    vec2 before = screen - (clipOf(previous).xy / clipOf(previous).w) * aspect;
    vec2 after = (clipOf(next).xy / clipOf(next).w) * aspect - screen;
    if (dot(before, before) < 1e-12) before = after;
    if (dot(after, after) < 1e-12) after = before;
    before = normalize(before);
    after = normalize(after);
    vec2 tangent = before + after;
    tangent = dot(tangent, tangent) < 1e-8 ? before : normalize(tangent);
    vec2 normal = vec2(-tangent.y, tangent.x);
    // A mitred join keeps the strip's width through a bend; capped so a hairpin does not spike.
    float miter = 1.0 / max(dot(normal, vec2(-before.y, before.x)), 0.6);
    vec2 offset = normal * side * halfWidth * miter * 2.0 / resolution.y;
    offset.x /= aspect.x;
    here.xy += offset * here.w;
    gl_Position = here;
  }
`;

const fragmentShader = /* glsl */ `
  uniform float pulse;       // position of the pulse along the line, 0..1; negative when there is none
  uniform float strength;    // 1 for the visible pass, lower for the pass seen through the body
  uniform float coreShare;   // the core's half width as a share of the strip's
  uniform float haloOpacity;
  uniform float casingShare; // the casing's outer edge as a share of the strip's half width
  uniform bool throughSkin;  // the pass seen through the skin shows only what runs inside the body
  uniform float pixelsPerMetre; // at the body, from the camera's distance: dashes keep their length on screen
  uniform float dash;        // dash and gap in device pixels
  uniform float gap;
  uniform float halfWidth;   // half the strip in device pixels (as in the vertex shader)
  uniform float dotRadius;   // deep stretches: dot radius and spacing in device pixels
  uniform float dotSpacing;
  varying float vAcross;
  varying float vAlong;
  varying float vArc;
  varying float vDashed;
  varying float vDeep;
  varying float vFacing;
  varying float vKnownNormal;
  varying vec3 vColour;
  void main() {
    // A superficial stretch behind the body belongs to the other side: hidden, or the back line would seem to run in
    // front. One whose skin clearly faces the eye is only covered by another part (the Lateral Line's thigh behind the
    // hanging arm, seen from the side): drawn faintly through it, so the line does not seem to stop at the hip.
    if (throughSkin && vDeep < 0.5 && (vKnownNormal < 0.5 || vFacing < ${COVERED_FACING.toFixed(2)})) discard;
    // So does a deep one under skin that faces away: the back line's sacral ligaments seen through the groin (user test).
    if (throughSkin && vFacing < 0.05) discard;
    float glow = pulse < 0.0 ? 0.0 : exp(-pow((vAlong - pulse) * 14.0, 2.0));
    // Deep stretches: round dots along the middle of the strip, in both passes (under the skin, or seen in x-ray).
    float along = mod(vArc * pixelsPerMetre, dotSpacing) - 0.5 * dotSpacing;
    float distance = length(vec2(along, vAcross * halfWidth));
    float edge = max(fwidth(distance), 0.5); // derivatives taken outside the branch
    if (vDeep > 0.5) {
      float dotShare = 1.0 - smoothstep(dotRadius - edge, dotRadius + edge, distance);
      if (dotShare <= 0.0) discard;
      vec3 dotColour = vColour * 0.9 + vec3(1.0) * glow * 0.5;
      gl_FragColor = vec4(dotColour, dotShare * (throughSkin ? strength : ${DEEP_STRENGTH.toFixed(3)}));
      return;
    }
    if (vDashed > 0.5 && mod(vArc * pixelsPerMetre, dash + gap) > dash) discard;
    // From here on only what runs on the skin: core, rim, casing and halo.
    float across = abs(vAcross);
    if (across > 1.0) discard;
    float smoothing = max(fwidth(across), 1e-4);
    float core = 1.0 - smoothstep(coreShare - smoothing, coreShare + smoothing, across);
    float halo = haloOpacity * pow(max(0.0, 1.0 - across), 1.6);
    float rim = smoothstep(coreShare * 0.45, coreShare, across);
    vec3 lit = vColour * mix(1.08, 0.72, rim) + vec3(1.0) * glow * 0.5;
    float casing = 0.9 * (1.0 - smoothstep(casingShare - smoothing, casingShare + smoothing, across));
    // Layered as paint: the halo, the pale casing over it, the core over both (straight alpha, "over").
    float haloAlpha = min(1.0, halo * (1.0 + 1.5 * glow));
    float underAlpha = casing + haloAlpha * (1.0 - casing);
    vec3 under = (vec3(0.99, 0.97, 0.94) * casing + vColour * haloAlpha * (1.0 - casing)) / max(underAlpha, 1e-4);
    float alpha = core + underAlpha * (1.0 - core);
    vec3 colour = (lit * core + under * underAlpha * (1.0 - core)) / max(alpha, 1e-4);
    gl_FragColor = vec4(colour, alpha * strength);
  }
`;

export interface RibbonMaterials {
  visible: ShaderMaterial;
  hidden: ShaderMaterial;
}

/** Two passes for all lines: what lies in front of the skin at full strength, deep stretches faintly through it. */
export function createRibbonMaterials(): RibbonMaterials {
  const make = (strength: number, hidden: boolean) =>
    new ShaderMaterial({
      uniforms: {
        resolution: { value: new Vector2(1024, 768) },
        halfWidth: { value: HALO_WIDTH_PX / 2 },
        coreShare: { value: CORE_WIDTH_PX / HALO_WIDTH_PX },
        casingShare: { value: (CORE_WIDTH_PX + 2.5) / HALO_WIDTH_PX },
        haloOpacity: { value: 0.34 },
        pulse: { value: -1 },
        pixelsPerMetre: { value: 400 },
        dash: { value: DASH_PX },
        gap: { value: GAP_PX },
        dotRadius: { value: CORE_WIDTH_PX / 2 },
        dotSpacing: { value: CORE_WIDTH_PX * DEEP_DOT_SPACING },
        strength: { value: strength },
        throughSkin: { value: hidden },
      },
      vertexShader,
      fragmentShader,
      transparent: true,
      // The strip's winding on screen flips with the line's direction: draw both faces.
      side: DoubleSide,
      // No depth write: the pass through the skin compares with the skin alone, and region outlines may draw on top.
      depthWrite: false,
      depthFunc: hidden ? GreaterDepth : LessEqualDepth,
    });
  return { visible: make(1, false), hidden: make(THROUGH_SKIN_STRENGTH, true) };
}

/**
 * Sets the screen size both passes widen to (device pixels), after a resize or a pixel-ratio change, and the lines'
 * widths (a uniform change: showing many lines compiles nothing).
 */
export function setRibbonResolution(materials: RibbonMaterials, width: number, height: number, pixelRatio: number, widths = ribbonWidths(false)): void {
  for (const material of [materials.visible, materials.hidden]) {
    (material.uniforms.resolution as { value: Vector2 }).value.set(width, height);
    (material.uniforms.halfWidth as { value: number }).value = (widths.halo / 2) * pixelRatio;
    (material.uniforms.coreShare as { value: number }).value = widths.core / widths.halo;
    (material.uniforms.casingShare as { value: number }).value = (widths.core + 2 * widths.casing) / widths.halo;
    (material.uniforms.haloOpacity as { value: number }).value = widths.haloOpacity;
    (material.uniforms.dash as { value: number }).value = DASH_PX * pixelRatio;
    (material.uniforms.gap as { value: number }).value = GAP_PX * pixelRatio;
    (material.uniforms.dotRadius as { value: number }).value = (widths.core / 2) * pixelRatio;
    (material.uniforms.dotSpacing as { value: number }).value = widths.core * DEEP_DOT_SPACING * pixelRatio;
  }
}

/** How many device pixels a metre covers at the body (perspective: screen height over the visible height there). */
export function setRibbonScale(materials: RibbonMaterials, pixelsPerMetre: number): void {
  (materials.visible.uniforms.pixelsPerMetre as { value: number }).value = pixelsPerMetre;
  (materials.hidden.uniforms.pixelsPerMetre as { value: number }).value = pixelsPerMetre;
}

export function setRibbonPulse(materials: RibbonMaterials, pulse: number): void {
  (materials.visible.uniforms.pulse as { value: number }).value = pulse;
  (materials.hidden.uniforms.pulse as { value: number }).value = pulse;
}
