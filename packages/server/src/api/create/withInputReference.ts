/**
 * The input_reference picture joins the plan: checked the way the renderer will read it
 * (format, still, size), then attached as a plate or a product. A picture that cannot be used
 * is a 400 naming what is wrong, before anything is stored or queued.
 */
import {
  attachReference, chooseReferenceMode, parsePlan, prepareReferenceImage, ReferenceImageError, type ReferenceMode, type ScenePlan,
} from '@klappe/engine';
import { ApiError } from '../ApiError.ts';

/** The name the plan uses for the uploaded picture (the job hands the stored file over under it). */
export const INPUT_REFERENCE = 'input_reference';

export async function withInputReference(plan: unknown, bytes: Uint8Array, mode: ReferenceMode | undefined): Promise<ScenePlan> {
  const chosen = mode ?? (await chooseReferenceMode(bytes));
  try {
    await prepareReferenceImage(INPUT_REFERENCE, bytes, chosen);
  } catch (err) {
    if (err instanceof ReferenceImageError) {
      const status = err.problem === 'too-large' ? 413 : 400;
      throw new ApiError(status, err.message.replace(`reference image "${INPUT_REFERENCE}"`, 'The input_reference image'), {
        param: 'input_reference',
        code: err.problem === 'too-large' ? 'file_too_large' : 'invalid_image',
      });
    }
    throw err;
  }
  return attachReference(parsePlan(plan), INPUT_REFERENCE, chosen);
}
