/**
 * A remix: the source video's plan changed by a new prompt; what the prompt does not mention
 * (seed, cast, setting) stays. The engine's director does the work.
 *
 * `applyPromptToPlan` is not (yet) exported from `@klappe/engine`'s index, so it is imported
 * from the director's file; switch to the package import once it is exported.
 */
export { applyPromptToPlan as applyRemixPrompt } from '../../../../engine/src/director/directPlan.ts';
