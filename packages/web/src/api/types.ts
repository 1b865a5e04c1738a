/** The shapes the app API answers with (docs/app-api.md). Times are Unix milliseconds. */

export type Aspect = '9:16' | '16:9' | '1:1';
export type Visibility = 'public' | 'followers' | 'private';
export type DraftStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

export interface Counts {
  followers: number;
  following: number;
  posts: number;
}

/** Who made something. */
export interface Author {
  username: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface Me extends Author {
  id: string;
  bio: string;
  createdAt: number;
  counts: Counts;
  unreadNotifications: number;
}

export interface Profile extends Author {
  bio: string;
  createdAt: number;
  counts: Counts;
  followedByMe: boolean;
  followsMe: boolean;
  blockedByMe: boolean;
  isMe: boolean;
}

export interface PersonRow extends Author {
  followedByMe?: boolean;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: number;
  /** Only in the answer to creating it: the full key, shown once. */
  key?: string;
}

export interface Preset {
  id: string;
  name: string;
  description: string;
  style: string;
  seconds?: number;
  aspect?: Aspect;
  prompt?: string;
  thumbnailUrl?: string | null;
}

export interface PresetCatalogue {
  data: Preset[];
  styles: string[];
  aspects: Aspect[];
}

export interface Draft {
  id: string;
  status: DraftStatus;
  progress: number;
  prompt: string | null;
  preset: string | null;
  style: string | null;
  aspect: Aspect;
  seconds: number;
  size: string;
  seed: number | null;
  createdAt: number;
  completedAt: number | null;
  error: { code: string; message: string } | null;
  remixOf: { postId: string } | null;
  postId: string | null;
  previewUrl: string | null;
  videoUrl: string | null;
  thumbnailUrl: string | null;
  eventsUrl: string;
}

export interface DraftPlan {
  plan: unknown;
  ungrounded: string[];
}

export interface ProgressEvent {
  status: DraftStatus;
  progress: number;
  previewUrl: string | null;
}

export interface Provenance {
  c2pa: 'valid' | 'invalid' | 'missing' | string;
  watermark: 'found' | 'not_found' | string;
  verified: boolean;
}

export interface Post {
  id: string;
  author: Author;
  caption: string;
  visibility: Visibility;
  createdAt: number;
  updatedAt: number;
  counts: { likes: number; comments: number; remixes: number };
  likedByMe: boolean;
  mine: boolean;
  remixOf: { id: string | null; author: Author | null } | null;
  prompt: string | null;
  style: string | null;
  aspect: Aspect;
  seconds: number;
  size: string;
  videoUrl: string;
  thumbnailUrl: string;
  /** WebVTT captions (an empty track when the clip has no speech). */
  captionsUrl: string;
  shareUrl: string;
  provenance: Provenance | null;
}

export interface Comment {
  id: string;
  postId: string;
  parentId: string | null;
  author: Author;
  text: string;
  createdAt: number;
  mine: boolean;
}

export interface Lineage {
  post: Post;
  /** The chain up, nearest first; `{id: null}` is a step you may not see (and ends the chain). */
  sources: (Post | { id: null })[];
  remixes: Post[];
}

export interface AppNotification {
  id: string;
  kind: 'like' | 'comment' | 'reply' | 'remix' | 'follow';
  actor: Author;
  post: { id: string; thumbnailUrl: string } | null;
  comment: { id: string; text: string } | null;
  createdAt: number;
  read: boolean;
}

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export type TrustReport = Record<string, unknown>;
