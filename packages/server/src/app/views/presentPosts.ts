/**
 * Post rows → the Post objects of the API for one viewer: authors, counts, likedByMe, the remix
 * source (or a placeholder when the viewer may not see it), media URLs. Rows the viewer may not
 * see are dropped here too, whatever query produced them.
 */
import type { AppContext } from '../AppContext.ts';
import type { PostRow, UserRow, Visibility } from '../AppDatabase.ts';
import { canSeePost } from '../access/canSeePost.ts';
import type { ProvenanceView } from '../trust/provenanceOf.ts';
import { aspectOfSize } from './aspectOfSize.ts';
import { authorView, type AuthorView } from './authorView.ts';

export interface PostView {
  id: string;
  author: AuthorView;
  caption: string;
  visibility: Visibility;
  createdAt: number;
  updatedAt: number;
  counts: { likes: number; comments: number; remixes: number };
  likedByMe: boolean;
  mine: boolean;
  remixOf: { id: string; author: AuthorView } | { id: null; author: null } | null;
  prompt: string | null;
  style: string | null;
  aspect: string;
  seconds: number;
  size: string;
  videoUrl: string;
  thumbnailUrl: string;
  /** WebVTT captions (an empty track when the clip has no speech). */
  captionsUrl: string;
  shareUrl: string;
  /** What the verifier found in the video; null until it was checked. */
  provenance: ProvenanceView | null;
}

/** Decides visibility for one viewer, loading follows and blocks once per request. */
export class ViewerAccess {
  private blocked?: Promise<Set<string>>;
  private readonly follows = new Map<string, boolean>();

  constructor(
    private readonly ctx: AppContext,
    readonly viewerId: string | null,
  ) {}

  blockedEitherWay(): Promise<Set<string>> {
    if (!this.viewerId) return Promise.resolve(new Set());
    return (this.blocked ??= this.ctx.social.blockedEitherWay(this.viewerId));
  }

  /** Load whether the viewer follows each of these accounts. */
  async loadFollows(ids: readonly string[]): Promise<void> {
    if (!this.viewerId) return;
    const missing = [...new Set(ids)].filter((id) => !this.follows.has(id));
    if (missing.length === 0) return;
    const followed = await this.ctx.social.followedAmong(this.viewerId, missing);
    for (const id of missing) this.follows.set(id, followed.has(id));
  }

  async canSee(posts: readonly PostRow[]): Promise<boolean[]> {
    const [blocked] = await Promise.all([this.blockedEitherWay(), this.loadFollows(posts.filter((p) => p.visibility === 'followers').map((p) => p.user_id))]);
    return posts.map((p) =>
      canSeePost({ authorId: p.user_id, visibility: p.visibility }, { viewerId: this.viewerId, follows: this.follows.get(p.user_id) ?? false, blocked: blocked.has(p.user_id) }),
    );
  }

  async visible(posts: readonly PostRow[]): Promise<PostRow[]> {
    const ok = await this.canSee(posts);
    return posts.filter((_, i) => ok[i]);
  }
}

export async function presentPosts(ctx: AppContext, access: ViewerAccess, rows: readonly PostRow[]): Promise<PostView[]> {
  const posts = await access.visible(rows);
  if (posts.length === 0) return [];
  const viewerId = access.viewerId;
  const sourceIds = posts.map((p) => p.remix_of_post_id).filter((id): id is string => id !== null);
  const [sources, liked, media] = await Promise.all([
    ctx.posts.byIds(sourceIds),
    viewerId ? ctx.posts.likedAmong(viewerId, posts.map((p) => p.id)) : Promise.resolve(new Set<string>()),
    ctx.db
      .selectFrom('videos as v')
      .leftJoin('drafts as d', 'd.video_id', 'v.id')
      .select(['v.id', 'v.prompt', 'v.seconds', 'v.size', 'd.style'])
      .where('v.id', 'in', posts.map((p) => p.video_id))
      .execute(),
  ]);
  const sourceRows = [...sources.values()];
  const sourceOk = await access.canSee(sourceRows);
  const visibleSources = new Map(sourceRows.filter((_, i) => sourceOk[i]).map((s) => [s.id, s]));
  const users = await ctx.users.byIds([...posts.map((p) => p.user_id), ...[...visibleSources.values()].map((s) => s.user_id)]);
  const mediaOf = new Map(media.map((m) => [m.id, m]));
  const out: PostView[] = [];
  for (const p of posts) {
    const author = users.get(p.user_id);
    if (!author) continue;
    const m = mediaOf.get(p.video_id);
    let remixOf: PostView['remixOf'] = null;
    if (p.remix_of_post_id) {
      const s = visibleSources.get(p.remix_of_post_id);
      const sAuthor = s ? users.get(s.user_id) : undefined;
      remixOf = s && sAuthor ? { id: s.id, author: authorView(sAuthor) } : { id: null, author: null };
    }
    out.push({
      id: p.id,
      author: authorView(author as UserRow),
      caption: p.caption,
      visibility: p.visibility,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
      counts: { likes: p.like_count, comments: p.comment_count, remixes: p.remix_count },
      likedByMe: liked.has(p.id),
      mine: viewerId === p.user_id,
      remixOf,
      prompt: m?.prompt ?? null,
      style: m?.style ?? null,
      aspect: aspectOfSize(m?.size ?? ''),
      seconds: Number(m?.seconds ?? 0),
      size: m?.size ?? '',
      videoUrl: `/app/api/posts/${p.id}/video`,
      thumbnailUrl: `/app/api/posts/${p.id}/thumbnail.jpg`,
      captionsUrl: `/app/api/posts/${p.id}/captions.vtt`,
      shareUrl: `/p/${p.id}`,
      provenance: p.provenance ? (JSON.parse(p.provenance) as ProvenanceView) : null,
    });
  }
  return out;
}
