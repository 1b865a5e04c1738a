/**
 * What the app needs from the trust layer (`@klappe/trust`): text moderation for names, bios,
 * prompts, captions and comments; image moderation for avatars; and the video verifier for the
 * Verify page. Tests may swap the moderators; the defaults are the trust layer's own, with the
 * operator's moderation config (`KLAPPE_MODERATION_CONFIG`).
 */
import { CATEGORY_LABELS, createImageModerator, defaultTextModerator, moderationConfigFromEnv, type ModerationCategory } from '@klappe/trust';
import { ApiError } from '../../api/ApiError.ts';

export interface Verdict {
  allowed: boolean;
  category?: ModerationCategory;
}

export interface TrustHooks {
  text(text: string): Verdict | Promise<Verdict>;
  image(bytes: Uint8Array): Promise<Verdict>;
}

export function contentRejected(param: string, category: ModerationCategory | undefined, what: 'text' | 'image'): ApiError {
  const why = category ? ` (${CATEGORY_LABELS[category]})` : '';
  const subject = what === 'image' ? 'This image' : 'This text';
  return new ApiError(422, `${subject} breaks the content rules${why}. Change it and try again.`, { param, code: 'content_rejected' });
}

/** Throws a 422 `content_rejected` naming `param` when the text is refused. */
export async function checkText(hooks: TrustHooks, text: string, param: string): Promise<void> {
  if (text.trim() === '') return;
  const v = await hooks.text(text);
  if (!v.allowed) throw contentRejected(param, v.category, 'text');
}

/** Throws a 422 `content_rejected` when the image is refused. */
export async function checkImage(hooks: TrustHooks, bytes: Uint8Array, param: string): Promise<void> {
  let v: Verdict;
  try {
    v = await hooks.image(bytes);
  } catch (err) {
    if ((err as Error).name === 'ImageDecodeError') throw new ApiError(415, 'The image could not be read: send a PNG, JPEG or WebP.', { param, code: 'unsupported_image' });
    throw err;
  }
  if (!v.allowed) throw contentRejected(param, v.category, 'image');
}

export function defaultTrustHooks(): TrustHooks {
  const text = defaultTextModerator();
  let images: ReturnType<typeof createImageModerator> | undefined;
  return {
    text: (t) => text.moderate(t),
    image: (bytes) => (images ??= createImageModerator({ config: moderationConfigFromEnv() })).classify(bytes),
  };
}
