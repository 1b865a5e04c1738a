import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/ApiError.ts';
import type { Post } from '../api/types.ts';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { useSession } from '../session/SessionContext.tsx';
import { compactCount, timeAgo } from '../lib/timeAgo.ts';
import { Avatar } from './Avatar.tsx';
import { Icon } from './Icon.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';
import { PostMenu } from './PostMenu.tsx';
import { setMuted, useMuted } from './soundState.ts';
import { toast } from './toast.ts';

/** One post, full height: the video, who made it, the caption, and the action rail. */
export function VideoCard({ post, active, preload, onChange, onRemove, onComments }: {
  post: Post;
  active: boolean;
  preload: 'auto' | 'metadata' | 'none';
  onChange(p: Post): void;
  onRemove(id: string): void;
  onComments(): void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const muted = useMuted();
  const { me } = useSession();
  const [paused, setPaused] = useState(false);
  const [menu, setMenu] = useState(false);
  const [likeBusy, setLikeBusy] = useState(false);

  useEffect(() => {
    const v = video.current;
    if (!v) return;
    if (active && !paused) {
      v.play().catch(() => {
        // Autoplay with sound is refused until the first tap: fall back to muted.
        if (!v.muted) {
          setMuted(true);
          v.muted = true;
          v.play().catch(() => undefined);
        }
      });
    } else {
      v.pause();
    }
  }, [active, paused]);

  useEffect(() => {
    if (!active) setPaused(false);
  }, [active]);

  function tapVideo() {
    if (muted) {
      setMuted(false);
      setPaused(false);
    } else {
      setPaused((p) => !p);
    }
  }

  async function toggleLike() {
    if (!me) return navigate(`/signin?next=${encodeURIComponent(`/p/${post.id}`)}`);
    if (likeBusy) return;
    setLikeBusy(true);
    const optimistic = { ...post, likedByMe: !post.likedByMe, counts: { ...post.counts, likes: Math.max(0, post.counts.likes + (post.likedByMe ? -1 : 1)) } };
    onChange(optimistic);
    try {
      const r = post.likedByMe ? await api.unlike(post.id) : await api.like(post.id);
      onChange({ ...post, likedByMe: r.liked, counts: { ...post.counts, likes: r.likes } });
    } catch (e) {
      onChange(post);
      toast(errorMessage(e));
    } finally {
      setLikeBusy(false);
    }
  }

  async function share() {
    const url = new URL(post.shareUrl || `/p/${encodeURIComponent(post.id)}`, window.location.origin).href;
    try {
      if (navigator.share) await navigator.share({ url, title: post.caption || 'A Klappe video' });
      else {
        await navigator.clipboard.writeText(url);
        toast('Link copied');
      }
    } catch {
      toast(url);
    }
  }

  const author = post.author;
  return (
    <article className="card" aria-label={`Video by ${author.displayName || author.username}`}>
      <video
        ref={video}
        className={post.aspect && post.aspect !== '9:16' ? 'card-video card-video--contain' : 'card-video'}
        src={post.videoUrl}
        poster={post.thumbnailUrl}
        preload={preload}
        loop
        playsInline
        muted={muted}
        onClick={tapVideo}
        aria-label={post.caption || 'Video'}
      >
        <track kind="captions" src={post.captionsUrl} label="Captions" default />
      </video>
      {muted && active && (
        <button type="button" className="card-sound" onClick={() => setMuted(false)} aria-label="Turn sound on">
          <Icon name="muted" /> <span>Tap for sound</span>
        </button>
      )}
      {!muted && paused && (
        <button type="button" className="card-play" onClick={() => setPaused(false)} aria-label="Play">
          <Icon name="play" filled />
        </button>
      )}
      <div className="card-info">
        <Link className="card-author" to={`/u/${encodeURIComponent(author.username)}`}>
          <Avatar user={author} size="sm" />
          <span className="card-name">{author.displayName || author.username}</span>
          <span className="card-handle">@{author.username}</span>
        </Link>
        {post.caption && <p className="card-caption">{post.caption}</p>}
        <div className="card-meta">
          <ProvenanceBadge provenance={post.provenance} />
          {post.remixOf &&
            (post.remixOf.id ? (
              <Link className="chip chip--remix" to={`/p/${encodeURIComponent(post.remixOf.id)}`}>
                <Icon name="remix" /> Remix of {post.remixOf.author ? `@${post.remixOf.author.username}` : 'a video'}
              </Link>
            ) : (
              <span className="chip chip--remix">
                <Icon name="remix" /> Remix of a video you cannot see
              </span>
            ))}
          {post.visibility !== 'public' && <span className="chip">{post.visibility === 'followers' ? 'Followers only' : 'Only you'}</span>}
          <span className="card-time">{timeAgo(post.createdAt)}</span>
        </div>
      </div>
      <div className="card-rail">
        <button type="button" className={post.likedByMe ? 'rail-button rail-button--liked' : 'rail-button'} onClick={toggleLike} aria-pressed={post.likedByMe} aria-label={post.likedByMe ? 'Unlike' : 'Like'}>
          <Icon name="heart" filled={post.likedByMe} />
          <span className="rail-count" data-testid="like-count">{compactCount(post.counts.likes)}</span>
        </button>
        <button type="button" className="rail-button" onClick={onComments} aria-label="Comments">
          <Icon name="comment" />
          <span className="rail-count" data-testid="comment-count">{compactCount(post.counts.comments)}</span>
        </button>
        <button type="button" className="rail-button" onClick={() => navigate(`/create?remix=${encodeURIComponent(post.id)}`)} aria-label="Remix">
          <Icon name="remix" />
          <span className="rail-count">{post.counts.remixes ? compactCount(post.counts.remixes) : 'Remix'}</span>
        </button>
        <button type="button" className="rail-button" onClick={share} aria-label="Share">
          <Icon name="share" />
          <span className="rail-count">Share</span>
        </button>
        <button type="button" className="rail-button" onClick={() => setMenu(true)} aria-label="More">
          <Icon name="more" />
        </button>
      </div>
      {menu && <PostMenu post={post} onClose={() => setMenu(false)} onChange={onChange} onRemove={onRemove} />}
    </article>
  );
}
