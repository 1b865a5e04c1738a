/** The file cannot be checked: empty, not a video, truncated, or too large. */
export type VerifyInputProblem = 'empty' | 'not_a_video' | 'truncated' | 'too_large' | 'unreadable';

export class VerifyInputError extends Error {
  override name = 'VerifyInputError';
  constructor(
    readonly problem: VerifyInputProblem,
    message: string,
  ) {
    super(message);
  }
}
