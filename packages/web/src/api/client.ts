/** Typed calls to the Klappe app API (docs/app-api.md). */
import { query, request } from './request.ts';
import type { ApiKey, AppNotification, Aspect, Comment, Draft, DraftPlan, Lineage, Me, Page, PersonRow, Post, PresetCatalogue, Profile, TrustReport, Visibility } from './types.ts';

const enc = encodeURIComponent;

export interface CreateDraftInput {
  prompt?: string;
  plan?: unknown;
  preset?: string;
  aspect?: Aspect;
  seconds?: number;
  seed?: number;
  style?: string;
  remixOf?: string;
}

function fileForm(file: File): FormData {
  const form = new FormData();
  form.set('file', file);
  return form;
}

export const api = {
  csrf: () => request<{ token: string }>('GET', '/csrf'),
  signUp: (input: { username: string; password: string; displayName?: string }) => request<Me>('POST', '/auth/signup', input),
  signIn: (input: { username: string; password: string }) => request<Me>('POST', '/auth/signin', input),
  signOut: () => request<{ signedOut: boolean }>('POST', '/auth/signout'),
  me: () => request<Me>('GET', '/me'),
  updateMe: (input: { displayName?: string; bio?: string }) => request<Me>('PATCH', '/me', input),
  uploadAvatar: (file: File) => request<Me>('POST', '/me/avatar', fileForm(file)),
  removeAvatar: () => request<Me>('DELETE', '/me/avatar'),
  listKeys: () => request<{ data: ApiKey[] }>('GET', '/me/keys'),
  createKey: (name: string) => request<ApiKey>('POST', '/me/keys', name ? { name } : {}),
  revokeKey: (id: string) => request<{ id: string; deleted: boolean }>('DELETE', `/me/keys/${enc(id)}`),

  presets: () => request<PresetCatalogue>('GET', '/presets'),
  createDraft: (input: CreateDraftInput) => request<Draft>('POST', '/drafts', input),
  listDrafts: (cursor?: string | null) => request<Page<Draft>>('GET', `/drafts${query({ cursor })}`),
  getDraft: (id: string) => request<Draft>('GET', `/drafts/${enc(id)}`),
  draftPlan: (id: string) => request<DraftPlan>('GET', `/drafts/${enc(id)}/plan`),
  deleteDraft: (id: string) => request<{ id: string; deleted: boolean }>('DELETE', `/drafts/${enc(id)}`),

  createPost: (input: { draftId: string; caption?: string; visibility: Visibility }) => request<Post>('POST', '/posts', input),
  getPost: (id: string) => request<Post>('GET', `/posts/${enc(id)}`),
  updatePost: (id: string, input: { caption?: string; visibility?: Visibility }) => request<Post>('PATCH', `/posts/${enc(id)}`, input),
  deletePost: (id: string) => request<{ id: string; deleted: boolean }>('DELETE', `/posts/${enc(id)}`),
  like: (id: string) => request<{ liked: boolean; likes: number }>('POST', `/posts/${enc(id)}/like`),
  unlike: (id: string) => request<{ liked: boolean; likes: number }>('DELETE', `/posts/${enc(id)}/like`),
  comments: (id: string, cursor?: string | null) => request<Page<Comment>>('GET', `/posts/${enc(id)}/comments${query({ cursor, limit: 50 })}`),
  addComment: (id: string, text: string, parentId?: string) => request<Comment>('POST', `/posts/${enc(id)}/comments`, parentId ? { text, parentId } : { text }),
  deleteComment: (id: string) => request<{ id: string; deleted: boolean }>('DELETE', `/comments/${enc(id)}`),
  report: (id: string, reason: string) => request<{ reported: boolean }>('POST', `/posts/${enc(id)}/report`, { reason }),
  lineage: (id: string) => request<Lineage>('GET', `/posts/${enc(id)}/lineage`),

  feed: (tab: 'foryou' | 'following', cursor?: string | null) => request<Page<Post>>('GET', `/feed${query({ tab, cursor })}`),

  user: (username: string) => request<Profile>('GET', `/users/${enc(username)}`),
  userPosts: (username: string, cursor?: string | null) => request<Page<Post>>('GET', `/users/${enc(username)}/posts${query({ cursor, limit: 30 })}`),
  followers: (username: string, cursor?: string | null) => request<Page<PersonRow>>('GET', `/users/${enc(username)}/followers${query({ cursor })}`),
  following: (username: string, cursor?: string | null) => request<Page<PersonRow>>('GET', `/users/${enc(username)}/following${query({ cursor })}`),
  follow: (username: string) => request<{ following: boolean; followers: number }>('POST', `/users/${enc(username)}/follow`),
  unfollow: (username: string) => request<{ following: boolean; followers: number }>('DELETE', `/users/${enc(username)}/follow`),
  block: (username: string) => request<{ blocked: boolean }>('POST', `/users/${enc(username)}/block`),
  unblock: (username: string) => request<{ blocked: boolean }>('DELETE', `/users/${enc(username)}/block`),

  notifications: (cursor?: string | null) => request<Page<AppNotification> & { unread: number }>('GET', `/notifications${query({ cursor })}`),
  markNotificationsRead: () => request<{ unread: number }>('POST', '/notifications/read', {}),

  verify: (file: File) => request<TrustReport>('POST', '/verify', fileForm(file)),
};
