/** The signed-in account as `GET /me` shows it. */
import type { AppContext } from '../AppContext.ts';
import type { UserRow } from '../AppDatabase.ts';
import { avatarUrlOf } from './authorView.ts';

export async function meView(ctx: AppContext, user: UserRow) {
  const [follows, posts, unread] = await Promise.all([
    ctx.users.followCounts(user.id),
    ctx.posts.countVisibleByAuthor(user.id, user.id),
    ctx.notifications.unreadCount(user.id),
  ]);
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    bio: user.bio,
    avatarUrl: avatarUrlOf(user),
    createdAt: user.created_at,
    counts: { ...follows, posts },
    unreadNotifications: unread,
  };
}
