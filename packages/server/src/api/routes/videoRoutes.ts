/** The OpenAI-compatible video routes, plus GET /v1/videos/{id}/plan. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { videoBlobKeys, type BlobStore } from '../../blobs/BlobStore.ts';
import { VIDEO_ID_PATTERN } from '../../store/newId.ts';
import type { VideoStore, VideoSummary } from '../../store/VideoStore.ts';
import { ApiError, invalidValue, videoNotFound } from '../ApiError.ts';
import { sendBlob } from '../content/sendBlob.ts';
import { readRequestFields } from '../create/readRequestFields.ts';
import type { RouteDoc } from '../openapi/RouteDoc.ts';
import { parseInput } from '../parseInput.ts';
import { contentQuerySchema, createVideoFieldsSchema, errorSchema, listQuerySchema, remixSchema, videoDeletedSchema, videoIdParams, videoListSchema, videoSchema } from '../schemas.ts';
import { toVideoObject } from '../videoObject.ts';
import type { VideoService } from '../VideoService.ts';

export interface VideoRouteDeps {
  service: VideoService;
  videos: VideoStore;
  blobs: BlobStore;
  pollAfterMs: number;
  maxUploadBytes: number;
  maxBodyBytes: number;
}

const err = (description: string) => ({ description, schema: errorSchema });
const COMMON_ERRORS = { '401': err('Missing or invalid API key'), '429': err('Rate limit: wait for retry-after seconds') };
const IDEMPOTENCY_HEADER = { 'Idempotency-Key': 'Makes the create safe to retry: the same key with the same request returns the same video; with a different request it is a 409.' };
const POLL_HEADER = { 'openai-poll-after-ms': { description: 'While the video is queued or in progress: when to ask again', schema: { type: 'integer' } } };

const MULTIPART_CREATE = {
  type: 'object',
  required: [],
  properties: {
    prompt: { type: 'string' },
    model: { type: 'string' },
    seconds: { type: 'string', description: '"1" to "20"' },
    size: { type: 'string' },
    input_reference: { type: 'string', format: 'binary', description: 'A PNG, JPEG or WebP image; or send input_reference[image_url] with a data URL' },
    seed: { type: 'string' },
    preset: { type: 'string' },
    fps: { type: 'string' },
    plan: { type: 'string', description: 'A ScenePlan as a JSON string' },
  },
};

export const VIDEO_ROUTE_DOCS: RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/videos',
    operationId: 'createVideo',
    summary: 'Create a video',
    description: 'Starts a render job and returns the queued video. JSON or multipart/form-data (what the openai SDK sends).',
    tags: ['Videos'],
    headers: IDEMPOTENCY_HEADER,
    body: { json: createVideoFieldsSchema, multipart: MULTIPART_CREATE },
    responses: {
      '200': { description: 'The new video (queued)', schema: videoSchema },
      '400': err('Invalid parameter (param names it), or refused by content moderation (code moderation_blocked, with its category)'),
      ...COMMON_ERRORS,
      '409': err('Idempotency-Key reused with a different request'),
      '413': err('Body or upload too large'),
      '415': err('Content type is not JSON or multipart/form-data'),
      '422': err('The plan is not a valid ScenePlan (param names the field)'),
    },
  },
  {
    method: 'get',
    path: '/v1/videos',
    operationId: 'listVideos',
    summary: 'List videos',
    tags: ['Videos'],
    query: listQuerySchema,
    responses: { '200': { description: 'A page of videos', schema: videoListSchema }, '400': err('Invalid parameter'), ...COMMON_ERRORS },
  },
  {
    method: 'get',
    path: '/v1/videos/{video_id}',
    operationId: 'retrieveVideo',
    summary: 'Retrieve a video',
    tags: ['Videos'],
    params: videoIdParams,
    responses: { '200': { description: 'The video', schema: videoSchema, headers: POLL_HEADER }, '404': err('No such video'), ...COMMON_ERRORS },
  },
  {
    method: 'delete',
    path: '/v1/videos/{video_id}',
    operationId: 'deleteVideo',
    summary: 'Delete a video',
    description: 'Removes the video and its files; a render in progress is cancelled.',
    tags: ['Videos'],
    params: videoIdParams,
    responses: { '200': { description: 'Deleted', schema: videoDeletedSchema }, '404': err('No such video'), ...COMMON_ERRORS },
  },
  {
    method: 'get',
    path: '/v1/videos/{video_id}/content',
    operationId: 'downloadVideoContent',
    summary: 'Download the video, its thumbnail, its spritesheet or its captions (WebVTT, clips with speech)',
    description: 'Supports HTTP Range requests (206 Partial Content).',
    tags: ['Videos'],
    params: videoIdParams,
    query: contentQuerySchema,
    headers: { Range: 'bytes=START-END, bytes=START- or bytes=-SUFFIX' },
    responses: {
      '200': { description: 'The file', content: { 'video/mp4': { schema: { type: 'string', format: 'binary' } }, 'image/jpeg': { schema: { type: 'string', format: 'binary' } }, 'text/vtt': { schema: { type: 'string' } } } },
      '206': { description: 'Part of the file (Content-Range says which)', content: { 'video/mp4': { schema: { type: 'string', format: 'binary' } } } },
      '400': err('Invalid variant'),
      '404': err('No such video, or its files expired (code video_expired)'),
      '409': err('Not finished (code video_not_ready) or failed (code video_failed)'),
      '416': err('Range not satisfiable'),
      ...COMMON_ERRORS,
    },
  },
  {
    method: 'post',
    path: '/v1/videos/{video_id}/remix',
    operationId: 'remixVideo',
    summary: 'Remix a video',
    description: "A new video from the source video's plan changed by the prompt; what the prompt does not mention (seed, cast, setting) stays.",
    tags: ['Videos'],
    params: videoIdParams,
    headers: IDEMPOTENCY_HEADER,
    body: { json: remixSchema },
    responses: {
      '200': { description: 'The new video (queued)', schema: videoSchema },
      '400': err('Invalid parameter, or a prompt refused by content moderation (code moderation_blocked)'),
      '404': err('No such source video'),
      '409': err('Idempotency-Key reused with a different request'),
      '422': err('The remix does not make a valid plan'),
      ...COMMON_ERRORS,
    },
  },
  {
    method: 'get',
    path: '/v1/videos/{video_id}/plan',
    operationId: 'retrieveVideoPlan',
    summary: 'The ScenePlan a video is rendered from (Klappe extension)',
    tags: ['Videos'],
    params: videoIdParams,
    responses: { '200': { description: 'The plan', content: { 'application/json': { schema: { $ref: '#/components/schemas/ScenePlan' } } } }, '404': err('No such video'), ...COMMON_ERRORS },
  },
];

const CONTENT_TYPES = { video: 'video/mp4', thumbnail: 'image/jpeg', spritesheet: 'image/jpeg', captions: 'text/vtt; charset=utf-8' } as const;

function callerOf(req: FastifyRequest): { keyId: string } {
  const key = req.apiKey;
  if (!key) throw new ApiError(401, 'Missing API key.', { code: 'missing_api_key' });
  return { keyId: key.id };
}

function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const v = req.headers['idempotency-key'];
  return Array.isArray(v) ? v[0] : v;
}

export function registerVideoRoutes(app: FastifyInstance, deps: VideoRouteDeps): void {
  const { service, videos, blobs } = deps;

  const sendVideo = (reply: FastifyReply, row: VideoSummary) => {
    if (row.status === 'queued' || row.status === 'in_progress') reply.header('openai-poll-after-ms', String(deps.pollAfterMs));
    return toVideoObject(row);
  };
  const findVideo = async (id: string): Promise<VideoSummary> => {
    const row = VIDEO_ID_PATTERN.test(id) ? await videos.get(id) : undefined;
    if (!row) throw videoNotFound(id);
    return row;
  };

  app.post('/v1/videos', async (req, reply) => {
    const { fields, upload } = await readRequestFields(req, { maxUploadBytes: deps.maxUploadBytes, maxFieldBytes: deps.maxBodyBytes, fileField: 'input_reference' });
    const parsed = parseInput(createVideoFieldsSchema, fields);
    const result = await service.create(parsed, upload, callerOf(req), idempotencyKeyOf(req));
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return sendVideo(reply, result.row);
  });

  app.get('/v1/videos', async (req) => {
    const q = parseInput(listQuerySchema, req.query);
    if (q.after !== undefined && !VIDEO_ID_PATTERN.test(q.after)) throw invalidValue('after', `Invalid 'after': '${q.after}' is not a video id.`);
    const { rows, hasMore } = await videos.list({ after: q.after, limit: q.limit ?? 20, order: q.order ?? 'desc' });
    return {
      object: 'list',
      data: rows.map(toVideoObject),
      first_id: rows[0]?.id ?? null,
      last_id: rows.at(-1)?.id ?? null,
      has_more: hasMore,
    };
  });

  app.get<{ Params: { video_id: string } }>('/v1/videos/:video_id', async (req, reply) => sendVideo(reply, await findVideo(req.params.video_id)));

  app.delete<{ Params: { video_id: string } }>('/v1/videos/:video_id', async (req) => {
    const id = req.params.video_id;
    if (!VIDEO_ID_PATTERN.test(id) || !(await service.delete(id))) throw videoNotFound(id);
    return { id, object: 'video.deleted', deleted: true };
  });

  app.get<{ Params: { video_id: string } }>('/v1/videos/:video_id/content', async (req, reply) => {
    const { variant = 'video' } = parseInput(contentQuerySchema, req.query);
    const row = await findVideo(req.params.video_id);
    if (row.status === 'failed') {
      throw new ApiError(409, `Video ${row.id} failed (${row.error_code}): it has no content.`, { param: 'video_id', code: 'video_failed' });
    }
    if (row.status !== 'completed') {
      throw new ApiError(409, `Video ${row.id} is ${row.status.replace('_', ' ')} (${row.progress}%); its content is ready when the status is completed.`, { param: 'video_id', code: 'video_not_ready' });
    }
    if (row.assets_expired) throw new ApiError(404, `The files of video ${row.id} expired and were removed.`, { param: 'video_id', code: 'video_expired' });
    return sendBlob(req, reply, blobs, videoBlobKeys(row.id)[variant], CONTENT_TYPES[variant], {
      etagId: `${row.id}-${variant}`,
      cacheControl: 'private, max-age=3600',
      notFound: new ApiError(404, `Video ${row.id} has no ${variant}.`, { param: 'variant', code: 'content_not_found' }),
    });
  });

  app.post<{ Params: { video_id: string } }>('/v1/videos/:video_id/remix', async (req, reply) => {
    const { fields } = await readRequestFields(req, { maxUploadBytes: deps.maxUploadBytes, maxFieldBytes: deps.maxBodyBytes });
    const { prompt } = parseInput(remixSchema, fields);
    const id = req.params.video_id;
    if (!VIDEO_ID_PATTERN.test(id)) throw videoNotFound(id);
    const result = await service.remix(id, prompt, callerOf(req), idempotencyKeyOf(req));
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return sendVideo(reply, result.row);
  });

  app.get<{ Params: { video_id: string } }>('/v1/videos/:video_id/plan', async (req, reply) => {
    const id = req.params.video_id;
    const row = VIDEO_ID_PATTERN.test(id) ? await videos.getWithPlan(id) : undefined;
    if (!row) throw videoNotFound(id);
    reply.header('content-type', 'application/json; charset=utf-8');
    return reply.send(row.plan);
  });
}
