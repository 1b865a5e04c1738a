/**
 * Rendering one video: the job both `klappe serve` (in-process workers) and `klappe worker`
 * run. Reads the video's plan from the database, renders it with the engine into a scratch
 * folder, moves the MP4, thumbnail and spritesheet into the blob store and marks the video
 * completed. Progress goes to the video row while rendering; when the row disappears (the
 * video was deleted) the render stops.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EncodeError, generateVideo, parsePlan, PlanError, ReferenceImageError, type ScenePlan } from '@klappe/engine';
import { referenceAssetsOf } from './referenceAssetsOf.ts';
import { videoBlobKeys, type BlobStore } from '../blobs/BlobStore.ts';
import { tierOf } from '../models/modelRegistry.ts';
import type { Metrics } from '../ops/createMetrics.ts';
import type { Logger } from '../ops/createLogger.ts';
import type { VideoStore } from '../store/VideoStore.ts';
import { JobCancelled, JobInterrupted, RetryLater } from './jobErrors.ts';
import { trustForJob, type JobTrustDeps } from './trustForJob.ts';
import type { JobHandler } from './JobQueue.ts';

export interface VideoJobDeps extends Pick<JobTrustDeps, 'trust' | 'marks' | 'handleOf'> {
  videos: VideoStore;
  blobs: BlobStore;
  /** Scratch space for renders in progress. */
  workDir: string;
  logger: Logger;
  metrics?: Metrics;
  /** Render threads per job (default: the engine's choice). */
  renderThreads?: number;
  /** Hours a finished video is kept; 0 keeps it forever. */
  assetTtlHours: number;
  /** How often progress is written (and deletion noticed), in ms (default 500). */
  progressEveryMs?: number;
  now?: () => number;
}

/** What went wrong, as a code users can act on, and whether another attempt may help. */
export function classifyRenderError(err: unknown): { code: string; message: string; retryable: boolean } {
  if (err instanceof PlanError) return { code: 'invalid_plan', message: err.message, retryable: false };
  if (err instanceof ReferenceImageError) return { code: 'invalid_image', message: err.message, retryable: false };
  if (err instanceof EncodeError) return { code: 'encode_failed', message: `encoding failed: ${err.message}`, retryable: true };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal_error', message: `rendering failed: ${message}`, retryable: true };
}

