/**
 * What the video routes do, apart from HTTP: make plans, create videos (with the quota and
 * idempotency keys), remix and delete them.
 */
import { applyPromptToPlan, directPlan, parsePlan, PlanError, withLook, type ScenePlan } from '@klappe/engine';
import { createImageModerator, defaultTextModerator, moderatePlan, type ImageModerator, type ModerationResult, type TextModerator } from '@klappe/trust';
import { videoBlobKeys, type BlobStore } from '../blobs/BlobStore.ts';
import type { JobConsumer, JobQueue } from '../jobs/JobQueue.ts';
import { DEFAULT_MODEL, MODELS, resolveModel } from '../models/modelRegistry.ts';
import type { Logger } from '../ops/createLogger.ts';
import type { VideoRow } from '../store/Database.ts';
import { newVideoId } from '../store/newId.ts';
import type { VideoStore, VideoSummary } from '../store/VideoStore.ts';
import { ApiError, invalidValue, missingParameter, tooManyRequests, videoNotFound } from './ApiError.ts';
import { readImageUrl, type InputReference } from './create/readInputReference.ts';
import { ModerationBlockedError } from './create/moderationError.ts';
import { requestHash } from './create/requestHash.ts';
import { withInputReference } from './create/withInputReference.ts';
import type { CreateVideoFields } from './schemas.ts';

export interface Caller {
  keyId: string;
}

export interface CreateResult {
  row: VideoSummary;
  /** True when an earlier request with the same Idempotency-Key made this video. */
  replayed: boolean;
}

export interface VideoServiceDeps {
  videos: VideoStore;
  blobs: BlobStore;
  queue: JobQueue;
  /** In-process workers, to stop a deleted video's render at once. */
  consumer?: JobConsumer;
  logger: Logger;
  maxActiveJobsPerKey: number;
  maxUploadBytes: number;
  /** Content filtering of prompts, plans and input images (default: the built-in rules and thresholds). */
  moderation?: { text: TextModerator; images: ImageModerator };
  now?: () => number;
}

/** A new video's row before it has an id and an owner. */
type VideoDraft = Omit<VideoRow, 'id' | 'created_at' | 'owner_key_id' | 'progress' | 'assets_expired' | 'attempts'>;

const DEFAULT_SECONDS = 4;
const DEFAULT_SIZE = '720x1280';
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
/** How long a create waits for an unreachable queue before answering (the video is saved either way). */
const ENQUEUE_TIMEOUT_MS = 5000;

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function planError(err: unknown, prefix: string): never {
  if (err instanceof PlanError) {
    const param = err.field ? `${prefix}.${err.field}` : prefix;
    throw new ApiError(422, `Invalid ${prefix}: ${err.field ? `${err.field}: ` : ''}${err.reason}`, { param, code: 'invalid_plan' });
  }
  throw err;
}

export class VideoService {
  private readonly now: () => number;
  private readonly moderation: { text: TextModerator; images: ImageModerator };

  constructor(private readonly deps: VideoServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.moderation = deps.moderation ?? { text: defaultTextModerator(), images: createImageModerator() };
  }

  /** Refuse (400 moderation_blocked) what moderation does not allow; the matched term goes to the log only. */
  private refuse(result: ModerationResult, param: string): void {
    if (result.allowed || !result.category) return;
    this.deps.logger.info({ category: result.category, matched: result.matched, language: result.language, param }, 'moderation refused a request');
    throw new ModerationBlockedError(result.category, param);
  }

  /** Moderate the reference image before anything is stored. */
  private async moderateReference(reference: InputReference | undefined): Promise<void> {
    if (!reference) return;
    let result;
    try {
      result = await this.moderation.images.classify(reference.bytes);
    } catch (err) {
      if ((err as Error).name === 'ImageDecodeError') throw invalidValue('input_reference', 'The input_reference image could not be decoded.', 'invalid_image');
      throw err;
    }
    this.refuse(result, 'input_reference');
  }

