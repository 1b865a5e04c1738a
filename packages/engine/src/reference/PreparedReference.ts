/**
 * A reference image decoded, upright (EXIF orientation applied), limited in size and ready to
 * draw: straight (not premultiplied) RGBA rows. Travels inside the Timeline to the render threads.
 */
import type { ReferenceMode } from './referenceLimits.ts';

export interface PreparedReference {
  /** The plan's name for the image. */
  image: string;
  mode: ReferenceMode;
  width: number;
  height: number;
  /** Straight RGBA, width × height × 4. */
  rgba: Uint8Array;
  /** Mean colour of the visible pixels, '#rrggbb'. */
  meanColour: string;
  /** Mean luma of the visible pixels, 0..1. */
  brightness: number;
  /** -1 (light from the left) .. 1 (light from the right): the left/right brightness balance. */
  lightSide: number;
}
