import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Draft, DraftPlan, Visibility } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorNote, Spinner } from '../components/Notice.tsx';
import { Icon } from '../components/Icon.tsx';
import { PlanPanel } from '../components/PlanPanel.tsx';
import { useDraftProgress } from '../components/useDraftProgress.ts';

const STATUS_TEXT: Record<Draft['status'], string> = {
  queued: 'Waiting for a free renderer…',
  in_progress: 'Rendering',
  completed: 'Ready',
  failed: 'Failed',
};

/** A draft: live progress with a preview frame, the plan, director mode, and posting. */
export function DraftPage({ id }: { id: string }) {
  const { draft, error } = useDraftProgress(id);
  const [plan, setPlan] = useState<DraftPlan | null>(null);
  const [planError, setPlanError] = useState('');

  useEffect(() => {
    setPlan(null);
    setPlanError('');
    api.draftPlan(id).then(setPlan, (e) => setPlanError(errorMessage(e)));
  }, [id]);

  if (error) {
    return (
      <>
        <PageHeader title="Draft" back />
        <ErrorNote>{error}</ErrorNote>
      </>
    );
  }
  if (!draft) return <Spinner />;

  const done = draft.status === 'completed';
  const pct = Math.round(draft.progress);
  return (
    <div className="draft">
      <PageHeader title={done ? 'Your video' : 'Making your video'} back actions={<DeleteDraft draft={draft} />} />
      <div className="draft-grid">
        <div className={`draft-stage draft-stage--${draft.aspect.replace(':', 'x')}`}>
          {done && draft.videoUrl ? (
            <video className="draft-video" src={draft.videoUrl} poster={draft.thumbnailUrl ?? undefined} autoPlay muted loop playsInline controls />
          ) : (
            <>
              {draft.previewUrl && <PreviewFrame url={draft.previewUrl} progress={pct} />}
              <div className="draft-progress" data-status={draft.status}>
                {draft.status === 'failed' ? (
                  <p className="draft-failed">
                    <strong>It didn’t work.</strong> {draft.error?.message ?? 'The render failed.'}
                  </p>
                ) : (
                  <>
                    <p className="draft-status">
                      {draft.status === 'in_progress' && pct >= 99 ? 'Finishing: sound, encoding, signing…' : STATUS_TEXT[draft.status]}
                      {draft.status === 'in_progress' && pct < 99 && <span className="draft-pct"> {pct}%</span>}
                    </p>
                    <progress max={100} value={draft.status === 'queued' ? undefined : pct} aria-label="Progress" />
                  </>
                )}
              </div>
            </>
          )}
        </div>
        <div className="draft-side">
          <dl className="draft-facts">
            {draft.prompt && (
              <div className="draft-prompt">
                <dt>Prompt</dt>
                <dd>{draft.prompt}</dd>
              </div>
            )}
            <div>
              <dt>Shape</dt>
              <dd>{draft.aspect}</dd>
            </div>
            <div>
              <dt>Length</dt>
              <dd>{draft.seconds} s</dd>
            </div>
            {draft.style && (
              <div>
                <dt>Style</dt>
                <dd className="cap">{draft.style.replace(/-/g, ' ')}</dd>
              </div>
            )}
            {draft.seed !== null && (
              <div>
                <dt>Seed</dt>
                <dd>{draft.seed}</dd>
              </div>
            )}
            {draft.remixOf && (
              <div>
                <dt>Remix of</dt>
                <dd>
                  <Link to={`/p/${encodeURIComponent(draft.remixOf.postId)}`}>the source video</Link>
                </dd>
              </div>
            )}
          </dl>
          {done && !draft.postId && <PostForm draft={draft} />}
          {draft.postId && (
            <Link className="button button--primary button--block" to={`/p/${encodeURIComponent(draft.postId)}`}>
              See the post
            </Link>
          )}
          {planError ? <ErrorNote>{planError}</ErrorNote> : plan ? <PlanPanel draft={draft} plan={plan} /> : null}
        </div>
      </div>
    </div>
  );
}

/** The draft's preview still; it may not exist yet (404), so it stays hidden until it loads. */
function PreviewFrame({ url, progress }: { url: string; progress: number }) {
  const [shown, setShown] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Ask again now and then while rendering: the still appears once the plan is drawn.
  const bucket = Math.floor(progress / 25);
  const src = `${url}${url.includes('?') ? '&' : '?'}r=${bucket}-${attempt}`;
  return (
    <img
      className={shown ? 'draft-preview draft-preview--shown' : 'draft-preview'}
      src={src}
      alt="Preview frame"
      onLoad={() => setShown(src)}
      onError={() => attempt < 20 && window.setTimeout(() => setAttempt((a) => a + 1), 1500)}
    />
  );
}

function PostForm({ draft }: { draft: Draft }) {
  const [caption, setCaption] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const post = await api.createPost({ draftId: draft.id, caption: caption.trim(), visibility });
      navigate(`/p/${encodeURIComponent(post.id)}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }
  const options: { value: Visibility; label: string; hint: string }[] = [
    { value: 'public', label: 'Everyone', hint: 'In For You and on your profile' },
    { value: 'followers', label: 'Followers', hint: 'Only people who follow you' },
    { value: 'private', label: 'Only me', hint: 'On your profile, for you alone' },
  ];
  return (
    <form className="form post-form" onSubmit={submit}>
      <h2>Post it</h2>
      <label className="field">
        <span>Caption</span>
        <textarea name="caption" rows={2} maxLength={500} placeholder="Say something about it" value={caption} onChange={(e) => setCaption(e.target.value)} />
      </label>
      <fieldset className="visibility">
        <legend>Who can watch</legend>
        {options.map((o) => (
          <label key={o.value} className={visibility === o.value ? 'choice choice--on' : 'choice'}>
            <input type="radio" name="visibility" value={o.value} checked={visibility === o.value} onChange={() => setVisibility(o.value)} />
            <span>
              <strong>{o.label}</strong>
              <em>{o.hint}</em>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorNote>{error}</ErrorNote>
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Posting…' : 'Post'}
      </button>
    </form>
  );
}

function DeleteDraft({ draft }: { draft: Draft }) {
  if (draft.postId) return null;
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Delete draft"
      onClick={() => {
        if (!window.confirm('Delete this draft?')) return;
        api.deleteDraft(draft.id).then(
          () => navigate('/drafts', { replace: true }),
          (e) => window.alert(errorMessage(e)),
        );
      }}
    >
      <Icon name="trash" />
    </button>
  );
}