export function createVideoJobHandler(deps: VideoJobDeps): JobHandler {
  const now = deps.now ?? Date.now;
  const everyMs = deps.progressEveryMs ?? 500;
  const expiry = (at: number) => (deps.assetTtlHours > 0 ? at + deps.assetTtlHours * 3_600_000 : null);
  return async ({ videoId, attempt, maxAttempts, signal }) => {
    const log = deps.logger.child({ videoId, attempt });
    const row = await deps.videos.getWithPlan(videoId);
    if (!row || row.status === 'completed' || row.status === 'failed') {
      log.info({ status: row?.status ?? 'deleted' }, 'job skipped: nothing to render');
      return;
    }
    if (attempt > maxAttempts) {
      // The workers that took this job died while rendering it, again and again.
      const at = now();
      await deps.videos.markFailed(videoId, 'worker_lost', `rendering stopped ${attempt - 1} times without finishing (the worker process died)`, at, expiry(at));
      deps.metrics?.jobFailures.inc({ code: 'worker_lost' });
      deps.metrics?.jobsFinished.inc({ outcome: 'failed' });
      log.warn('job failed: workers lost too often');
      return;
    }
    if (!(await deps.videos.markStarted(videoId, now()))) return;

    const started = performance.now();
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onOuterAbort, { once: true });
    let progress = 0;
    let checking = false;
    const check = async () => {
      if (checking || controller.signal.aborted) return;
      checking = true;
      try {
        if (!(await deps.videos.setProgress(videoId, progress))) controller.abort(new JobCancelled('the video was deleted'));
      } catch (err) {
        log.warn({ err }, 'could not write progress');
      } finally {
        checking = false;
      }
    };
    const timer = setInterval(() => void check(), everyMs);
    const scratch = join(deps.workDir, `${videoId}-${attempt}-${randomBytes(4).toString('hex')}`);
    deps.metrics?.jobsRunning.inc();
    log.info({ event: 'job_started', model: row.model, seconds: row.seconds, size: row.size }, 'render started');
    try {
      let plan: ScenePlan;
      try {
        plan = parsePlan(JSON.parse(row.plan));
      } catch (err) {
        throw err instanceof PlanError ? err : new PlanError('', `stored plan is not valid JSON (${(err as Error).message})`);
      }
      await mkdir(scratch, { recursive: true });
      const output = join(scratch, 'video.mp4');
      // Visible mark, invisible marks and the C2PA manifest: on every video.
      const trust = await trustForJob(deps, row, scratch);
      const assets = await referenceAssetsOf(deps.blobs, row.input_reference_key, scratch);
      const result = await generateVideo({
        plan,
        output,
        assets,
        ...trust.stages,
        workers: deps.renderThreads,
        settings: tierOf(row.tier).encode,
        signal: controller.signal,
        onProgress: ({ framesDone, frameCount }) => {
          progress = Math.min(99, 1 + Math.floor((98 * framesDone) / frameCount));
        },
      });
      controller.signal.throwIfAborted();
      const keys = videoBlobKeys(videoId);
      await deps.blobs.putFile(keys.video, result.output);
      await trust.record();
      if (result.thumbnail) await deps.blobs.putFile(keys.thumbnail, result.thumbnail);
      if (result.spritesheet) await deps.blobs.putFile(keys.spritesheet, result.spritesheet);
      if (result.captions) await deps.blobs.putFile(keys.captions, result.captions);
      const finished = now();
      if (!(await deps.videos.markCompleted(videoId, finished, expiry(finished)))) {
        // Deleted while the files were being stored: remove what we just put there.
        await deps.blobs.deletePrefix(keys.prefix);
        log.info('render finished after the video was deleted; files removed');
        return;
      }
      const seconds = (performance.now() - started) / 1000;
      deps.metrics?.jobDuration.observe({ model: row.model, outcome: 'completed' }, seconds);
      deps.metrics?.renderFps.observe({ size: row.size }, result.timeline.frameCount / result.timings.renderAndEncode);
      deps.metrics?.framesRendered.inc(result.timeline.frameCount);
      deps.metrics?.jobsFinished.inc({ outcome: 'completed' });
      log.info({ event: 'job_completed', seconds: Number(seconds.toFixed(3)), frames: result.timeline.frameCount, fps: Number((result.timeline.frameCount / result.timings.renderAndEncode).toFixed(1)) }, 'render completed');
    } catch (err) {
      const reason = controller.signal.aborted ? controller.signal.reason : err;
      if (reason instanceof JobInterrupted) {
        await deps.videos.markQueued(videoId);
        log.info('render interrupted by shutdown; back in the queue');
        throw reason;
      }
      if (reason instanceof JobCancelled) {
        log.info({ reason: reason.message }, 'render stopped');
        return;
      }
      const failure = classifyRenderError(err);
      deps.metrics?.jobFailures.inc({ code: failure.code });
      if (failure.retryable && attempt < maxAttempts) {
        await deps.videos.markQueued(videoId);
        log.warn({ err, code: failure.code }, 'render failed; will retry');
        throw new RetryLater(failure.message, failure.code);
      }
      const at = now();
      await deps.videos.markFailed(videoId, failure.code, failure.message, at, expiry(at));
      deps.metrics?.jobDuration.observe({ model: row.model, outcome: 'failed' }, (performance.now() - started) / 1000);
      deps.metrics?.jobsFinished.inc({ outcome: 'failed' });
      log.error({ err, code: failure.code }, 'render failed');
    } finally {
      clearInterval(timer);
      signal.removeEventListener('abort', onOuterAbort);
      deps.metrics?.jobsRunning.dec();
      await rm(scratch, { recursive: true, force: true }).catch((err) => log.warn({ err }, 'could not remove the scratch folder'));
    }
  };
}
