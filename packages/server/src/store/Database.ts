/** The tables, as Kysely sees them. Times are Unix milliseconds; JSON is stored as text. */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type VideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

export interface VideosTable {
  id: string;
  status: VideoStatus;
  progress: Generated<number>;
  /** The model name the client asked for (echoed back), e.g. "sora-2". */
  model: string;
  /** The built-in quality tier the model resolved to. */
  tier: string;
  seconds: string;
  size: string;
  prompt: string | null;
  preset: string | null;
  seed: number;
  /** The ScenePlan JSON the video is rendered from. */
  plan: string;
  input_reference_key: string | null;
  remixed_from_video_id: string | null;
  owner_key_id: string | null;
  created_at: number;
  started_at: number | null;
  completed_at: number | null;
  expires_at: number | null;
  /** 1 once the cleanup job removed the files. */
  assets_expired: Generated<number>;
  error_code: string | null;
  error_message: string | null;
  /** Render attempts so far (crashed, failed and the successful one). */
  attempts: Generated<number>;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** sha256 (hex) of the full key; the key itself is never stored. */
  key_hash: string;
  /** The first characters of the key, to recognise it in listings. */
  key_prefix: string;
  created_at: number;
  revoked_at: number | null;
}

export interface IdempotencyKeysTable {
  api_key_id: string;
  key: string;
  /** sha256 of the request (route + body), to tell a retry from a different request. */
  request_hash: string;
  video_id: string;
  created_at: number;
}

export type JobState = 'queued' | 'active';

/** The database job queue (used when no REDIS_URL is set). One row per unfinished job. */
export interface JobsTable {
  /** The video id: one job per video. */
  id: string;
  state: JobState;
  attempts: number;
  max_attempts: number;
  /** Not before this time (backoff after a failure). */
  run_at: number;
  lease_owner: string | null;
  lease_expires_at: number | null;
  created_at: number;
  last_error: string | null;
}

export interface Database {
  videos: VideosTable;
  api_keys: ApiKeysTable;
  idempotency_keys: IdempotencyKeysTable;
  jobs: JobsTable;
}

export type VideoRow = Selectable<VideosTable>;
export type NewVideoRow = Insertable<VideosTable>;
export type VideoUpdate = Updateable<VideosTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type JobRow = Selectable<JobsTable>;
