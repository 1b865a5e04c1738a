import { basename, dirname, extname, join } from 'node:path';

/** The files written beside a video: `clip.mp4` → `clip.thumbnail.jpg`, `clip.spritesheet.jpg`, `clip.vtt` (captions, clips with speech). */
export function sidecarPaths(videoPath: string): { thumbnail: string; spritesheet: string; captions: string } {
  const dir = dirname(videoPath);
  const stem = basename(videoPath, extname(videoPath));
  return { thumbnail: join(dir, `${stem}.thumbnail.jpg`), spritesheet: join(dir, `${stem}.spritesheet.jpg`), captions: join(dir, `${stem}.vtt`) };
}
