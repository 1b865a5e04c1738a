/**
 * Makes draft preview stills in the background, one at a time, so a burst of new drafts never
 * holds up the server: at most `maxWaiting` wait; beyond that a draft simply gets no early
 * preview (it still gets its thumbnail when the render finishes).
 */
import type { ScenePlan } from '@klappe/engine';
import type { BlobStore } from '../../blobs/BlobStore.ts';
import type { Logger } from '../../ops/createLogger.ts';
import { renderPreviewFrame } from './renderPreviewFrame.ts';

export const previewKey = (videoId: string) => `videos/${videoId}/preview.jpg`;

export class PreviewFrames {
  private chain: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly blobs: BlobStore,
    private readonly logger: Logger,
    private readonly maxWaiting = 4,
    private readonly render: (plan: ScenePlan) => Promise<Buffer> = renderPreviewFrame,
  ) {}

  /** Queue a preview for a video; returns the promise of it being stored (or skipped). */
  request(videoId: string, plan: ScenePlan, stillWanted: () => Promise<boolean>): Promise<void> {
    if (this.waiting >= this.maxWaiting) return Promise.resolve();
    this.waiting++;
    const job = this.chain.then(async () => {
      try {
        if (!(await stillWanted())) return;
        const jpeg = await this.render(plan);
        if (await stillWanted()) await this.blobs.putBuffer(previewKey(videoId), jpeg);
      } catch (err) {
        this.logger.warn({ err, videoId }, 'preview frame failed');
      } finally {
        this.waiting--;
      }
    });
    this.chain = job;
    return job;
  }

  /** Wait for the queued previews (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }
}
