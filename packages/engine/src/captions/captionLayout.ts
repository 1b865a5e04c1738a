/**
 * Where burned-in captions go. For 9:16 the TikTok / Reels / Shorts interface covers about the
 * bottom 22 % (caption, buttons) and the right 15 % (like, comment, share), and the top 8 %
 * (tabs): captions sit above the bottom band, centred in the free width. Landscape and square
 * frames keep a plain lower-third margin.
 */
export interface CaptionLayout {
  /** Centre x of the caption block (px). */
  centerX: number;
  /** Bottom of the caption block (px). */
  bottom: number;
  /** Widest a caption line may be (px). */
  maxWidth: number;
  fontSize: number;
  lineHeight: number;
  /** Units per caption line for chunking (a Latin letter is 1). */
  lineUnits: number;
}

export function captionLayout(width: number, height: number): CaptionLayout {
  const portrait = height > width * 1.2;
  const left = portrait ? 0.06 * width : 0.1 * width;
  const right = portrait ? 0.85 * width : 0.9 * width;
  const bottom = portrait ? 0.76 * height : 0.9 * height;
  const fontSize = Math.round(portrait ? width * 0.05 : height * 0.05);
  const maxWidth = right - left;
  return {
    centerX: (left + right) / 2,
    bottom,
    maxWidth,
    fontSize,
    lineHeight: Math.round(fontSize * 1.32),
    lineUnits: Math.max(16, Math.min(42, Math.floor(maxWidth / (fontSize * 0.56)))),
  };
}
