/** Why a reference image cannot be used; the message is meant for the user who sent it. */
export type ReferenceImageProblem = 'empty' | 'too-large' | 'unsupported' | 'animated' | 'corrupt' | 'too-many-pixels' | 'missing';

export class ReferenceImageError extends Error {
  constructor(
    readonly problem: ReferenceImageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ReferenceImageError';
  }
}
