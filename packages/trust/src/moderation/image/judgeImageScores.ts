/** The image verdict from the classifier's class probabilities and the thresholds. Pure. */
import type { ImageThresholds } from '../ModerationConfig.ts';
import type { ModerationCategory } from '../ModerationCategory.ts';

/** nsfwjs classes, each a probability (they sum to about 1). */
export interface ImageScores {
  Drawing: number;
  Hentai: number;
  Neutral: number;
  Porn: number;
  Sexy: number;
}

export interface ImageModerationResult {
  allowed: boolean;
  category?: ModerationCategory;
  /** Which threshold refused it: "Porn 0.91 ≥ 0.5". */
  matched?: string;
  scores: ImageScores;
}

export function judgeImageScores(scores: ImageScores, thresholds: ImageThresholds): ImageModerationResult {
  const checks: [keyof ImageScores, number][] = [
    ['Porn', thresholds.porn],
    ['Hentai', thresholds.hentai],
    ['Sexy', thresholds.sexy],
  ];
  for (const [cls, limit] of checks) {
    if (scores[cls] >= limit) return { allowed: false, category: 'sexual', matched: `${cls} ${scores[cls].toFixed(2)} ≥ ${limit}`, scores };
  }
  return { allowed: true, scores };
}
