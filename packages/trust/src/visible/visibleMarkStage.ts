/**
 * The visible mark as a frame stage (loaded on every render thread): options
 * `{ videoId: string; handle: string }` (an empty handle draws the wordmark alone).
 */
import type { FrameStageFactory } from '@klappe/engine';
import { drawVisibleMark } from './drawVisibleMark.ts';
import { markPosition, safeArea, seedOf, spotSequence, HOLD_SECONDS, MOVE_SECONDS } from './markLayout.ts';

const visibleMarkStage: FrameStageFactory = (options, info) => {
  const mark = drawVisibleMark(info.width, info.height, String(options.handle ?? '') || undefined);
  const area = safeArea(info.width, info.height);
  const holds = Math.ceil(info.frameCount / info.fps / (HOLD_SECONDS + MOVE_SECONDS)) + 2;
  const sequence = spotSequence(seedOf(String(options.videoId ?? '')), holds);
  return {
    overlay(ctx, frame) {
      const { x, y } = markPosition(sequence, frame / info.fps, area, mark.width, mark.height);
      ctx.drawImage(mark.canvas, x, y);
    },
  };
};

export default visibleMarkStage;
