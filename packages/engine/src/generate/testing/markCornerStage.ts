/**
 * A frame stage for tests: paints a square in the top-left corner (overlay) and sets a luma
 * block in the bottom-right corner to a fixed value (luma), so both can be seen after decoding.
 */
import type { FrameStageFactory } from '../FrameStage.ts';

const markCornerStage: FrameStageFactory = (options) => {
  const size = Number(options.size);
  const colour = String(options.colour);
  const luma = Number(options.luma);
  return {
    overlay(ctx) {
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, size, size);
      ctx.restore();
    },
    luma(y, width, height) {
      for (let row = height - size; row < height; row++) y.fill(luma, row * width + width - size, (row + 1) * width);
    },
  };
};

export default markCornerStage;
