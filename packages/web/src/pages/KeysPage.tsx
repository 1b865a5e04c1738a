import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { ApiKey } from '../api/types.ts';
import { timeAgo } from '../lib/timeAgo.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { ErrorNote, Spinner } from '../components/Notice.tsx';
import { Icon } from '../components/Icon.tsx';
import { toast } from '../components/toast.ts';

/** API keys for the OpenAI-compatible `/v1` API, acting for this account. */
export function KeysPage() {
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<ApiKey | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api.listKeys().then((r) => setKeys(r.data), (e) => setError(errorMessage(e)));
  }, []);

  async function create(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const key = await api.createKey(name.trim());
      setFresh(key);
      setKeys((prev) => [{ ...key, key: undefined }, ...(prev ?? [])]);
      setName('');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function revoke(k: ApiKey) {
    if (!window.confirm(`Revoke “${k.name || k.prefix}”? Programs using it stop working within seconds.`)) return;
    try {
      await api.revokeKey(k.id);
      setKeys((prev) => prev?.filter((x) => x.id !== k.id) ?? prev);
      if (fresh?.id === k.id) setFresh(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const origin = window.location.origin;
  return (
    <div className="page">
      <PageHeader title="API keys" back />
      <p className="lead">
        Use Klappe from your own programs through the OpenAI-compatible video API. A key acts for your account: it sees and makes only your videos.
      </p>
      <pre className="code-sample">{`import OpenAI from 'openai';
const client = new OpenAI({
  apiKey: process.env.KLAPPE_API_KEY,
  baseURL: '${origin}/v1',
});
const video = await client.videos.create({
  prompt: 'a red ball bounces on a wooden floor',
});`}</pre>
      <form className="key-form" onSubmit={create}>
        <input name="keyName" placeholder="Name, e.g. my laptop" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} aria-label="Key name" />
        <button type="submit" className="button button--primary">
          <Icon name="key" /> Create key
        </button>
      </form>
      {fresh?.key && (
        <div className="key-fresh" role="status">
          <p>
            <strong>Copy your new key now.</strong> It is shown only this once.
          </p>
          <code data-testid="new-key">{fresh.key}</code>
          <button type="button" className="button button--small" onClick={() => navigator.clipboard?.writeText(fresh.key!).then(() => toast('Key copied'), () => undefined)}>
            Copy
          </button>
        </div>
      )}
      <ErrorNote>{error}</ErrorNote>
      {keys === null && !error ? (
        <Spinner />
      ) : keys && keys.length === 0 ? (
        <p className="hint">No keys yet.</p>
      ) : (
        <ul className="keys">
          {keys?.map((k) => (
            <li key={k.id} className="key-row">
              <span className="key-text">
                <span className="key-name">{k.name || 'Unnamed key'}</span>
                <code>{k.prefix}</code>
                <span className="key-meta">created {timeAgo(k.createdAt)}</span>
              </span>
              <button type="button" className="button button--ghost button--small" onClick={() => void revoke(k)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
