/**
 * The presets the Create page offers, from the engine's preset catalogue when the engine has
 * one (an exported `PRESETS` list or `listPresets()`), and the render styles the plan accepts.
 */
import * as engine from '@klappe/engine';
import { scenePlanSchema } from '@klappe/engine';

export interface PresetView {
  id: string;
  name: string;
  description: string;
  style: string | null;
  seconds?: number;
  aspect?: string;
}

/** The render styles a plan's `look.style` accepts. */
export const STYLES: readonly string[] = scenePlanSchema.shape.look.unwrap().shape.style.options;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function readPreset(raw: unknown): PresetView | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const p = raw as Record<string, unknown>;
  const id = text(p.id) ?? text(p.name);
  if (!id || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) return undefined;
  const look = (p.look && typeof p.look === 'object' ? p.look : {}) as Record<string, unknown>;
  const style = text(p.style) ?? text(look.style) ?? null;
  const seconds = typeof p.seconds === 'number' ? p.seconds : typeof p.duration === 'number' ? p.duration : undefined;
  const aspect = text(p.aspect);
  return {
    id,
    name: text(p.title) ?? text(p.label) ?? text(p.name) ?? id,
    description: text(p.description) ?? text(p.summary) ?? '',
    style: style && STYLES.includes(style) ? style : null,
    ...(seconds !== undefined ? { seconds } : {}),
    ...(aspect ? { aspect } : {}),
  };
}

/** The engine's presets, read once; empty while the engine has no catalogue. */
export function listPresets(mod: Record<string, unknown> = engine as unknown as Record<string, unknown>): PresetView[] {
  let raw: unknown = mod.PRESETS ?? mod.PRESET_CATALOGUE ?? mod.presetCatalogue;
  if (raw === undefined && typeof mod.listPresets === 'function') {
    try {
      raw = (mod.listPresets as () => unknown)();
    } catch {
      raw = undefined;
    }
  }
  const items = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.entries(raw as Record<string, unknown>).map(([id, v]) => ({ id, ...(v as object) })) : [];
  return items.map(readPreset).filter((p): p is PresetView => p !== undefined);
}
