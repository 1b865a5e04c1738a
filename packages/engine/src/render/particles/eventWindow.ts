/** Events that are still visible at time t: those that happened in the last `life` seconds. */
import type { TimelineEvent } from '../../timeline/Timeline.ts';

/** Index of the first event with time ≥ t (events sorted by time). */
function lowerBound(events: readonly TimelineEvent[], t: number): number {
  let lo = 0, hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.time < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events with time in (t − life, t], each with its index in the timeline (a stable seed). */
export function eventsInWindow(events: readonly TimelineEvent[], t: number, life: number): { event: TimelineEvent; index: number }[] {
  const out: { event: TimelineEvent; index: number }[] = [];
  const start = lowerBound(events, t - life);
  for (let i = start; i < events.length; i++) {
    const e = events[i]!;
    if (e.time > t) break;
    if (e.time > t - life) out.push({ event: e, index: i });
  }
  return out;
}
