/** A draft row (with its video's state) → the Draft object of the API. */
import type { DraftWithVideo } from '../store/DraftStore.ts';

export interface DraftView {
  id: string;
  status: string;
  progress: number;
  prompt: string | null;
  preset: string | null;
  style: string | null;
  aspect: string;
  seconds: number;
  size: string;
  seed: number;
  createdAt: number;
  completedAt: number | null;
  error: { code: string; message: string } | null;
  remixOf: { postId: string } | null;
  postId: string | null;
  previewUrl: string;
  videoUrl: string | null;
  thumbnailUrl: string | null;
  eventsUrl: string;
}

export function draftView(d: DraftWithVideo): DraftView {
  const base = `/app/api/drafts/${d.video_id}`;
  const done = d.status === 'completed' && !d.assets_expired;
  return {
    id: d.video_id,
    status: d.status,
    progress: d.progress,
    prompt: d.prompt,
    preset: d.preset,
    style: d.style,
    aspect: d.aspect,
    seconds: Number(d.seconds),
    size: d.size,
    seed: d.seed,
    createdAt: d.created_at,
    completedAt: d.completed_at,
    error: d.error_code ? { code: d.error_code, message: d.error_message ?? '' } : null,
    remixOf: d.remix_of_post_id ? { postId: d.remix_of_post_id } : null,
    postId: d.post_id,
    previewUrl: `${base}/preview.jpg`,
    videoUrl: done ? `${base}/video` : null,
    thumbnailUrl: done ? `${base}/thumbnail.jpg` : null,
    eventsUrl: `${base}/events`,
  };
}
