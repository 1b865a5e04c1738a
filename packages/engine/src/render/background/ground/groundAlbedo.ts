/**
 * Surface colours of the ground materials: the colour close to the camera and the colour it
 * takes on far away at a grazing angle (before haze), for a soft depth gradient.
 */
export interface GroundColours {
  near: string;
  far: string;
}

export const GROUND_COLOURS: Readonly<Record<string, GroundColours>> = {
  grass: { near: '#4f8f34', far: '#86ad4c' },
  sand: { near: '#e2c08a', far: '#efd6a6' },
  stone: { near: '#8a8378', far: '#a09a8e' },
  tile: { near: '#d8cdbb', far: '#e4dccd' },
  ceramic: { near: '#d4dadd', far: '#e2e7ea' },
  asphalt: { near: '#45484d', far: '#60646a' },
  wood: { near: '#9c6436', far: '#b67d4c' },
  snow: { near: '#eef3fb', far: '#f6f9ff' },
  concrete: { near: '#a3a3a6', far: '#b4b4b8' },
  regolith: { near: '#8d8b87', far: '#a3a19c' },
};

export function groundColoursOf(material: string): GroundColours {
  return GROUND_COLOURS[material] ?? GROUND_COLOURS['grass']!;
}
