import type { Author } from '../api/types.ts';

const HUES = ['hue-a', 'hue-b', 'hue-c', 'hue-d', 'hue-e', 'hue-f'];

/** A round picture, or the first letter of the name on a colour picked from the username. */
export function Avatar({ user, size = 'md' }: { user: Author | null | undefined; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  if (!user) return <span className={`avatar avatar--${size} hue-a`} aria-hidden="true" />;
  if (user.avatarUrl) return <img className={`avatar avatar--${size}`} src={user.avatarUrl} alt="" />;
  let h = 0;
  for (const c of user.username) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const letter = (user.displayName || user.username).trim().charAt(0).toUpperCase() || '?';
  return (
    <span className={`avatar avatar--${size} ${HUES[h % HUES.length]}`} aria-hidden="true">
      {letter}
    </span>
  );
}
