/**
 * Who speaks when, for the camera: the plan's lines spoken by members of the cast (narration is
 * heard, not seen), with their times from the synthesis when known, else estimated from the
 * text. And whether the plan leaves the camera free to frame them.
 */
import { NARRATOR } from '../../plan/speechSchema.ts';
import type { ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';

export interface SpeakerTurn {
  /** Index of the speaker in the timeline's entities. */
  speaker: number;
  start: number;
  end: number;
}

/** A line's timing as the synthesis gave it (Timeline.speech has this shape). */
export interface TimedLine {
  speaker: string;
  start: number;
  end: number;
}

/** Seconds a line of `text` takes at an ordinary speaking rate (about 175 words a minute). */
export function estimatedLineSeconds(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return 0.25 + 0.34 * Math.max(1, words);
}

/** The camera frames speakers when the plan names no subject, asks for no moves and is not an aerial view. */
export function speakersMayBeFramed(plan: ScenePlan): boolean {
  const c = plan.camera;
  return c.subject === undefined && c.framing !== 'aerial' && c.moves.every((m) => m.type === 'static');
}

export function speakerTurnsOf(plan: ScenePlan, entities: readonly TimelineEntity[], timed?: readonly TimedLine[]): SpeakerTurn[] {
  const lines: TimedLine[] = timed
    ? [...timed]
    : (plan.speech?.lines ?? []).map((l) => ({ speaker: l.speaker, start: l.start, end: l.start + (l.duration ?? estimatedLineSeconds(l.text)) }));
  return lines
    .filter((l) => l.speaker !== NARRATOR && l.end > l.start)
    .map((l) => ({ speaker: entities.findIndex((e) => e.id === l.speaker), start: l.start, end: l.end }))
    .filter((t) => t.speaker >= 0)
    .sort((a, b) => a.start - b.start || a.speaker - b.speaker);
}
