import { Link } from '../router/Link.tsx';
import { useLocation } from '../router/navigation.ts';
import { Spinner } from './Notice.tsx';

/** Shown instead of a page that needs an account. */
export function RequireSignIn({ loading }: { loading: boolean }) {
  const { href } = useLocation();
  if (loading) return <Spinner />;
  const next = encodeURIComponent(href);
  return (
    <section className="gate">
      <img src="/favicon.svg" alt="" width="72" height="72" />
      <h1>Make videos from a sentence</h1>
      <p>Sign in to create, post, like, comment and follow.</p>
      <div className="gate-actions">
        <Link className="button button--primary" to={`/signup?next=${next}`}>
          Create account
        </Link>
        <Link className="button" to={`/signin?next=${next}`}>
          Sign in
        </Link>
      </div>
    </section>
  );
}
