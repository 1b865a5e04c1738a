import { useEffect, useRef, useState } from 'react';
import type { Post } from '../api/types.ts';
import { VideoCard } from './VideoCard.tsx';
import { CommentsSheet } from './CommentsSheet.tsx';

/**
 * Vertical full-screen snap scrolling. The card most in view plays (muted until tapped), the
 * next one is preloaded, the rest only fetch their poster. Near the end, `onNearEnd` asks for more.
 */
export function VideoFeed({ posts, onChange, onRemove, onNearEnd }: { posts: Post[]; onChange(p: Post): void; onRemove(id: string): void; onNearEnd?(): void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [commentsId, setCommentsId] = useState<string | null>(null);
  const commentsFor = commentsId ? (posts.find((p) => p.id === commentsId) ?? null) : null;

  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting && entry.intersectionRatio >= 0.6) setActive(Number((entry.target as HTMLElement).dataset.index));
        }
      },
      { root, threshold: [0.6] },
    );
    for (const el of Array.from(root.children)) observer.observe(el);
    return () => observer.disconnect();
  }, [posts.length]);

  useEffect(() => {
    if (active >= posts.length - 3) onNearEnd?.();
  }, [active, posts.length, onNearEnd]);

  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    function onKey(e: KeyboardEvent) {
      if (commentsFor || (e.target as HTMLElement).closest('input, textarea, select')) return;
      if (e.key === 'ArrowDown' || e.key === 'j') root!.scrollBy({ top: root!.clientHeight, behavior: 'smooth' });
      if (e.key === 'ArrowUp' || e.key === 'k') root!.scrollBy({ top: -root!.clientHeight, behavior: 'smooth' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commentsFor]);

  return (
    <>
      <div className="feed" ref={scroller}>
        {posts.map((post, i) => (
          <div className="feed-item" data-index={i} key={post.id}>
            <VideoCard
              post={post}
              active={i === active && !commentsFor}
              preload={i === active ? 'auto' : i === active + 1 ? 'auto' : 'metadata'}
              onChange={onChange}
              onRemove={onRemove}
              onComments={() => setCommentsId(post.id)}
            />
          </div>
        ))}
      </div>
      {commentsFor && (
        <CommentsSheet
          post={commentsFor}
          onClose={() => setCommentsId(null)}
          onCount={(n) => onChange({ ...commentsFor, counts: { ...commentsFor.counts, comments: n } })}
        />
      )}
    </>
  );
}
