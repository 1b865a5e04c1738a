/**
 * Stop-motion cadence: which timeline frame an output frame shows. Drawings are held by time
 * (drawing d = ⌊t · drawingsPerSecond⌋, shown at the first frame at or after d / dps), so
 * 12 drawings a second happen at 24 fps (each held 2 frames) and at 30 fps (held 3, 2, 3, 2 …).
 * Timing never changes: output frame f still lasts 1/fps, the audio is untouched.
 */
export function drawingFrameOf(frame: number, fps: number, drawingsPerSecond: number | undefined): number {
  if (!drawingsPerSecond || drawingsPerSecond >= fps || frame <= 0) return frame;
  const drawing = Math.floor((frame * drawingsPerSecond) / fps);
  return Math.ceil((drawing * fps) / drawingsPerSecond);
}