  /** Build the plan and the row for a new video from validated request fields. */
  prepare(fields: CreateVideoFields, upload: InputReference | undefined): { row: VideoDraft; reference?: InputReference; hashInput: unknown } {
    const modelName = fields.model ?? DEFAULT_MODEL;
    const model = resolveModel(modelName);
    if (!model) {
      throw invalidValue('model', `Invalid value: '${modelName}'. Supported values are: ${MODELS.map((m) => `'${m.id}'`).join(', ')}.`);
    }
    if (upload && fields.input_reference) throw invalidValue('input_reference', 'Give input_reference as a file or as an image_url, not both.');
    const reference = upload ?? (fields.input_reference ? readImageUrl(fields.input_reference, this.deps.maxUploadBytes) : undefined);

    if (fields.prompt !== undefined) this.refuse(this.moderation.text.moderate(fields.prompt), 'prompt');
    let plan: ScenePlan;
    if (fields.plan !== undefined) {
      let given: ScenePlan;
      try {
        given = parsePlan(fields.plan);
      } catch (err) {
        planError(err, 'plan');
      }
      const verdict = moderatePlan(given, this.moderation.text);
      this.refuse(verdict, verdict.field ? `plan.${verdict.field}` : 'plan');
      const [w, h] = fields.size ? fields.size.split('x').map(Number) : [given.canvas.width, given.canvas.height];
      try {
        plan = parsePlan({
          ...given,
          seed: fields.seed ?? given.seed,
          canvas: { ...given.canvas, width: w, height: h, fps: fields.fps ?? given.canvas.fps, duration: fields.seconds ?? given.canvas.duration },
        });
      } catch (err) {
        planError(err, 'plan');
      }
    } else {
      if (fields.prompt === undefined || fields.prompt.trim() === '') throw missingParameter('prompt');
      const [width, height] = (fields.size ?? DEFAULT_SIZE).split('x').map(Number);
      try {
        plan = directPlan(fields.prompt, { width, height, fps: fields.fps, duration: fields.seconds ?? DEFAULT_SECONDS, ...(fields.seed !== undefined ? { seed: fields.seed } : {}) });
      } catch (err) {
        planError(err, 'prompt');
      }
    }
    if (fields.preset !== undefined || fields.style !== undefined) {
      // The preset's aspect ratio applies when the request names no size (a given plan keeps its own).
      plan = parsePlan(withLook(plan, { ...(fields.preset !== undefined ? { preset: fields.preset } : {}), ...(fields.style !== undefined ? { style: fields.style } : {}) }, { aspect: fields.size === undefined && fields.plan === undefined }));
    }
    const row: VideoDraft = {
      status: 'queued',
      model: modelName,
      tier: model.tier,
      seconds: String(plan.canvas.duration),
      size: `${plan.canvas.width}x${plan.canvas.height}`,
      prompt: fields.prompt ?? plan.prompt ?? null,
      preset: fields.preset ?? plan.look?.preset ?? null,
      seed: plan.seed,
      plan: JSON.stringify(plan),
      input_reference_key: null,
      remixed_from_video_id: null,
      started_at: null,
      completed_at: null,
      expires_at: null,
      error_code: null,
      error_message: null,
    };
    const hashInput = { ...fields, input_reference: reference ? reference.bytes : undefined };
    return { row, ...(reference ? { reference } : {}), hashInput };
  }

  async create(fields: CreateVideoFields, upload: InputReference | undefined, caller: Caller, idempotencyKey: string | undefined): Promise<CreateResult> {
    const prepared = this.prepare(fields, upload);
    await this.moderateReference(prepared.reference);
    if (prepared.reference) prepared.row.plan = JSON.stringify(await withInputReference(JSON.parse(prepared.row.plan), prepared.reference.bytes, fields.reference_mode));
    return this.insert(prepared.row, prepared.reference, caller, idempotencyKey, requestHash('POST /v1/videos', prepared.hashInput));
  }

