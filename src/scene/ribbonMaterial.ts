// The glowing line material: the line's colour, brighter where the pulse passes (foot → head).
import { Color, GreaterDepth, LessEqualDepth, ShaderMaterial } from 'three';

const vertexShader = /* glsl */ `
  attribute float along;
  attribute float deep;
  varying float vAlong;
  varying float vDeep;
  varying vec3 vNormal;
  varying vec3 vView;
  void main() {
    vAlong = along;
    vDeep = deep;
    vec4 world = modelViewMatrix * vec4(position, 1.0);
    vNormal = normalize(normalMatrix * normal);
    vView = normalize(-world.xyz);
    gl_Position = projectionMatrix * world;
  }
`;

const fragmentShader = /* glsl */ `
  uniform vec3 colour;
  uniform float pulse;     // position of the pulse along the line, 0..1; negative when there is none
  uniform float strength;  // 1 for the visible pass, lower for the pass seen through the body
  uniform bool throughSkin; // the pass seen through the skin shows only what runs inside the body
  varying float vAlong;
  varying float vDeep;
  varying vec3 vNormal;
  varying vec3 vView;
  void main() {
    // A superficial stretch behind the body belongs to the other side: hidden, or the back line would seem to run in front.
    if (throughSkin && vDeep < 0.5) discard;
    float rim = 1.0 - abs(dot(vNormal, vView));
    float glow = pulse < 0.0 ? 0.0 : exp(-pow((vAlong - pulse) * 14.0, 2.0));
    vec3 lit = colour * (0.78 + 0.32 * rim) + vec3(1.0) * glow * 0.55;
    gl_FragColor = vec4(lit, strength * (0.92 + 0.08 * glow));
  }
`;

/** Two passes per line: the part in front of the skin at full strength, the hidden part faintly. */
export function createRibbonMaterials(colour: string): { visible: ShaderMaterial; hidden: ShaderMaterial } {
  const make = (strength: number, hidden: boolean) =>
    new ShaderMaterial({
      uniforms: {
        colour: { value: new Color(colour) },
        pulse: { value: -1 },
        strength: { value: strength },
        throughSkin: { value: hidden },
      },
      vertexShader,
      fragmentShader,
      transparent: true,
      depthWrite: !hidden,
      depthFunc: hidden ? GreaterDepth : LessEqualDepth,
    });
  // Deep tracks (the Deep Front Line) lie under the skin: seen through it at half strength, not lost.
  return { visible: make(1, false), hidden: make(0.5, true) };
}
