/** Moderate one text with the built-in rules (and the config in KLAPPE_MODERATION_CONFIG, if set). */
import { moderationConfigFromEnv } from './ModerationConfig.ts';
import type { ModerationResult } from './ModerationResult.ts';
import { createTextModerator, type TextModerator } from './text/createTextModerator.ts';

let shared: TextModerator | undefined;

/** The moderator every caller shares (compiled on first use). */
export function defaultTextModerator(): TextModerator {
  shared ??= createTextModerator(moderationConfigFromEnv());
  return shared;
}

export function moderateText(text: string): ModerationResult {
  return defaultTextModerator().moderate(text);
}
