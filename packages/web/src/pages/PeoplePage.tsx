import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { PersonRow } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { Avatar } from '../components/Avatar.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, ErrorNote, Spinner } from '../components/Notice.tsx';
import { toast } from '../components/toast.ts';

/** Followers or following of someone, each with a follow button. */
export function PeoplePage({ username, which }: { username: string; which: 'followers' | 'following' }) {
  const { me } = useSession();
  const [people, setPeople] = useState<PersonRow[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setPeople(null);
    const load = which === 'followers' ? api.followers : api.following;
    load(username).then(
      (r) => {
        setPeople(r.data);
        setCursor(r.next_cursor);
      },
      (e) => setError(errorMessage(e)),
    );
  }, [username, which]);

  async function toggle(p: PersonRow) {
    try {
      const r = p.followedByMe ? await api.unfollow(p.username) : await api.follow(p.username);
      setPeople((prev) => prev?.map((x) => (x.username === p.username ? { ...x, followedByMe: r.following } : x)) ?? prev);
    } catch (e) {
      toast(errorMessage(e));
    }
  }
  async function more() {
    if (!cursor) return;
    const load = which === 'followers' ? api.followers : api.following;
    const r = await load(username, cursor);
    setPeople((prev) => [...(prev ?? []), ...r.data]);
    setCursor(r.next_cursor);
  }

  return (
    <div className="page">
      <PageHeader title={`${which === 'followers' ? 'Followers' : 'Following'} · @${username}`} back />
      <ErrorNote>{error}</ErrorNote>
      {people === null && !error ? (
        <Spinner />
      ) : people && people.length === 0 ? (
        <Empty title={which === 'followers' ? 'No followers yet' : 'Not following anyone yet'} />
      ) : (
        <ul className="people">
          {people?.map((p) => (
            <li key={p.username} className="person">
              <Link to={`/u/${encodeURIComponent(p.username)}`} className="person-link">
                <Avatar user={p} />
                <span>
                  <span className="person-name">{p.displayName || p.username}</span>
                  <span className="person-handle">@{p.username}</span>
                </span>
              </Link>
              {me && me.username !== p.username && (
                <button type="button" className={p.followedByMe ? 'button button--small' : 'button button--primary button--small'} onClick={() => void toggle(p)}>
                  {p.followedByMe ? 'Following' : 'Follow'}
                </button>
              )}
            </li>
          ))}
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
