/**
 * How each kind of water looks: its colour looking down into it, its colour at a glance,
 * how much of the sky it mirrors, how choppy it is and which way its ripples travel.
 */
export interface WaterLook {
  deep: string;
  shallow: string;
  /** Share of the sky mirrored at grazing angles (0..1). */
  reflectivity: number;
  /** Wavelengths (m) of the ripple octaves drawn, longest first. */
  wavelengths: readonly number[];
  /** Ripple travel: towards +z (waves rolling in) or along +x (a river's current). */
  flow: 'in' | 'along' | 'still';
  /** Strength of ripple highlights 0..1. */
  chop: number;
}

export const WATER_LOOKS: Readonly<Record<string, WaterLook>> = {
  ocean: { deep: '#0b4767', shallow: '#1b7b8f', reflectivity: 0.55, wavelengths: [40, 14, 5, 1.8, 0.7], flow: 'in', chop: 0.9 },
  lake: { deep: '#1c4756', shallow: '#2e6b6e', reflectivity: 0.72, wavelengths: [9, 3, 1.1, 0.45], flow: 'in', chop: 0.45 },
  pond: { deep: '#1d463c', shallow: '#3a7460', reflectivity: 0.7, wavelengths: [1.2, 0.45], flow: 'still', chop: 0.3 },
  pool: { deep: '#1597b8', shallow: '#47cde0', reflectivity: 0.28, wavelengths: [1.4, 0.5], flow: 'in', chop: 0.45 },
  bathtub: { deep: '#9fd3dc', shallow: '#d4f0f2', reflectivity: 0.22, wavelengths: [0.35, 0.15], flow: 'still', chop: 0.35 },
  river: { deep: '#244f55', shallow: '#3a7369', reflectivity: 0.5, wavelengths: [2.2, 0.8, 0.35], flow: 'along', chop: 0.6 },
};

export function waterLookOf(kind: string): WaterLook {
  return WATER_LOOKS[kind] ?? WATER_LOOKS['lake']!;
}
