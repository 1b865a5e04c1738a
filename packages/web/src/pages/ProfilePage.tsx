import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Post, Profile } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { compactCount } from '../lib/timeAgo.ts';
import { Avatar } from '../components/Avatar.tsx';
import { Icon } from '../components/Icon.tsx';
import { PostGrid } from '../components/PostGrid.tsx';
import { Empty, Spinner } from '../components/Notice.tsx';
import { toast } from '../components/toast.ts';

/** A profile: who they are, counts, follow/unfollow, block, and a grid of their posts. */
export function ProfilePage({ username }: { username: string }) {
  const { me, setMe } = useSession();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [posts, setPosts] = useState<Post[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setProfile(null);
    setPosts(null);
    setError('');
    api.user(username).then(setProfile, (e) => setError(errorMessage(e)));
    api.userPosts(username).then(
      (r) => {
        setPosts(r.data);
        setCursor(r.next_cursor);
      },
      () => setPosts([]),
    );
  }, [username, me?.id]);

  async function toggleFollow() {
    if (!profile) return;
    if (!me) return navigate(`/signin?next=${encodeURIComponent(`/u/${username}`)}`);
    setBusy(true);
    try {
      const r = profile.followedByMe ? await api.unfollow(profile.username) : await api.follow(profile.username);
      setProfile({ ...profile, followedByMe: r.following, counts: { ...profile.counts, followers: r.followers } });
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function toggleBlock() {
    if (!profile) return;
    if (!profile.blockedByMe && !window.confirm(`Block @${profile.username}? You won’t see each other’s videos, and follows between you end.`)) return;
    try {
      const r = profile.blockedByMe ? await api.unblock(profile.username) : await api.block(profile.username);
      setProfile({ ...profile, blockedByMe: r.blocked, followedByMe: r.blocked ? false : profile.followedByMe });
      if (r.blocked) setPosts([]);
      toast(r.blocked ? `Blocked @${profile.username}` : `Unblocked @${profile.username}`);
    } catch (e) {
      toast(errorMessage(e));
    }
  }

  async function signOut() {
    await api.signOut().catch(() => undefined);
    setMe(null);
    navigate('/', { replace: true });
  }

  if (error)
    return (
      <Empty title="No such profile">
        <p>{error}</p>
      </Empty>
    );
  if (!profile) return <Spinner />;

  const more = () =>
    cursor &&
    api.userPosts(username, cursor).then((r) => {
      setPosts((prev) => [...(prev ?? []), ...r.data]);
      setCursor(r.next_cursor);
    });

  return (
    <div className="page profile">
      <header className="profile-head">
        <Avatar user={profile} size="xl" />
        <h1 className="profile-name">{profile.displayName || profile.username}</h1>
        <p className="profile-handle">
          @{profile.username}
          {profile.followsMe && !profile.isMe && <span className="chip chip--small">Follows you</span>}
        </p>
        <div className="profile-counts">
          <span>
            <strong>{compactCount(profile.counts.posts)}</strong> posts
          </span>
          <Link to={`/u/${encodeURIComponent(profile.username)}/followers`}>
            <strong data-testid="followers-count">{compactCount(profile.counts.followers)}</strong> followers
          </Link>
          <Link to={`/u/${encodeURIComponent(profile.username)}/following`}>
            <strong>{compactCount(profile.counts.following)}</strong> following
          </Link>
        </div>
        {profile.bio && <p className="profile-bio">{profile.bio}</p>}
        <div className="profile-actions">
          {profile.isMe ? (
            <>
              <Link className="button button--small" to="/settings/profile">
                Edit profile
              </Link>
              <Link className="button button--small" to="/drafts">
                <Icon name="film" /> Drafts
              </Link>
              <Link className="button button--small" to="/settings/keys">
                <Icon name="key" /> API keys
              </Link>
              <Link className="button button--small" to="/verify">
                <Icon name="shield" /> Verify
              </Link>
              <button type="button" className="button button--ghost button--small" onClick={() => void signOut()}>
                Sign out
              </button>
            </>
          ) : (
            <>
              {!profile.blockedByMe && (
                <button type="button" className={profile.followedByMe ? 'button' : 'button button--primary'} disabled={busy} onClick={() => void toggleFollow()}>
                  {profile.followedByMe ? 'Following' : profile.followsMe ? 'Follow back' : 'Follow'}
                </button>
              )}
              {me && (
                <button type="button" className="button button--ghost" onClick={() => void toggleBlock()}>
                  <Icon name="block" /> {profile.blockedByMe ? 'Unblock' : 'Block'}
                </button>
              )}
            </>
          )}
        </div>
      </header>
      {profile.blockedByMe ? (
        <Empty title={`You blocked @${profile.username}`}>
          <p>Unblock to see their videos again.</p>
        </Empty>
      ) : posts === null ? (
        <Spinner />
      ) : posts.length === 0 ? (
        <Empty title={profile.isMe ? 'Your posts show up here' : 'No videos yet'}>
          {profile.isMe && (
            <Link className="button button--primary" to="/create">
              Create a video
            </Link>
          )}
        </Empty>
      ) : (
        <>
          <PostGrid posts={posts} />
          {cursor && (
            <button type="button" className="button button--ghost button--block" onClick={() => void more()}>
              More
            </button>
          )}
        </>
      )}
    </div>
  );
}
