import type { Post } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { compactCount } from '../lib/timeAgo.ts';
import { Icon } from './Icon.tsx';

/** Posts as a grid of 9:16 thumbnails. */
export function PostGrid({ posts }: { posts: Post[] }) {
  return (
    <ul className="post-grid">
      {posts.map((p) => (
        <li key={p.id}>
          <Link className="post-grid-item" to={`/p/${encodeURIComponent(p.id)}`} aria-label={p.caption || 'Video'}>
            <img src={p.thumbnailUrl} alt="" loading="lazy" />
            <span className="post-grid-stats">
              <Icon name="heart" filled /> {compactCount(p.counts.likes)}
            </span>
            {p.visibility !== 'public' && <span className="post-grid-vis">{p.visibility === 'followers' ? 'Followers' : 'Private'}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
