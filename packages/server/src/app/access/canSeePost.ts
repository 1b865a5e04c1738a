/**
 * Who may see a post, as one pure rule (the SQL filter in visiblePostsFilter.ts says the same):
 * the author always; nobody across a block (either direction); others by visibility — public:
 * everyone, followers: people who follow the author, private: nobody.
 */
import type { Visibility } from '../AppDatabase.ts';

export interface PostAccess {
  authorId: string;
  visibility: Visibility;
}

export interface ViewerRelation {
  /** The viewer's user id; null when signed out. */
  viewerId: string | null;
  /** The viewer follows the author. */
  follows: boolean;
  /** The viewer blocked the author or the author blocked the viewer. */
  blocked: boolean;
}

export function canSeePost(post: PostAccess, rel: ViewerRelation): boolean {
  if (rel.viewerId !== null && rel.viewerId === post.authorId) return true;
  if (rel.blocked) return false;
  if (post.visibility === 'public') return true;
  if (post.visibility === 'followers') return rel.viewerId !== null && rel.follows;
  return false;
}
