import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { AppNotification } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { timeAgo } from '../lib/timeAgo.ts';
import { Avatar } from '../components/Avatar.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, ErrorNote, Spinner } from '../components/Notice.tsx';
import { setUnreadCount } from '../components/useUnreadCount.ts';

const VERB: Record<AppNotification['kind'], string> = {
  like: 'liked your video',
  comment: 'commented:',
  reply: 'replied:',
  remix: 'remixed your video',
  follow: 'started following you',
};

/** Likes, comments, replies, remixes and new followers, newest first; opening the page marks them read. */
export function NotificationsPage() {
  const [items, setItems] = useState<AppNotification[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.notifications().then(
      (r) => {
        setItems(r.data);
        setCursor(r.next_cursor);
        if (r.unread > 0) void api.markNotificationsRead().then(() => setUnreadCount(0), () => undefined);
      },
      (e) => setError(errorMessage(e)),
    );
  }, []);
  async function more() {
    if (!cursor) return;
    const r = await api.notifications(cursor);
    setItems((prev) => [...(prev ?? []), ...r.data]);
    setCursor(r.next_cursor);
  }
  return (
    <div className="page">
      <PageHeader title="Inbox" />
      <ErrorNote>{error}</ErrorNote>
      {items === null && !error ? (
        <Spinner />
      ) : items && items.length === 0 ? (
        <Empty title="All quiet">
          <p>Likes, comments, remixes and new followers show up here.</p>
        </Empty>
      ) : (
        <ul className="notes">
          {items?.map((n) => {
            const to = n.post ? `/p/${encodeURIComponent(n.post.id)}` : `/u/${encodeURIComponent(n.actor.username)}`;
            return (
              <li key={n.id} className={n.read ? 'notif' : 'notif notif--unread'}>
                <Link to={`/u/${encodeURIComponent(n.actor.username)}`} aria-label={`@${n.actor.username}`}>
                  <Avatar user={n.actor} />
                </Link>
                <Link to={to} className="notif-text">
                  <span>
                    <strong>{n.actor.displayName || n.actor.username}</strong> {VERB[n.kind] ?? n.kind}
                    {n.comment && <span className="notif-quote"> {n.comment.text}</span>}
                  </span>
                  <span className="notif-time">{timeAgo(n.createdAt)}</span>
                </Link>
                {n.post && (
                  <Link to={to} className="notif-thumb" aria-hidden="true" tabIndex={-1}>
                    <img src={n.post.thumbnailUrl} alt="" loading="lazy" />
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {cursor && (
        <button type="button" className="button button--ghost button--block" onClick={() => void more()}>
          More
        </button>
      )}
    </div>
  );
}
