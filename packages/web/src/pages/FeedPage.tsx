import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Post } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { navigate, useLocation } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { VideoFeed } from '../components/VideoFeed.tsx';
import { Empty, ErrorNote, Spinner } from '../components/Notice.tsx';

type Tab = 'foryou' | 'following';

/** For You and Following: full-screen vertical videos, one per screen. */
export function FeedPage() {
  const { search } = useLocation();
  const { me } = useSession();
  const tab: Tab = search.get('tab') === 'following' ? 'following' : 'foryou';
  const [posts, setPosts] = useState<Post[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let alive = true;
    setPosts(null);
    setError('');
    if (tab === 'following' && !me) {
      setPosts([]);
      return;
    }
    api.feed(tab).then(
      (page) => {
        if (!alive) return;
        setPosts(page.data);
        setCursor(page.next_cursor);
      },
      (e) => alive && setError(errorMessage(e)),
    );
    return () => {
      alive = false;
    };
  }, [tab, me?.id]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    api.feed(tab, cursor).then(
      (page) => {
        setPosts((prev) => {
          const seen = new Set((prev ?? []).map((p) => p.id));
          return [...(prev ?? []), ...page.data.filter((p) => !seen.has(p.id))];
        });
        setCursor(page.next_cursor);
        setLoadingMore(false);
      },
      () => setLoadingMore(false),
    );
  }, [cursor, loadingMore, tab]);

  const onChange = useCallback((post: Post) => setPosts((prev) => prev?.map((p) => (p.id === post.id ? post : p)) ?? prev), []);
  const onRemove = useCallback((id: string) => setPosts((prev) => prev?.filter((p) => p.id !== id) ?? prev), []);

  return (
    <div className="feed-page">
      <div className="feed-tabs" role="tablist" aria-label="Feed">
        <button type="button" role="tab" aria-selected={tab === 'following'} className={tab === 'following' ? 'feed-tab feed-tab--active' : 'feed-tab'} onClick={() => navigate('/?tab=following', { replace: true })}>
          Following
        </button>
        <button type="button" role="tab" aria-selected={tab === 'foryou'} className={tab === 'foryou' ? 'feed-tab feed-tab--active' : 'feed-tab'} onClick={() => navigate('/', { replace: true })}>
          For You
        </button>
      </div>
      {error ? (
        <div className="feed-empty">
          <ErrorNote>{error}</ErrorNote>
        </div>
      ) : posts === null ? (
        <div className="feed-empty">
          <Spinner />
        </div>
      ) : posts.length === 0 ? (
        <div className="feed-empty">
          {tab === 'following' && !me ? (
            <Empty title="Follow creators you like">
              <p>Sign in to see the videos of the people you follow.</p>
              <Link className="button button--primary" to="/signin?next=%2F%3Ftab%3Dfollowing">
                Sign in
              </Link>
            </Empty>
          ) : tab === 'following' ? (
            <Empty title="Nothing from people you follow yet">
              <p>Follow creators from For You, or make something yourself.</p>
              <Link className="button button--primary" to="/create">
                Create a video
              </Link>
            </Empty>
          ) : (
            <Empty title="No videos yet">
              <p>Be the first: type a sentence and get a video with sound.</p>
              <Link className="button button--primary" to="/create">
                Create a video
              </Link>
            </Empty>
          )}
        </div>
      ) : (
        <VideoFeed posts={posts} onChange={onChange} onRemove={onRemove} onNearEnd={loadMore} />
      )}
    </div>
  );
}
