/**
 * The finishing look of a shot by time of day: a gentle colour wash (warm at the golden hours,
 * cool at night), how much the edges darken, and how much film grain to add.
 */
import type { TimeOfDay } from '../../plan/scenePlanSchema.ts';

export interface Grade {
  /** Wash colour "r,g,b" and its opacity. */
  tint: string;
  tintAlpha: number;
  /** Opacity of the darkening at the corners. */
  vignette: number;
}

const GRADES: Readonly<Record<TimeOfDay, Grade>> = {
  dawn: { tint: '255,170,150', tintAlpha: 0.05, vignette: 0.32 },
  morning: { tint: '255,226,180', tintAlpha: 0.03, vignette: 0.26 },
  noon: { tint: '255,250,240', tintAlpha: 0.0, vignette: 0.22 },
  afternoon: { tint: '255,214,150', tintAlpha: 0.045, vignette: 0.26 },
  sunset: { tint: '255,150,80', tintAlpha: 0.07, vignette: 0.34 },
  night: { tint: '60,90,170', tintAlpha: 0.08, vignette: 0.4 },
};

export function gradeFor(timeOfDay: TimeOfDay, options: { indoor?: boolean; space?: boolean } = {}): Grade {
  if (options.space) return { tint: '180,200,255', tintAlpha: 0.02, vignette: 0.3 };
  const g = GRADES[timeOfDay] ?? GRADES.noon;
  if (options.indoor) return { tint: '255,228,190', tintAlpha: Math.min(0.04, g.tintAlpha + 0.02), vignette: g.vignette };
  return g;
}