  async remix(sourceId: string, prompt: string, caller: Caller, idempotencyKey: string | undefined): Promise<CreateResult> {
    this.refuse(this.moderation.text.moderate(prompt), 'prompt');
    const source = await this.deps.videos.getWithPlan(sourceId);
    if (!source) throw videoNotFound(sourceId);
    let plan: ScenePlan;
    try {
      plan = applyPromptToPlan(parsePlan(JSON.parse(source.plan)), prompt);
    } catch (err) {
      planError(err, 'prompt');
    }
    const row: VideoDraft = {
      status: 'queued',
      model: source.model,
      tier: source.tier,
      seconds: String(plan.canvas.duration),
      size: `${plan.canvas.width}x${plan.canvas.height}`,
      prompt,
      preset: source.preset,
      seed: plan.seed,
      plan: JSON.stringify(plan),
      // The remix keeps the source's picture (plate or product) when its plan uses one.
      input_reference_key: plan.references?.length ? source.input_reference_key : null,
      remixed_from_video_id: source.id,
      started_at: null,
      completed_at: null,
      expires_at: null,
      error_code: null,
      error_message: null,
    };
    return this.insert(row, undefined, caller, idempotencyKey, requestHash(`POST /v1/videos/${sourceId}/remix`, { prompt }));
  }

  private async insert(
    base: VideoDraft,
    reference: InputReference | undefined,
    caller: Caller,
    idempotencyKey: string | undefined,
    hash: string,
  ): Promise<CreateResult> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw invalidValue('Idempotency-Key', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
    }
    const now = this.now();
    const id = newVideoId(now);
    const keys = videoBlobKeys(id);
    const referenceKey = reference ? keys.inputReference(reference.ext) : base.input_reference_key;
    if (reference && referenceKey) await this.deps.blobs.putBuffer(referenceKey, reference.bytes);
    const { queue, videos } = this.deps;
    const inserted: Omit<VideoRow, 'progress' | 'assets_expired' | 'attempts'> = { ...base, id, created_at: now, owner_key_id: caller.keyId, input_reference_key: referenceKey };
    let outcome: { replayOf?: string };
    try {
      outcome = await videos.db.transaction().execute(async (tx) => {
        if (idempotencyKey !== undefined) {
          const prior = await videos.claimIdempotencyKey(tx, { apiKeyId: caller.keyId, key: idempotencyKey, requestHash: hash, videoId: id, now });
          if (prior) {
            if (prior.requestHash !== hash) {
              throw new ApiError(409, 'This Idempotency-Key was already used with a different request. Use a new key for a new request.', { param: 'Idempotency-Key', code: 'idempotency_key_reused' });
            }
            return { replayOf: prior.videoId };
          }
        }
        if (this.deps.maxActiveJobsPerKey > 0) {
          const active = await videos.countActiveForKey(caller.keyId, tx);
          if (active >= this.deps.maxActiveJobsPerKey) {
            throw tooManyRequests(
              `You have ${active} videos queued or rendering, the most this key may have at once. Wait for one to finish.`,
              'concurrent_jobs_limit',
              5000,
            );
          }
        }
        await videos.insert(inserted, tx);
        if (queue.transactional) await queue.enqueue(id, tx);
        return {};
      });
    } catch (err) {
      if (referenceKey) await this.deps.blobs.deletePrefix(keys.prefix).catch(() => {});
      throw err;
    }
    if (outcome.replayOf) {
      if (referenceKey) await this.deps.blobs.deletePrefix(keys.prefix).catch(() => {});
      const row = await videos.get(outcome.replayOf);
      if (!row) throw videoNotFound(outcome.replayOf);
      return { row, replayed: true };
    }
    if (!queue.transactional) {
      try {
        await withTimeout(queue.enqueue(id), ENQUEUE_TIMEOUT_MS);
      } catch (err) {
        // The video is saved; the periodic reconcile puts it in the queue once the queue is reachable.
        this.deps.logger.error({ err, videoId: id }, 'could not enqueue the render job; will retry');
      }
    }
    // The row as created (a worker may already be rendering it; the next retrieve shows that).
    const { plan: _plan, ...summary } = inserted;
    void _plan;
    return { row: { ...summary, progress: 0, assets_expired: 0, attempts: 0 }, replayed: false };
  }

  /** Delete a video: stop its render if one is running, remove its files and its row. */
  async delete(id: string): Promise<boolean> {
    const row = await this.deps.videos.get(id);
    if (!row) return false;
    // Row first: a worker rendering it elsewhere notices at its next progress write and stops.
    const deleted = await this.deps.videos.delete(id);
    await this.deps.queue.cancel(id).catch((err) => this.deps.logger.warn({ err, videoId: id }, 'could not remove the job from the queue'));
    this.deps.consumer?.abort(id);
    await this.deps.blobs.deletePrefix(videoBlobKeys(id).prefix);
    return deleted;
  }
}
