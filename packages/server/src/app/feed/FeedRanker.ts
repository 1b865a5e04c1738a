/**
 * The For You feed: gathers candidates (the newest public posts and the newest posts of the
 * people the viewer follows), leaves out the viewer's own posts and blocked accounts, ranks them
 * with rankForYou and pages through the ranking with a cursor that holds the time the ranking
 * was made and the position. A ranking is kept for a while per viewer so later pages continue
 * the same order; the newest-public list is shared by all viewers for a second.
 */
import { invalidValue } from '../../api/ApiError.ts';
import type { PostRow } from '../AppDatabase.ts';
import type { PostStore } from '../store/PostStore.ts';
import type { SocialStore } from '../store/SocialStore.ts';
import { rankForYou } from './rankForYou.ts';

export const PUBLIC_CANDIDATES = 500;
export const FOLLOWED_CANDIDATES = 200;
const RANKING_TTL_MS = 10 * 60_000;
/** A first page asked for again this soon gets the same ranking (a refresh after that re-ranks). */
export const FIRST_PAGE_REUSE_MS = 15_000;
const PUBLIC_TTL_MS = 1000;
const MAX_RANKINGS = 5000;

interface ForYouCursor {
  at: number;
  offset: number;
}

function encode(c: ForYouCursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

function decode(cursor: string): ForYouCursor {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<ForYouCursor>;
    if (Number.isSafeInteger(v.at) && Number.isSafeInteger(v.offset) && v.offset! >= 0) return { at: v.at!, offset: v.offset! };
  } catch {
    // fall through
  }
  throw invalidValue('cursor', "Invalid 'cursor': pass the next_cursor of the previous page unchanged.");
}

export class FeedRanker {
  private readonly rankings = new Map<string, { ids: string[]; until: number }>();
  /** Per viewer, when their latest ranking was made. */
  private readonly latest = new Map<string, number>();
  private publicCache: { at: number; rows: Promise<PostRow[]> } | undefined;

  constructor(
    private readonly posts: PostStore,
    private readonly social: SocialStore,
  ) {}

  private newestPublic(now: number): Promise<PostRow[]> {
    if (!this.publicCache || now - this.publicCache.at > PUBLIC_TTL_MS) {
      const rows = this.posts.newestPublic(now, PUBLIC_CANDIDATES);
      rows.catch(() => (this.publicCache = undefined));
      this.publicCache = { at: now, rows };
    }
    return this.publicCache.rows;
  }

  private async rank(viewerId: string | null, at: number, fresh: boolean): Promise<string[]> {
    const key = `${viewerId ?? '-'}:${at}`;
    const cached = this.rankings.get(key);
    if (cached && cached.until > Date.now()) return cached.ids;
    const [followed, blocked] = await Promise.all([
      viewerId ? this.social.followeeIds(viewerId) : Promise.resolve(new Set<string>()),
      viewerId ? this.social.blockedEitherWay(viewerId) : Promise.resolve(new Set<string>()),
    ]);
    const [pub, followedRows] = await Promise.all([
      // A later page whose ranking was forgotten is ranked again from posts up to the same time.
      fresh ? this.newestPublic(at) : this.posts.newestPublic(at, PUBLIC_CANDIDATES),
      this.posts.newestFromFollowed([...followed], at, FOLLOWED_CANDIDATES),
    ]);
    const candidates = [...followedRows, ...pub]
      .filter((p) => p.user_id !== viewerId && !blocked.has(p.user_id) && p.created_at <= at)
      .map((p) => ({ id: p.id, authorId: p.user_id, createdAt: p.created_at, likes: p.like_count, comments: p.comment_count, remixes: p.remix_count, isRemix: p.remix_of_post_id !== null }));
    const ids = rankForYou({ candidates, followed, now: at });
    if (this.rankings.size >= MAX_RANKINGS) {
      const now = Date.now();
      for (const [k, v] of this.rankings) if (v.until <= now) this.rankings.delete(k);
      if (this.rankings.size >= MAX_RANKINGS) this.rankings.clear();
    }
    this.rankings.set(key, { ids, until: Date.now() + RANKING_TTL_MS });
    return ids;
  }

  /** A page of post ids in For You order, and the cursor of the next page. */
  async page(viewerId: string | null, cursor: string | undefined, limit: number, now: number): Promise<{ ids: string[]; next: string | null }> {
    let c = cursor ? decode(cursor) : { at: now, offset: 0 };
    const who = viewerId ?? '-';
    if (!cursor) {
      const recent = this.latest.get(who);
      if (recent !== undefined && now - recent < FIRST_PAGE_REUSE_MS && this.rankings.has(`${who}:${recent}`)) c = { at: recent, offset: 0 };
      else {
        if (this.latest.size >= MAX_RANKINGS) this.latest.clear();
        this.latest.set(who, now);
      }
    }
    const ids = await this.rank(viewerId, c.at, cursor === undefined);
    const slice = ids.slice(c.offset, c.offset + limit);
    const end = c.offset + slice.length;
    return { ids: slice, next: end < ids.length ? encode({ at: c.at, offset: end }) : null };
  }
}
