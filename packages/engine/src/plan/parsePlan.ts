import { scenePlanSchema, type ScenePlan } from './scenePlanSchema.ts';

/** A plan that failed validation: `field` is a dotted path such as `cast.2.kind`. */
export class PlanError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(field ? `invalid plan: ${field}: ${reason}` : `invalid plan: ${reason}`);
    this.name = 'PlanError';
  }
}

/** Validate unknown JSON as a ScenePlan, throwing a PlanError that names the first bad field. */
export function parsePlan(input: unknown): ScenePlan {
  const result = scenePlanSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new PlanError(issue.path.map(String).join('.'), issue.message);
}

/** Parse plan JSON text, with the same error for malformed JSON. */
export function parsePlanJson(text: string): ScenePlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PlanError('', `not valid JSON (${(err as Error).message})`);
  }
  return parsePlan(json);
}
