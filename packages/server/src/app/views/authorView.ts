/** How a person appears next to what they made. */
import type { UserRow } from '../AppDatabase.ts';

export interface AuthorView {
  username: string;
  displayName: string;
  avatarUrl: string | null;
}

export function avatarUrlOf(user: Pick<UserRow, 'username' | 'avatar_key' | 'avatar_version'>): string | null {
  return user.avatar_key ? `/app/api/users/${user.username}/avatar?v=${user.avatar_version}` : null;
}

export function authorView(user: UserRow): AuthorView {
  return { username: user.username, displayName: user.display_name, avatarUrl: avatarUrlOf(user) };
}
