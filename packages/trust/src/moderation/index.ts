/** Content filtering: refuse prompts, plans and images no platform should make. */
export { MODERATION_CATEGORIES, CATEGORY_LABELS, isModerationCategory, type ModerationCategory } from './ModerationCategory.ts';
export type { ModerationResult } from './ModerationResult.ts';
export {
  DEFAULT_IMAGE_THRESHOLDS,
  loadModerationConfig,
  moderationConfigFromEnv,
  ModerationConfigError,
  parseModerationConfig,
  type ImageThresholds,
  type ModerationConfig,
} from './ModerationConfig.ts';
export { normaliseText, foldText } from './text/normaliseText.ts';
export { createTextModerator, type TextModerator } from './text/createTextModerator.ts';
export { moderateText, defaultTextModerator } from './moderateText.ts';
export { moderatePlan, planTexts, type PlanModerationResult } from './moderatePlan.ts';
export { createImageModerator, type ImageModerator, type ImageModerationResult, type ImageScores } from './image/createImageModerator.ts';
export { ImageDecodeError } from './image/decodeForClassifier.ts';
export { sampleVideoFrames } from './image/sampleVideoFrames.ts';
