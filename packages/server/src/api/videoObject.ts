/** A video row as the API's Video object (times in Unix seconds). */
import type { VideoSummary } from '../store/VideoStore.ts';
import type { z } from 'zod';
import type { videoSchema } from './schemas.ts';

export type VideoObject = z.infer<typeof videoSchema>;

const seconds = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

export function toVideoObject(row: VideoSummary): VideoObject {
  return {
    id: row.id,
    object: 'video',
    status: row.status,
    progress: row.progress,
    created_at: Math.floor(row.created_at / 1000),
    completed_at: seconds(row.completed_at),
    expires_at: seconds(row.expires_at),
    model: row.model,
    seconds: row.seconds,
    size: row.size,
    prompt: row.prompt,
    remixed_from_video_id: row.remixed_from_video_id,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
  };
}
