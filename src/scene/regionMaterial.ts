// The chosen region drawn over the skin with soft edges: a warm fill under the lines and an outline on top of them,
// both fading along the smooth half-way curve of the region's weight (src/explorer/regionWeights.ts), never along
// the triangles. Two materials, made once; choosing another region only swaps the geometry's weights.
import { Color, ShaderMaterial } from 'three';

const vertexShader = /* glsl */ `
  attribute float weight;
  varying float vWeight;
  varying vec3 vNormal;
  varying vec3 vView;
  void main() {
    vWeight = weight;
    vec4 view = modelViewMatrix * vec4(position, 1.0);
    vNormal = normalize(normalMatrix * normal);
    vView = normalize(-view.xyz);
    gl_Position = projectionMatrix * view;
  }
`;

const fillShader = /* glsl */ `
  uniform vec3 tint;
  uniform float opacity;
  varying float vWeight;
  varying vec3 vNormal;
  varying vec3 vView;
  void main() {
    float inside = smoothstep(0.32, 0.68, vWeight);
    float shade = 0.72 + 0.28 * abs(dot(normalize(vNormal), normalize(vView)));
    gl_FragColor = vec4(tint * shade, inside * opacity);
  }
`;

const outlineShader = /* glsl */ `
  uniform vec3 tint;
  varying float vWeight;
  void main() {
    // A band around the half-way curve of the weight: smooth, since the weight is (see regionWeights.ts).
    float off = abs(vWeight - 0.5);
    float line = 1.0 - smoothstep(0.07, 0.11, off);
    float glow = (1.0 - smoothstep(0.0, 0.3, vWeight - 0.5)) * 0.3 * step(0.5, vWeight);
    float alpha = max(line * 0.9, glow);
    if (alpha < 0.01) discard;
    gl_FragColor = vec4(tint, alpha);
  }
`;

export interface RegionMaterials {
  fill: ShaderMaterial;
  outline: ShaderMaterial;
}

export function createRegionMaterials(fill: string, outline: string): RegionMaterials {
  const common = {
    vertexShader,
    transparent: true,
    depthWrite: false,
    // Drawn on the skin's own surface: pulled forward a little so it never flickers against it.
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -4,
  };
  return {
    fill: new ShaderMaterial({ ...common, fragmentShader: fillShader, uniforms: { tint: { value: new Color(fill) }, opacity: { value: 0.62 } } }),
    outline: new ShaderMaterial({ ...common, fragmentShader: outlineShader, uniforms: { tint: { value: new Color(outline) } } }),
  };
}
