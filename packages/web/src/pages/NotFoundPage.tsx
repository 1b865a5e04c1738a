import { Link } from '../router/Link.tsx';
import { Empty } from '../components/Notice.tsx';

export function NotFoundPage() {
  return (
    <Empty title="Nothing here">
      <Link className="button" to="/">
        Back to the feed
      </Link>
    </Empty>
  );
}
