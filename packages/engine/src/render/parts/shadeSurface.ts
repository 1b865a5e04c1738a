/**
 * The surface model: Lambert diffuse from the sun, a hemisphere fill from the sky (brighter on
 * surfaces that face up), and a Blinn-Phong highlight whose size and strength depend on the
 * part's finish. Metal tints its highlight and reflects sky above / ground below.
 */
import { dot, type Vec3 } from '../../math/vec3.ts';
import type { Rgb } from '../colour/rgb.ts';
import type { Finish } from '../model/Part.ts';
import type { ShadeEnv } from './ShadeEnv.ts';
import { celHemisphere, celLight } from '../style/celLight.ts';

interface FinishModel {
  diffuse: number;
  specular: number;
  shininess: number;
  reflect: number;
}

export const FINISHES: Readonly<Record<Finish, FinishModel>> = {
  matte: { diffuse: 1, specular: 0.04, shininess: 8, reflect: 0 },
  satin: { diffuse: 1, specular: 0.22, shininess: 18, reflect: 0.03 },
  glossy: { diffuse: 0.95, specular: 0.75, shininess: 60, reflect: 0.08 },
  metal: { diffuse: 0.45, specular: 1.1, shininess: 34, reflect: 0.55 },
  emissive: { diffuse: 0, specular: 0, shininess: 1, reflect: 0 },
  glass: { diffuse: 0.5, specular: 1.2, shininess: 90, reflect: 0.25 },
};

/**
 * Linear colour of a surface point with world normal `n`, seen along `toEye` (unit, from the
 * surface to the camera). `base` is the linear albedo.
 */
export function shadeSurface(env: ShadeEnv, base: Rgb, n: Vec3, toEye: Vec3, finish: Finish = 'matte', specular = true): Rgb {
  if (finish === 'emissive') return [base[0] * 1.15 + 0.05, base[1] * 1.15 + 0.05, base[2] * 1.15 + 0.05];
  const f = FINISHES[finish];
  const L = env.sun;
  const st = env.style;
  const ndl = st ? celLight(Math.max(0, dot(n, L)), st.bands, st.flatten) : Math.max(0, dot(n, L));
  const hemi = celHemisphere(0.74 + 0.26 * n[1], st);
  const sun = env.sunLight;
  const amb = env.ambientLight;
  const d = f.diffuse * ndl;
  let r = base[0] * (amb[0] * hemi + sun[0] * d);
  let g = base[1] * (amb[1] * hemi + sun[1] * d);
  let b = base[2] * (amb[2] * hemi + sun[2] * d);
  if (f.reflect > 0) {
    const up = Math.max(0, Math.min(1, 0.5 + 0.7 * n[1]));
    const sky = env.skyReflection;
    const gr = env.groundReflection;
    const tint = finish === 'metal' ? base : ([1, 1, 1] as const);
    r += f.reflect * tint[0] * (gr[0] + (sky[0] - gr[0]) * up);
    g += f.reflect * tint[1] * (gr[1] + (sky[1] - gr[1]) * up);
    b += f.reflect * tint[2] * (gr[2] + (sky[2] - gr[2]) * up);
  }
  const specularScale = st ? st.specular : 1;
  if (specular && f.specular * specularScale > 0 && ndl > 0) {
    let hx = L[0] + toEye[0], hy = L[1] + toEye[1], hz = L[2] + toEye[2];
    const hl = Math.hypot(hx, hy, hz) || 1;
    hx /= hl; hy /= hl; hz /= hl;
    const ndh = Math.max(0, n[0] * hx + n[1] * hy + n[2] * hz);
    let s = f.specular * specularScale * Math.pow(ndh, f.shininess) * Math.min(1, ndl * 4);
    if (st && st.bands >= 2) s = s > 0.25 ? f.specular * specularScale * 0.7 : 0;
    if (finish === 'metal') {
      r += sun[0] * s * (0.35 + 0.65 * base[0]); g += sun[1] * s * (0.35 + 0.65 * base[1]); b += sun[2] * s * (0.35 + 0.65 * base[2]);
    } else {
      r += sun[0] * s; g += sun[1] * s; b += sun[2] * s;
    }
  }
  const k = env.hazeAmount;
  if (k > 0) {
    const h = env.haze;
    return [r + (h[0] - r) * k, g + (h[1] - g) * k, b + (h[2] - b) * k];
  }
  return [r, g, b];
}

/** Only the light falling on the surface (no albedo, no highlight): used to shade patterned parts by multiplying. */
export function lightAt(env: ShadeEnv, n: Vec3, finish: Finish = 'matte'): Rgb {
  if (finish === 'emissive') return [1, 1, 1];
  const f = FINISHES[finish];
  const st = env.style;
  const ndl = (st ? celLight(Math.max(0, dot(n, env.sun)), st.bands, st.flatten) : Math.max(0, dot(n, env.sun))) * f.diffuse;
  const hemi = celHemisphere(0.74 + 0.26 * n[1], st);
  return [
    env.ambientLight[0] * hemi + env.sunLight[0] * ndl,
    env.ambientLight[1] * hemi + env.sunLight[1] * ndl,
    env.ambientLight[2] * hemi + env.sunLight[2] * ndl,
  ];
}
