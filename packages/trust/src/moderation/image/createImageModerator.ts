/**
 * Image moderation: uploaded images, sampled frames of uploaded video, and frames of any
 * output not made by the built-in engine are classified with nsfwjs; thresholds come from the
 * config. The model loads on the first image, once per process.
 */
import { DEFAULT_IMAGE_THRESHOLDS, type ImageThresholds, type ModerationConfig } from '../ModerationConfig.ts';
import { CLASSIFIER_SIZE, decodeForClassifier } from './decodeForClassifier.ts';
import { judgeImageScores, type ImageModerationResult } from './judgeImageScores.ts';
import { loadClassifier } from './loadClassifier.ts';

export type { ImageModerationResult, ImageScores } from './judgeImageScores.ts';

export interface ImageModerator {
  readonly thresholds: ImageThresholds;
  /** A PNG, JPEG or WebP image. Throws ImageDecodeError for bytes that are not one. */
  classify(bytes: Uint8Array): Promise<ImageModerationResult>;
  /** Several images (video frames): the first refused one, or allowed with the highest scores seen. */
  classifyAll(images: Uint8Array[]): Promise<ImageModerationResult & { index?: number }>;
  /** Load the model now (otherwise the first image does). Returns the TensorFlow.js backend in use. */
  warmUp(): Promise<string>;
}

export function createImageModerator(options: { thresholds?: Partial<ImageThresholds>; config?: ModerationConfig; backend?: 'wasm' | 'cpu' } = {}): ImageModerator {
  const thresholds: ImageThresholds = { ...DEFAULT_IMAGE_THRESHOLDS, ...options.config?.image, ...options.thresholds };
  const classifier = () => loadClassifier(options.backend);
  const classify = async (bytes: Uint8Array): Promise<ImageModerationResult> => {
    const rgb = await decodeForClassifier(bytes);
    const scores = await (await classifier()).scores(rgb, CLASSIFIER_SIZE);
    return judgeImageScores(scores, thresholds);
  };
  return {
    thresholds,
    classify,
    async classifyAll(images) {
      let worst: ImageModerationResult | undefined;
      for (let i = 0; i < images.length; i++) {
        const result = await classify(images[i]!);
        if (!result.allowed) return { ...result, index: i };
        if (!worst || result.scores.Porn + result.scores.Hentai + result.scores.Sexy > worst.scores.Porn + worst.scores.Hentai + worst.scores.Sexy) worst = result;
      }
      return worst ?? { allowed: true, scores: { Drawing: 0, Hentai: 0, Neutral: 1, Porn: 0, Sexy: 0 } };
    },
    async warmUp() {
      return (await classifier()).backend;
    },
  };
}
