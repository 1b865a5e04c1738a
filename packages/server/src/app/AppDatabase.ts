/** The web app's tables (migration 0002_app), as Kysely sees them, on top of the video tables. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../store/Database.ts';

export type Visibility = 'public' | 'followers' | 'private';
export const VISIBILITIES = ['public', 'followers', 'private'] as const;

export type NotificationKind = 'like' | 'comment' | 'reply' | 'remix' | 'follow';

export interface UsersTable {
  id: string;
  /** Lowercase a-z, 0-9 and _, 3 to 30 characters; unique. */
  username: string;
  /** `scrypt$N$r$p$salt$hash` (base64url). */
  password_hash: string;
  display_name: string;
  bio: string;
  avatar_key: string | null;
  /** Bumped on each new avatar, so its URL changes and caches refresh. */
  avatar_version: number;
  created_at: number;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie value. */
  id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

/** API keys made by an account: they act for that account on /v1. */
export interface UserApiKeysTable {
  key_id: string;
  user_id: string;
}

/** A video made in the app: private to its owner until posted. */
export interface DraftsTable {
  video_id: string;
  user_id: string;
  aspect: string;
  style: string | null;
  remix_of_post_id: string | null;
  post_id: string | null;
  created_at: number;
}

export interface PostsTable {
  id: string;
  user_id: string;
  video_id: string;
  caption: string;
  visibility: Visibility;
  remix_of_post_id: string | null;
  like_count: number;
  comment_count: number;
  remix_count: number;
  created_at: number;
  updated_at: number;
  /** What the verifier found in the video (ProvenanceView JSON); null until checked. */
  provenance: string | null;
}

export interface LikesTable {
  post_id: string;
  user_id: string;
  created_at: number;
}

export interface CommentsTable {
  id: string;
  post_id: string;
  user_id: string;
  parent_id: string | null;
  text: string;
  created_at: number;
}

export interface FollowsTable {
  follower_id: string;
  followee_id: string;
  created_at: number;
}

export interface BlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: number;
}

export interface ReportsTable {
  post_id: string;
  reporter_id: string;
  reason: string;
  created_at: number;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  actor_id: string;
  post_id: string | null;
  comment_id: string | null;
  created_at: number;
  read_at: number | null;
}

export interface AppDatabase extends Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_api_keys: UserApiKeysTable;
  drafts: DraftsTable;
  posts: PostsTable;
  likes: LikesTable;
  comments: CommentsTable;
  follows: FollowsTable;
  blocks: BlocksTable;
  reports: ReportsTable;
  notifications: NotificationsTable;
}

export type AppDb = Kysely<AppDatabase>;
export type UserRow = Selectable<UsersTable>;
export type PostRow = Selectable<PostsTable>;
export type DraftRow = Selectable<DraftsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type NotificationRow = Selectable<NotificationsTable>;

/** The video tables' database seen with the app's tables (the same connection). */
export function appDb(db: Kysely<Database>): AppDb {
  return db as unknown as AppDb;
}
