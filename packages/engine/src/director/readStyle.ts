/**
 * Reads the look of a prompt: "in film noir style", "as a claymation", "like an old home
 * video", "anime", "8-bit". The phrases come from the preset catalogue (each preset lists its
 * own); the longest match wins. The phrase and its glue words ("in … style", "as a …") are
 * taken out of the text the scene reader sees, so they are neither misread as things nor
 * reported as ungrounded.
 */
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import { applyPreset } from '../presets/applyPreset.ts';
import { presetCatalogue } from '../presets/presetCatalogue.ts';

export interface StyleReading {
  /** The prompt without the style phrase. */
  rest: string;
  /** The preset the prompt asked for, if any. */
  preset?: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]+/g, '[\\s-]+');

let phrases: { preset: string; pattern: RegExp; length: number }[] | null = null;

function phraseTable(): { preset: string; pattern: RegExp; length: number }[] {
  if (phrases) return phrases;
  phrases = presetCatalogue()
    .flatMap((p) => p.phrases.map((phrase) => ({
      preset: p.id,
      length: phrase.length,
      pattern: new RegExp(
        String.raw`(?:\b(?:in|as|with|like|done\s+in|made\s+in|shot\s+(?:as|in|on)|rendered\s+(?:as|in))\s+(?:an?\s+|the\s+)?(?:old\s+|vintage\s+|retro\s+|classic\s+)?)?` +
          String.raw`(?<![\w-])${escape(phrase)}(?![\w-])` +
          String.raw`(?:[\s-]+(?:style|styled|look|aesthetic|animation|film|movie|video|clip|version))?`,
        'i',
      ),
    })))
    .sort((a, b) => b.length - a.length);
  return phrases;
}

export function readStyle(text: string): StyleReading {
  for (const { preset, pattern } of phraseTable()) {
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(/\s+([,.;!?])/g, '$1').replace(/[,;:]+([.!?])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,:;]+|[\s,:;]+$/g, '');
    return { rest, preset };
  }
  return { rest: text };
}

/** Give the plan the look the prompt asked for (its preset's aspect only when the caller chose no size). */
export function applyStyleReading(plan: ScenePlan, reading: StyleReading, options: { aspect?: boolean } = {}): ScenePlan {
  return reading.preset ? applyPreset(plan, reading.preset, options) : plan;
}
