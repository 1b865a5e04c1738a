/** The WebVTT sidecar of a clip: its spoken lines with speakers named as the plan names them. */
import type { Timeline } from '../timeline/Timeline.ts';
import { toWebVtt } from './toWebVtt.ts';

export function captionsVttOf(timeline: Timeline): string {
  const names = Object.fromEntries(timeline.plan.cast.map((e) => [e.id, e.name ?? e.label ?? e.kind]));
  return toWebVtt(timeline.speech, names, timeline.duration);
}
