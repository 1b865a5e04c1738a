/**
 * Expired videos: once `expires_at` has passed their files are removed and the video is
 * marked expired (it stays listed, its content answers 404 video_expired). Old idempotency
 * keys are forgotten after a day.
 */
import { videoBlobKeys, type BlobStore } from '../blobs/BlobStore.ts';
import type { Logger } from './createLogger.ts';
import type { VideoStore } from '../store/VideoStore.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export async function cleanupExpired(deps: { videos: VideoStore; blobs: BlobStore; logger: Logger }, now = Date.now()): Promise<{ videos: number; idempotencyKeys: number }> {
  let count = 0;
  for (;;) {
    const batch = await deps.videos.findExpired(now, 100);
    if (batch.length === 0) break;
    for (const row of batch) {
      await deps.blobs.deletePrefix(videoBlobKeys(row.id).prefix);
      await deps.videos.markAssetsExpired(row.id);
      count++;
    }
    if (batch.length < 100) break;
  }
  const idempotencyKeys = await deps.videos.deleteIdempotencyKeysBefore(now - IDEMPOTENCY_TTL_MS);
  if (count > 0 || idempotencyKeys > 0) deps.logger.info({ event: 'cleanup', videos: count, idempotencyKeys }, 'removed expired files');
  return { videos: count, idempotencyKeys };
}
