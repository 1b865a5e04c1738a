import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Draft, ProgressEvent } from '../api/types.ts';

/**
 * A draft, kept live: loaded once, then followed over its Server-Sent Events stream until it is
 * completed or failed. If the stream drops, the browser reconnects; the draft is re-read then.
 */
export function useDraftProgress(id: string): { draft: Draft | null; error: string; setDraft(d: Draft): void } {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let alive = true;
    let source: EventSource | null = null;
    setDraft(null);
    setError('');
    api.getDraft(id).then(
      (d) => {
        if (!alive) return;
        setDraft(d);
        if (d.status === 'completed' || d.status === 'failed') return;
        source = new EventSource(d.eventsUrl || `/app/api/drafts/${encodeURIComponent(id)}/events`);
        source.addEventListener('progress', (ev) => {
          const p = JSON.parse((ev as MessageEvent<string>).data) as ProgressEvent;
          setDraft((prev) => (prev ? { ...prev, status: p.status, progress: p.progress, previewUrl: p.previewUrl ?? prev.previewUrl } : prev));
        });
        source.addEventListener('done', (ev) => {
          setDraft(JSON.parse((ev as MessageEvent<string>).data) as Draft);
          source?.close();
        });
        source.addEventListener('deleted', () => {
          setError('This draft was deleted.');
          source?.close();
        });
        source.onerror = () => {
          // Reconnecting: make sure nothing was missed while the stream was down.
          api.getDraft(id).then((fresh) => {
            if (!alive) return;
            setDraft(fresh);
            if (fresh.status === 'completed' || fresh.status === 'failed') source?.close();
          }, () => undefined);
        };
      },
      (e) => alive && setError(errorMessage(e)),
    );
    return () => {
      alive = false;
      source?.close();
    };
  }, [id]);

  return { draft, error, setDraft };
}
