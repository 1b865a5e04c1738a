import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import { Link } from '../router/Link.tsx';
import { navigate, useLocation } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { ErrorNote } from '../components/Notice.tsx';

/** Only same-site paths are followed after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage({ mode }: { mode: 'signin' | 'signup' }) {
  const { search } = useLocation();
  const { setMe } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const next = safeNext(search.get('next'));
  const signup = mode === 'signup';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const user = signup
        ? await api.signUp({ username: username.trim(), password, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) })
        : await api.signIn({ username: username.trim(), password });
      setMe(user);
      navigate(next, { replace: true });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="auth">
      <div className="auth-hero">
        <img src="/favicon.svg" alt="" width="56" height="56" />
        <h1>{signup ? 'Join Klappe' : 'Welcome back'}</h1>
        <p>{signup ? 'Type a sentence, get a video with sound. Share it, remix it.' : 'Sign in to create and share videos.'}</p>
      </div>
      <form className="form auth-form" onSubmit={submit}>
        <label className="field">
          <span>Username</span>
          <input name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required minLength={signup ? 3 : 1} maxLength={30} value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        {signup && (
          <label className="field">
            <span>Display name <em>optional</em></span>
            <input name="displayName" autoComplete="name" maxLength={50} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </label>
        )}
        <label className="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete={signup ? 'new-password' : 'current-password'} required minLength={signup ? 8 : 1} value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorNote>{error}</ErrorNote>
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? 'One moment…' : signup ? 'Create account' : 'Sign in'}
        </button>
        <p className="auth-switch">
          {signup ? 'Already have an account? ' : 'New here? '}
          <Link to={`${signup ? '/signin' : '/signup'}${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>{signup ? 'Sign in' : 'Create an account'}</Link>
        </p>
      </form>
    </section>
  );
}
