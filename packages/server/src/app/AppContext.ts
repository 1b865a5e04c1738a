/** What the app's routes share: the stores, the video service, media, moderation and settings. */
import type { VideoService } from '../api/VideoService.ts';
import type { BlobStore } from '../blobs/BlobStore.ts';
import type { Logger } from '../ops/createLogger.ts';
import type { ApiKeyStore } from '../store/ApiKeyStore.ts';
import type { VideoStore } from '../store/VideoStore.ts';
import type { AppDb } from './AppDatabase.ts';
import type { FeedRanker } from './feed/FeedRanker.ts';
import { CommentStore } from './store/CommentStore.ts';
import { DraftStore } from './store/DraftStore.ts';
import { NotificationStore } from './store/NotificationStore.ts';
import { PostStore } from './store/PostStore.ts';
import { SessionStore } from './store/SessionStore.ts';
import { SocialStore } from './store/SocialStore.ts';
import { UserStore } from './store/UserStore.ts';
import type { ProvenanceChecks } from './trust/ProvenanceChecks.ts';
import type { TrustHooks } from './trust/TrustHooks.ts';

export interface AppSettings {
  /** Cookies get `Secure`: 'auto' = when the request came over https. */
  secureCookies: 'auto' | boolean;
  /** Sign-in attempts per minute per account and per client address (burst the same). */
  signinAttemptsPerMinute: number;
  /** Largest avatar image in bytes. */
  maxAvatarBytes: number;
  /** Largest video sent to /verify, in bytes. */
  maxVerifyBytes: number;
  /** Largest upload the server takes anywhere (the multipart limit). */
  maxUploadBytes: number;
}

export interface AppContext {
  db: AppDb;
  users: UserStore;
  sessions: SessionStore;
  social: SocialStore;
  posts: PostStore;
  comments: CommentStore;
  notifications: NotificationStore;
  drafts: DraftStore;
  service: VideoService;
  videos: VideoStore;
  keys: ApiKeyStore;
  blobs: BlobStore;
  trust: TrustHooks;
  /** Checks posted videos with the verifier (absent when the server has none). */
  provenance?: ProvenanceChecks;
  feed: FeedRanker;
  logger: Logger;
  settings: AppSettings;
  now(): number;
}

export function createStores(db: AppDb) {
  return {
    users: new UserStore(db),
    sessions: new SessionStore(db),
    social: new SocialStore(db),
    posts: new PostStore(db),
    comments: new CommentStore(db),
    notifications: new NotificationStore(db),
    drafts: new DraftStore(db),
  };
}
