/** The parameters to render a plan's look with: its style, adjusted by the look's own grade. */
import type { Look } from '../../plan/lookSchema.ts';
import { STYLES } from './styleCatalogue.ts';
import type { StyleParams } from './StyleParams.ts';

export function styleParamsOf(look: Look | undefined): StyleParams {
  const base = STYLES[look?.style ?? 'cinematic'];
  const g = look?.grade;
  if (!g) return base;
  const grade = { ...base.grade };
  if (g.saturation !== undefined) grade.saturation = g.saturation;
  if (g.vignette !== undefined) grade.vignette = g.vignette;
  if (g.grain !== undefined) grade.grain = g.grain;
  if (g.halation !== undefined) grade.halation = g.halation;
  if (g.tint !== undefined || g.tintAmount !== undefined) {
    grade.tint = {
      colour: g.tint ?? base.grade.tint?.colour ?? '#ffffff',
      amount: g.tintAmount ?? base.grade.tint?.amount ?? 0.1,
      mode: base.grade.tint?.mode ?? 'soft-light',
    };
  }
  return { ...base, grade };
}
