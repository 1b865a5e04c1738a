/** What moderation refuses, most severe first (when a text matches several, the first one is reported). */
export const MODERATION_CATEGORIES = [
  'sexual_minors',
  'extremism',
  'hate',
  'violence',
  'self_harm',
  'sexual',
  'dangerous',
  'real_person',
  'copyright',
] as const;

export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];

/** The words users see: "prompt refused (moderation: graphic violence)". */
export const CATEGORY_LABELS: Record<ModerationCategory, string> = {
  sexual_minors: 'sexual content involving minors',
  extremism: 'terrorism and violent extremism',
  violence: 'graphic violence',
  self_harm: 'self-harm',
  hate: 'hate',
  sexual: 'sexual content',
  dangerous: 'dangerous instructions',
  real_person: 'real people',
  copyright: 'copyrighted characters',
};

export function isModerationCategory(value: string): value is ModerationCategory {
  return (MODERATION_CATEGORIES as readonly string[]).includes(value);
}

/** Lower is more severe. */
export function severityOf(category: ModerationCategory): number {
  return MODERATION_CATEGORIES.indexOf(category);
}
