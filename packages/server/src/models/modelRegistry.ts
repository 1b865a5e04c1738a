/**
 * The models a client may name. `klappe-1` is the built-in engine; the Sora names are
 * accepted so that SDK defaults work, as aliases of the built-in quality tiers.
 */
import { DEFAULT_ENCODE_SETTINGS, type EncodeSettings } from '@klappe/engine';

export interface QualityTier {
  id: 'standard' | 'pro';
  description: string;
  encode: EncodeSettings;
}

export const QUALITY_TIERS: Record<QualityTier['id'], QualityTier> = {
  standard: { id: 'standard', description: 'x264 veryfast, CRF 20: fast renders', encode: DEFAULT_ENCODE_SETTINGS },
  pro: { id: 'pro', description: 'x264 medium, CRF 17: slower renders, higher quality', encode: { ...DEFAULT_ENCODE_SETTINGS, preset: 'medium', crf: 17, audioBitrate: '192k' } },
};

export interface ModelEntry {
  id: string;
  tier: QualityTier['id'];
  /** The name this one stands in for (for aliases). */
  aliasOf?: string;
}

export const MODELS: readonly ModelEntry[] = [
  { id: 'klappe-1', tier: 'standard' },
  { id: 'klappe-1-pro', tier: 'pro' },
  { id: 'sora-2', tier: 'standard', aliasOf: 'klappe-1' },
  { id: 'sora-2-2025-10-06', tier: 'standard', aliasOf: 'klappe-1' },
  { id: 'sora-2-2025-12-08', tier: 'standard', aliasOf: 'klappe-1' },
  { id: 'sora-2-pro', tier: 'pro', aliasOf: 'klappe-1-pro' },
  { id: 'sora-2-pro-2025-10-06', tier: 'pro', aliasOf: 'klappe-1-pro' },
];

export const DEFAULT_MODEL = 'klappe-1';

const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

/** The model entry for a name, or undefined for a model we do not have. */
export function resolveModel(name: string): ModelEntry | undefined {
  return BY_ID.get(name);
}

export function tierOf(id: string): QualityTier {
  return QUALITY_TIERS[id as QualityTier['id']] ?? QUALITY_TIERS.standard;
}
