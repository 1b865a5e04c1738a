import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Comment, Post } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { timeAgo } from '../lib/timeAgo.ts';
import { Avatar } from './Avatar.tsx';
import { ErrorNote, Spinner } from './Notice.tsx';
import { Sheet } from './Sheet.tsx';

/** Comments of a post with one level of replies; text is always rendered as text. */
export function CommentsSheet({ post, onClose, onCount }: { post: Post; onClose(): void; onCount?(n: number): void }) {
  return (
    <Sheet title={`${post.counts.comments} comment${post.counts.comments === 1 ? '' : 's'}`} onClose={onClose} className="sheet--tall">
      <CommentThread post={post} onCount={onCount} />
    </Sheet>
  );
}

export function CommentThread({ post, onCount }: { post: Post; onCount?(n: number): void }) {
  const { me } = useSession();
  const [comments, setComments] = useState<Comment[] | null>(null);
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let alive = true;
    api.comments(post.id).then(
      (r) => alive && setComments(r.data),
      (e) => alive && setError(errorMessage(e)),
    );
    return () => {
      alive = false;
    };
  }, [post.id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError('');
    try {
      const parent = replyTo ? (replyTo.parentId ?? replyTo.id) : undefined;
      const c = await api.addComment(post.id, text.trim(), parent);
      const next = [...(comments ?? []), c];
      setComments(next);
      onCount?.(next.length);
      setText('');
      setReplyTo(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function remove(c: Comment) {
    try {
      await api.deleteComment(c.id);
      const next = (comments ?? []).filter((x) => x.id !== c.id && x.parentId !== c.id);
      setComments(next);
      onCount?.(next.length);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const top = (comments ?? []).filter((c) => !c.parentId);
  const replies = (id: string) => (comments ?? []).filter((c) => c.parentId === id);

  const row = (c: Comment, reply: boolean) => (
    <li key={c.id} className={reply ? 'comment comment--reply' : 'comment'} data-testid="comment">
      <Avatar user={c.author} size="sm" />
      <div className="comment-body">
        <div className="comment-head">
          <Link to={`/u/${encodeURIComponent(c.author.username)}`} className="comment-author">
            {c.author.displayName || c.author.username}
          </Link>
          <span className="comment-time">{timeAgo(c.createdAt)}</span>
        </div>
        <p className="comment-text">{c.text}</p>
        <div className="comment-actions">
          {me && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setReplyTo(c);
                input.current?.focus();
              }}
            >
              Reply
            </button>
          )}
          {me && (c.mine || post.mine) && (
            <button type="button" className="link-button" onClick={() => void remove(c)}>
              Delete
            </button>
          )}
        </div>
      </div>
    </li>
  );

  return (
    <div className="comments">
      {comments === null && !error ? (
        <Spinner />
      ) : top.length === 0 ? (
        <p className="comments-empty">No comments yet. Say something nice.</p>
      ) : (
        <ul className="comment-list">
          {top.map((c) => (
            <li key={c.id} className="comment-thread">
              <ul>
                {row(c, false)}
                {replies(c.id).map((r) => row(r, true))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <ErrorNote>{error}</ErrorNote>
      {me ? (
        <form className="comment-form" onSubmit={submit}>
          {replyTo && (
            <div className="comment-replying">
              Replying to @{replyTo.author.username}
              <button type="button" className="link-button" onClick={() => setReplyTo(null)}>
                Cancel
              </button>
            </div>
          )}
          <div className="comment-input-row">
            <Avatar user={me} size="sm" />
            <input ref={input} name="comment" placeholder={replyTo ? 'Write a reply…' : 'Add a comment…'} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} aria-label="Comment" />
            <button type="submit" className="button button--primary button--small" disabled={busy || !text.trim()}>
              Post
            </button>
          </div>
        </form>
      ) : (
        <p className="comments-empty">
          <Link to={`/signin?next=${encodeURIComponent(`/p/${post.id}`)}`}>Sign in</Link> to comment.
        </p>
      )}
    </div>
  );
}
