/**
 * The 400 for content that moderation refused: the OpenAI error shape with
 * code "moderation_blocked", the category in the message, and a `category` field beside the
 * usual four. The matched term is logged by the caller, never sent (it may be a slur).
 */
import { CATEGORY_LABELS, type ModerationCategory } from '@klappe/trust';
import { ApiError, type ErrorBody } from '../ApiError.ts';

export class ModerationBlockedError extends ApiError {
  constructor(
    readonly category: ModerationCategory,
    param: string,
  ) {
    const what = param === 'input_reference' ? 'The input_reference image' : param === 'prompt' ? 'The prompt' : `The plan (${param})`;
    super(400, `${what} was refused by content moderation: ${CATEGORY_LABELS[category]}. Change it and try again.`, { param, code: 'moderation_blocked' });
  }

  override toBody(): ErrorBody & { error: { category: ModerationCategory } } {
    const body = super.toBody();
    return { error: { ...body.error, category: this.category } };
  }
}
