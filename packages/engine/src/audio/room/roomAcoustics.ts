/**
 * How the place sounds around the things in it: indoors, hits and scrapes get a short
 * room reverberation (a bathroom rings more than a carpeted living room); outdoors only a
 * faint short tail; in space, nothing. Ambience layers are recordings of the place already
 * and stay dry.
 */
import { SETTINGS } from '../../ontology/ontology.ts';

export interface RoomAcoustics {
  /** Reverberation time (s) for −60 dB; 0 = dry. */
  rt60: number;
  /** Level of the reverberation relative to the direct sound (linear). */
  wet: number;
  /** Delay before the reverberation starts (s). */
  predelay: number;
  /** Cutoff of the absorption in the loop (Hz): lower = softer furnishing. */
  damping: number;
}

const DRY: RoomAcoustics = { rt60: 0, wet: 0, predelay: 0, damping: 8000 };

const BY_SETTING: Readonly<Record<string, RoomAcoustics>> = {
  studio: { rt60: 0.7, wet: 0.22, predelay: 0.008, damping: 7000 },
  'living-room': { rt60: 0.45, wet: 0.16, predelay: 0.005, damping: 4500 },
  kitchen: { rt60: 0.6, wet: 0.22, predelay: 0.004, damping: 7000 },
  bathtub: { rt60: 0.9, wet: 0.3, predelay: 0.003, damping: 8000 },
  space: DRY,
  moon: DRY,
};

const OUTDOOR: RoomAcoustics = { rt60: 0.25, wet: 0.05, predelay: 0.012, damping: 5000 };
const INDOOR: RoomAcoustics = { rt60: 0.55, wet: 0.18, predelay: 0.006, damping: 6000 };

export function roomAcousticsOf(setting: string): RoomAcoustics {
  const known = BY_SETTING[setting];
  if (known) return known;
  return SETTINGS[setting]?.indoor ? INDOOR : OUTDOOR;
}
