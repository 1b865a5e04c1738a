/**
 * Applies a preset to a plan: the look (style, grade, caption look) always; the camera only
 * where the plan has none of its own (a static wide shot is the "nothing said" default); the
 * preset's ambience layers that the plan does not have yet; and the preset's aspect ratio
 * when asked (callers pass `aspect: true` when the user gave no size). Motion, cast and timing
 * are never touched.
 */
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import { findPreset, presetIds, sizeOfAspect, type Preset } from './presetCatalogue.ts';

export class UnknownPresetError extends Error {
  constructor(readonly preset: string) {
    super(`unknown preset "${preset}"; choose one of ${presetIds().join(', ')}`);
    this.name = 'UnknownPresetError';
  }
}

export function presetOrThrow(id: string): Preset {
  const p = findPreset(id);
  if (!p) throw new UnknownPresetError(id);
  return p;
}

export function applyPreset(plan: ScenePlan, id: string, options: { aspect?: boolean } = {}): ScenePlan {
  const preset = presetOrThrow(id);
  const cam = plan.camera;
  const noMoves = cam.moves.length === 0 || (cam.moves.length === 1 && cam.moves[0]!.type === 'static' && cam.moves[0]!.start === undefined);
  const camera = {
    ...cam,
    ...(noMoves && cam.framing === 'wide' && preset.camera.framing ? { framing: preset.camera.framing } : {}),
    ...(noMoves && preset.camera.moves ? { moves: preset.camera.moves.map((m) => ({ ...m })) } : {}),
  };
  const have = new Set(plan.audio.ambience.map((a) => a.kind));
  const ambience = [...plan.audio.ambience, ...preset.ambience.filter((a) => !have.has(a.kind))].slice(0, 12);
  const canvas = options.aspect ? { ...plan.canvas, ...sizeOfAspect(preset.aspect) } : plan.canvas;
  return {
    ...plan,
    canvas,
    camera,
    audio: { ...plan.audio, ambience },
    look: { ...preset.look, preset: preset.id, captions: { ...preset.captions } },
  };
}
