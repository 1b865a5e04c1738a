import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Draft } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { timeAgo } from '../lib/timeAgo.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, ErrorNote, Spinner } from '../components/Notice.tsx';

/** Your drafts not posted yet, newest first. */
export function DraftsPage() {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.listDrafts().then((r) => setDrafts(r.data), (e) => setError(errorMessage(e)));
  }, []);
  return (
    <div className="page">
      <PageHeader title="Drafts" back />
      <ErrorNote>{error}</ErrorNote>
      {!drafts && !error ? (
        <Spinner />
      ) : drafts && drafts.length === 0 ? (
        <Empty title="No drafts">
          <p>Videos you make stay here, private, until you post them.</p>
          <Link className="button button--primary" to="/create">
            Create a video
          </Link>
        </Empty>
      ) : (
        <ul className="draft-list">
          {drafts?.map((d) => (
            <li key={d.id}>
              <Link className="draft-row" to={`/drafts/${encodeURIComponent(d.id)}`}>
                {d.thumbnailUrl ? <img src={d.thumbnailUrl} alt="" /> : <span className="draft-row-ph" />}
                <span className="draft-row-text">
                  <span className="draft-row-prompt">{d.prompt || d.preset || 'Edited plan'}</span>
                  <span className="draft-row-meta">
                    {d.status === 'completed' ? 'Ready to post' : d.status === 'failed' ? 'Failed' : `${d.status === 'queued' ? 'Queued' : `Rendering ${Math.round(d.progress)}%`}`} · {d.seconds} s · {d.aspect} · {timeAgo(d.createdAt)}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
