/**
 * Checks each new post's video with the trust layer's verifier (C2PA manifest and invisible
 * marks) in the background, one at a time, and stores the badge on the post.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { verifyVideo } from '@klappe/trust';
import type { VerifyRouteDeps } from '../../api/routes/verifyRoutes.ts';
import { videoBlobKeys, type BlobStore } from '../../blobs/BlobStore.ts';
import type { Logger } from '../../ops/createLogger.ts';
import type { PostStore } from '../store/PostStore.ts';
import { provenanceOf } from './provenanceOf.ts';

export class ProvenanceChecks {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: VerifyRouteDeps,
    private readonly blobs: BlobStore,
    private readonly posts: PostStore,
    private readonly logger: Logger,
  ) {}

  check(postId: string, videoId: string): Promise<void> {
    const job = this.chain.then(async () => {
      const tmp = join(this.deps.workDir, `provenance-${randomBytes(8).toString('hex')}.mp4`);
      try {
        await mkdir(this.deps.workDir, { recursive: true });
        await pipeline(this.blobs.createReadStream(videoBlobKeys(videoId).video), createWriteStream(tmp));
        const report = await verifyVideo(tmp, {
          anchorsPem: this.deps.trust.anchorsPem,
          watermarkKeys: [{ instance: this.deps.trust.instance, key: this.deps.trust.watermarkKey }],
          lookup: this.deps.lookupMark,
          maxBytes: this.deps.maxVerifyBytes,
        });
        await this.posts.setProvenance(postId, JSON.stringify(provenanceOf(report)));
      } catch (err) {
        this.logger.warn({ err, postId }, 'provenance check failed');
      } finally {
        await rm(tmp, { force: true });
      }
    });
    this.chain = job;
    return job;
  }

  idle(): Promise<void> {
    return this.chain;
  }
}
