/** @klappe/engine — prompt → ScenePlan → simulation → frames + audio → MP4. */
export * from './units/units.ts';
export * from './plan/scenePlanSchema.ts';
export { parsePlan, parsePlanJson, PlanError } from './plan/parsePlan.ts';
export { createEmptyPlan, type PlanOptions } from './plan/createEmptyPlan.ts';
export { gravityOf } from './plan/gravityOf.ts';
export { directPlan, applyPromptToPlan } from './director/directPlan.ts';
export { simulate } from './world/simulate.ts';
export type * from './timeline/Timeline.ts';
export { renderAudio, type StereoAudio } from './audio/renderAudio.ts';
export { createFrameRenderer } from './render/createFrameRenderer.ts';
export { generateVideo, defaultWorkerCount, type GenerateOptions, type GenerateResult, type GenerateProgress } from './generate/generateVideo.ts';
export { sidecarPaths } from './generate/outputPaths.ts';
export { ffmpegPath, ffprobePath } from './encode/findFfmpeg.ts';
export { probeMedia, type MediaInfo } from './encode/probeMedia.ts';
export { DEFAULT_ENCODE_SETTINGS, type EncodeSettings, type RawPixelFormat } from './encode/EncodeSettings.ts';
export { rgbaToYuv420, yuv420Size } from './encode/rgbaToYuv420.ts';
export { EncodeError, startEncoder, type Encoder } from './encode/startEncoder.ts';
export { KINDS, MATERIALS, SETTINGS, KIND_IDS, MATERIAL_IDS, SETTING_IDS } from './ontology/ontology.ts';
