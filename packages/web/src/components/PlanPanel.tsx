import { useState } from 'react';
import { api } from '../api/client.ts';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import type { Draft, DraftPlan } from '../api/types.ts';
import { navigate } from '../router/navigation.ts';
import { Icon } from './Icon.tsx';
import { ErrorNote } from './Notice.tsx';

interface PlanSummary {
  setting: string | null;
  cast: string[];
  actions: number;
}

/** Read what matters from a plan without trusting its shape. */
function summarise(plan: unknown): PlanSummary {
  const p = (plan ?? {}) as { environment?: { setting?: unknown }; cast?: unknown; actions?: unknown };
  const setting = typeof p.environment?.setting === 'string' ? p.environment.setting : null;
  const cast = Array.isArray(p.cast)
    ? p.cast.map((c: { name?: unknown; kind?: unknown; colour?: unknown; color?: unknown }) => {
        const name = typeof c?.name === 'string' ? c.name : typeof c?.kind === 'string' ? c.kind : 'thing';
        return name.replace(/[-_]/g, ' ');
      })
    : [];
  return { setting, cast, actions: Array.isArray(p.actions) ? p.actions.length : 0 };
}

/** What the engine understood, what it ignored, and director mode: edit the plan JSON and render it. */
export function PlanPanel({ draft, plan }: { draft: Draft; plan: DraftPlan }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => JSON.stringify(plan.plan, null, 2));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const s = summarise(plan.plan);

  async function render() {
    setError('');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      setError(`That is not valid JSON: ${(e as Error).message}`);
      return;
    }
    setBusy(true);
    try {
      const next = await api.createDraft({ plan: parsed, ...(draft.style ? { style: draft.style } : {}) });
      navigate(`/drafts/${encodeURIComponent(next.id)}`);
    } catch (e) {
      setError(e instanceof ApiError && e.param ? `${e.message} (${e.param})` : errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section className="plan">
      <h2>What Klappe understood</h2>
      <div className="plan-summary">
        {s.setting && (
          <span className="chip">
            <strong>Place</strong> {s.setting.replace(/[-_]/g, ' ')}
          </span>
        )}
        {s.cast.map((c, i) => (
          <span className="chip" key={i}>
            {c}
          </span>
        ))}
        {s.actions > 0 && (
          <span className="chip">
            {s.actions} action{s.actions === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {plan.ungrounded.length > 0 ? (
        <div className="plan-ungrounded" data-testid="ungrounded">
          <p>Not understood, so left out:</p>
          <div className="plan-summary">
            {plan.ungrounded.map((w, i) => (
              <span className="chip chip--warn" key={i}>
                {w}
              </span>
            ))}
          </div>
        </div>
      ) : (
        <p className="hint">Every word of the prompt was used.</p>
      )}
      {!editing ? (
        <button type="button" className="button button--ghost button--block" onClick={() => setEditing(true)}>
          <Icon name="code" /> Director mode: edit the plan
        </button>
      ) : (
        <div className="director">
          <p className="hint">
            The plan is what gets rendered: entities, actions, camera and sound. Change it and render again; the same plan and seed always give the same video.
          </p>
          <textarea className="code" name="plan" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} rows={18} aria-label="Plan JSON" />
          <ErrorNote>{error}</ErrorNote>
          <div className="director-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void render()}>
              {busy ? 'Starting…' : 'Render this plan'}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setText(JSON.stringify(plan.plan, null, 2))}>
              Reset
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
