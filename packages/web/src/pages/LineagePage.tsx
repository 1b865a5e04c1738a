import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Lineage, Post } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { timeAgo } from '../lib/timeAgo.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorNote, Spinner } from '../components/Notice.tsx';
import { Avatar } from '../components/Avatar.tsx';
import { Icon } from '../components/Icon.tsx';

function Node({ post, current = false }: { post: Post; current?: boolean }) {
  return (
    <Link className={current ? 'lineage-node lineage-node--current' : 'lineage-node'} to={`/p/${encodeURIComponent(post.id)}`} data-testid="lineage-node">
      <img src={post.thumbnailUrl} alt="" />
      <span className="lineage-text">
        <span className="lineage-author">
          <Avatar user={post.author} size="sm" /> @{post.author.username}
        </span>
        <span className="lineage-caption">{post.caption || post.prompt || 'Untitled'}</span>
        <span className="lineage-meta">
          {timeAgo(post.createdAt)}
          {post.counts.remixes > 0 && ` · ${post.counts.remixes} remix${post.counts.remixes === 1 ? '' : 'es'}`}
        </span>
      </span>
    </Link>
  );
}

/** The remix chain: where a video came from (up to the original) and what was made from it. */
export function LineagePage({ id }: { id: string }) {
  const [lineage, setLineage] = useState<Lineage | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setLineage(null);
    api.lineage(id).then(setLineage, (e) => setError(errorMessage(e)));
  }, [id]);
  if (error)
    return (
      <div className="page">
        <PageHeader title="Remix chain" back />
        <ErrorNote>{error}</ErrorNote>
      </div>
    );
  if (!lineage) return <Spinner />;
  const up = [...lineage.sources].reverse();
  return (
    <div className="page lineage">
      <PageHeader title="Remix chain" back />
      <ol className="lineage-chain">
        {up.map((s, i) =>
          s.id === null ? (
            <li key={`hidden-${i}`} className="lineage-step">
              <div className="lineage-node lineage-node--hidden">
                <span className="lineage-hidden-thumb" />
                <span className="lineage-text">
                  <span className="lineage-caption">A video you can’t see</span>
                </span>
              </div>
            </li>
          ) : (
            <li key={s.id} className="lineage-step">
              <Node post={s as Post} />
              {i === 0 && <span className="lineage-tag">Original</span>}
            </li>
          ),
        )}
        <li className="lineage-step">
          <Node post={lineage.post} current />
          {up.length === 0 && <span className="lineage-tag">Original</span>}
        </li>
      </ol>
      <h2 className="section-title">
        <Icon name="remix" /> Remixes {lineage.remixes.length > 0 && <span className="count">{lineage.remixes.length}</span>}
      </h2>
      {lineage.remixes.length === 0 ? (
        <p className="hint">No remixes yet.</p>
      ) : (
        <ul className="lineage-remixes">
          {lineage.remixes.map((r) => (
            <li key={r.id}>
              <Node post={r} />
            </li>
          ))}
        </ul>
      )}
      <Link className="button button--primary button--block" to={`/create?remix=${encodeURIComponent(lineage.post.id)}`}>
        <Icon name="remix" /> Remix this
      </Link>
    </div>
  );
}
