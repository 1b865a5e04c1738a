// C2PA provenance, keys, the visible mark, the verifier and the render pipeline.
export { ensureTrustKeys, trustKeyConfigFromEnv, TrustKeyError, type TrustKeyConfig } from './keys/ensureTrustKeys.ts';
export type { TrustKeys, SigningAlgorithm } from './keys/TrustKeys.ts';
export { issueTrustChain } from './keys/issueTrustChain.ts';
export { cliDataDir } from './keys/cliDataDir.ts';
export { signVideo, SigningError } from './c2pa/signVideo.ts';
export { readProvenance } from './c2pa/readProvenance.ts';
export { scanBmff, scanBmffFile, stripC2paBox } from './c2pa/bmffBoxes.ts';
export { TRAINED_ALGORITHMIC_MEDIA } from './c2pa/klappeManifest.ts';
export type { C2paReport, C2paState } from './c2pa/C2paReport.ts';
export { trustStagesFor, type TrustStageRequest, type TrustStages } from './pipeline/trustStagesFor.ts';
export { verifyVideo, verifyOptionsFor, DEFAULT_MAX_VERIFY_BYTES, type VerifyOptions } from './verify/verifyVideo.ts';
export { VerifyInputError, type VerifyInputProblem } from './verify/VerifyInputError.ts';
export type { VerifyReport, MarkReport, MarkRecord, MarkLookup } from './verify/VerifyReport.ts';
export { formatVerifyReport } from './verify/formatVerifyReport.ts';
export { appendLocalMark, localMarkLookup } from './verify/localMarkLedger.ts';
export * from './moderation/index.ts';
// Invisible watermarks: video (luma) and audio.
export { createVideoMarker, videoCodeword, type VideoMarker, type VideoMarkerOptions } from './watermark/video/createVideoMarker.ts';
export { detectVideoMark, VideoMarkError, type VideoMarkDetection, type DetectVideoMarkOptions } from './watermark/video/detectVideoMark.ts';
export { locateVideoMark, type LumaImage, type LocateResult } from './watermark/video/locateVideoMark.ts';
export {
  videoMarkIdOf, packVideoPayload, unpackVideoPayload, PayloadError, VIDEO_PAYLOAD_BITS, type VideoMarkPayload,
} from './watermark/video/VideoMarkPayload.ts';
export { PsnrMeter } from './watermark/video/psnr.ts';
export { embedAudioMark, AUDIO_MARK_STRENGTH, MARK_LEVEL_DB, type AudioMarkOptions } from './watermark/audio/embedAudioMark.ts';
export { detectAudioMark, locateAudioMark, AudioMarkError, type AudioMarkDetection, type DetectAudioMarkOptions } from './watermark/audio/detectAudioMark.ts';
export { AUDIO_PAYLOAD_BITS } from './watermark/audio/audioMarkLayout.ts';
export type { MarkKey } from './watermark/keyedRandom.ts';
