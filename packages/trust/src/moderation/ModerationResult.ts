import type { ModerationCategory } from './ModerationCategory.ts';

/** The verdict on one text, plan or image. */
export interface ModerationResult {
  allowed: boolean;
  /** Why it was refused (the most severe category found). */
  category?: ModerationCategory;
  /** Language of the rule that matched ("en", "de", "fr", "es"), or the text's language when the rule is not language-specific. */
  language?: string;
  /** The term or phrase that matched, as written in the rules: for logs only, never shown to users (it may be a slur). */
  matched?: string;
}

export const ALLOWED: ModerationResult = Object.freeze({ allowed: true });
