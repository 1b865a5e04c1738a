/**
 * Everything a render needs to carry Klappe's three signals, for the CLI and the server alike:
 * the visible mark and the invisible video mark (frame stages), the audio mark (audio stage)
 * and the C2PA manifest (postprocess: signs the encoded MP4).
 */
import type { FrameStageSpec, StereoAudio } from '@klappe/engine';
import { signVideo } from '../c2pa/signVideo.ts';
import type { TrustKeys } from '../keys/TrustKeys.ts';
import { VISIBLE_MARK_STAGE, watermarkParts } from './watermarkParts.ts';

export interface TrustStageRequest {
  keys: TrustKeys;
  videoId: string;
  /** The creator's handle, drawn under the wordmark when known. */
  handle?: string;
  /** The model (quality tier or alias) named in the manifest. */
  model: string;
  /** Klappe's version, named in the manifest. */
  version: string;
  /** The title in the manifest (default `<videoId>.mp4`). */
  title?: string;
  /** A remix: the source file becomes the manifest's ingredient. */
  remixOf?: { path?: string; title: string };
}

export interface TrustStages {
  frameStages: FrameStageSpec[];
  audioStage: (audio: StereoAudio) => StereoAudio;
  postprocess: (input: string, output: string) => Promise<void>;
  /** The 48-bit id the invisible marks carry (look the video up by it). */
  markId: bigint;
}

export async function trustStagesFor(req: TrustStageRequest): Promise<TrustStages> {
  const parts = await watermarkParts();
  const markId = parts.videoMarkIdOf(req.videoId);
  const audioPayload = parts.audioPayloadOf(markId);
  // The visible mark is drawn first; the invisible mark then goes into every pixel's luma, the visible mark's included.
  const frameStages: FrameStageSpec[] = [
    { module: VISIBLE_MARK_STAGE, options: { videoId: req.videoId, handle: req.handle ?? '' } },
    { module: parts.videoMarkStage, options: { key: req.keys.watermarkKey, instance: req.keys.instance, video: markId.toString() } },
  ];
  return {
    frameStages,
    audioStage: (audio) => parts.embedAudioMark(audio, { key: req.keys.watermarkKey, payload: audioPayload }),
    postprocess: (input, output) =>
      signVideo(input, output, { keys: req.keys, videoId: req.videoId, model: req.model, version: req.version, title: req.title ?? `${req.videoId}.mp4`, remixOf: req.remixOf }),
    markId,
  };
}
