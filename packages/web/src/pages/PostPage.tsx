import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Post } from '../api/types.ts';
import { navigate } from '../router/navigation.ts';
import { VideoFeed } from '../components/VideoFeed.tsx';
import { Empty, Spinner } from '../components/Notice.tsx';
import { Icon } from '../components/Icon.tsx';
import { Link } from '../router/Link.tsx';

/** One post on its own page (the share link), full screen like the feed. */
export function PostPage({ id }: { id: string }) {
  const [post, setPost] = useState<Post | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setPost(null);
    setError('');
    api.getPost(id).then(setPost, (e) => setError(errorMessage(e)));
  }, [id]);
  const onChange = useCallback((p: Post) => setPost(p), []);
  const onRemove = useCallback(() => navigate('/', { replace: true }), []);
  if (error)
    return (
      <Empty title="This video is not available">
        <p>{error}</p>
        <Link className="button" to="/">
          Back to the feed
        </Link>
      </Empty>
    );
  if (!post) return <Spinner />;
  return (
    <div className="feed-page">
      <div className="feed-topbar">
        <button type="button" className="icon-button icon-button--overlay" aria-label="Back" onClick={() => (window.history.length > 1 ? window.history.back() : navigate('/'))}>
          <Icon name="back" />
        </button>
        <Link className="button button--overlay button--small" to={`/p/${encodeURIComponent(post.id)}/lineage`}>
          <Icon name="chain" /> Remix chain{post.counts.remixes ? ` · ${post.counts.remixes}` : ''}
        </Link>
      </div>
      <VideoFeed posts={[post]} onChange={onChange} onRemove={onRemove} />
    </div>
  );
}
