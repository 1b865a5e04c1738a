import { useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Post } from '../api/types.ts';
import { navigate } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { Icon } from './Icon.tsx';
import { ErrorNote } from './Notice.tsx';
import { Sheet } from './Sheet.tsx';
import { toast } from './toast.ts';

const REASONS = ['Spam or misleading', 'Harassment or hate', 'Violence or dangerous acts', 'Sexual content', 'Impersonation or someone’s likeness without consent', 'Something else'];

/** More actions on a post: remix chain, copy link, report, block the author, delete your own. */
export function PostMenu({ post, onClose, onChange, onRemove }: { post: Post; onClose(): void; onChange(p: Post): void; onRemove(id: string): void }) {
  const { me } = useSession();
  const [mode, setMode] = useState<'menu' | 'report'>('menu');
  const [reason, setReason] = useState(REASONS[0]!);
  const [error, setError] = useState('');
  const own = post.mine;
  const signIn = () => navigate(`/signin?next=${encodeURIComponent(`/p/${post.id}`)}`);

  async function run(action: () => Promise<unknown>, done: string) {
    setError('');
    try {
      await action();
      toast(done);
      onClose();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  }

  if (mode === 'report') {
    return (
      <Sheet title="Report this video" onClose={onClose}>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.report(post.id, reason), 'Thanks. We will look at it.');
          }}
        >
          <fieldset className="choice-list">
            <legend className="visually-hidden">Reason</legend>
            {REASONS.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
                <span>{r}</span>
              </label>
            ))}
          </fieldset>
          <ErrorNote>{error}</ErrorNote>
          <button type="submit" className="button button--danger button--block">
            Send report
          </button>
        </form>
      </Sheet>
    );
  }

  return (
    <Sheet title="Video" onClose={onClose}>
      <div className="menu-list">
        <button type="button" className="menu-item" onClick={() => navigate(`/p/${encodeURIComponent(post.id)}/lineage`)}>
          <Icon name="chain" /> Remix chain
        </button>
        <button
          type="button"
          className="menu-item"
          onClick={() => {
            const url = new URL(post.shareUrl || `/p/${encodeURIComponent(post.id)}`, window.location.origin).href;
            navigator.clipboard?.writeText(url).then(() => toast('Link copied'), () => toast(url));
            onClose();
          }}
        >
          <Icon name="share" /> Copy link
        </button>
        {!own && (
          <button type="button" className="menu-item" onClick={() => (me ? setMode('report') : signIn())}>
            <Icon name="flag" /> Report
          </button>
        )}
        {!own && (
          <button
            type="button"
            className="menu-item menu-item--danger"
            onClick={() =>
              me
                ? void run(() => api.block(post.author.username), `Blocked @${post.author.username}`).then((ok) => ok && onRemove(post.id))
                : signIn()
            }
          >
            <Icon name="block" /> Block @{post.author.username}
          </button>
        )}
        {own && (
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              const caption = window.prompt('Caption', post.caption);
              if (caption !== null) void run(async () => onChange({ ...post, ...(await api.updatePost(post.id, { caption })) }), 'Caption saved');
            }}
          >
            <Icon name="comment" /> Edit caption
          </button>
        )}
        {own && (
          <button
            type="button"
            className="menu-item menu-item--danger"
            onClick={() => window.confirm('Delete this post? The video will be gone for everyone.') && void run(() => api.deletePost(post.id), 'Post deleted').then((ok) => ok && onRemove(post.id))}
          >
            <Icon name="trash" /> Delete post
          </button>
        )}
      </div>
      <ErrorNote>{error}</ErrorNote>
    </Sheet>
  );
}
