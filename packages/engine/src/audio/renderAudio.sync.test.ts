/**
 * What you hear happens when you see it: onsets found by analysing the rendered samples
 * (not by reading the event list back) line up with the timeline's events within one frame.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import type { TimelineEvent } from '../timeline/Timeline.ts';
import { simulate } from '../world/simulate.ts';
import { detectOnsets } from './analysis/detectOnsets.ts';
import { renderAudio } from './renderAudio.ts';
import { contactEvent, footstepEvent, makeTimeline, splashEvent } from './testing/makeTimeline.ts';

/**
 * Every event has an onset within one frame; with `strict`, every onset also belongs to an
 * event (a footstep's toe lands up to 0.1 s after its heel; a splash's bubbles pop for 0.6 s).
 */
function assertInSync(events: readonly TimelineEvent[], onsets: readonly number[], fps: number, strict: boolean): void {
  const frame = 1 / fps;
  for (const e of events) {
    const nearest = Math.min(...onsets.map((t) => Math.abs(t - e.time)));
    assert.ok(nearest <= frame, `${e.type} at ${e.time.toFixed(3)} s: nearest onset ${nearest.toFixed(3)} s away (onsets ${onsets.map((t) => t.toFixed(3))})`);
  }
  if (!strict) return;
  for (const t of onsets) {
    if (t < 0.05) continue; // the ambience itself starting with the clip
    const after = (e: TimelineEvent): number => (e.type === 'footstep' ? 0.1 : e.type === 'splash' ? 0.6 : 0);
    const belongs = events.some((e) => Math.abs(t - e.time) <= frame || (t > e.time && t - e.time < after(e)));
    assert.ok(belongs, `onset at ${t.toFixed(3)} s matches no event`);
  }
}

describe('renderAudio: sound in sync with the picture', () => {
  it('starts every impact, splash and footstep within one frame of its event (several materials and sizes)', () => {
    const events = [
      contactEvent(0.31, 'pan', ['metal', 'concrete'], 2),
      contactEvent(0.77, 'ball', ['wood', 'concrete'], 1),
      contactEvent(1.213, 'marble', ['glass', 'concrete'], 0.03),
      contactEvent(1.62, 'ball', ['rubber', 'concrete'], 3),
      contactEvent(2.05, 'pan', ['stone', 'concrete'], 5, { position: [1, 0, 0] }),
      contactEvent(2.4, 'ball', ['plastic', 'metal'], 0.4, { b: 'pan' }),
      contactEvent(2.93, 'pan', ['metal', 'concrete'], 0.3, { position: [-1, 0, 0] }),
      contactEvent(3.3, 'ball', ['ceramic', 'concrete'], 0.8),
      splashEvent(3.75, 'ball', 3, 0.5),
      footstepEvent(4.4, 'ball', 'wood'),
      footstepEvent(4.9, 'ball', 'tile'),
      contactEvent(5.37, 'marble', ['glass', 'concrete'], 0.05),
    ];
    const timeline = makeTimeline({
      duration: 6,
      entities: [{ id: 'pan', radius: 0.15, material: 'metal', mass: 2 }, { id: 'ball' }, { id: 'marble', kind: 'marble' }],
      events,
    });
    const onsets = detectOnsets(renderAudio(timeline));
    assertInSync(timeline.events, onsets, timeline.fps, true);
  });

  it('starts a sound on its exact sample: nothing before round(time × 48 000), sound from there on', () => {
    const time = 0.73311;
    const timeline = makeTimeline({ duration: 2, ambience: [], entities: [{ id: 'ball' }], events: [contactEvent(time, 'ball', ['wood', 'stone'], 1)] });
    const audio = renderAudio(timeline);
    const first = audio.left.findIndex((v, i) => v !== 0 || audio.right[i] !== 0);
    assert.equal(first, Math.round(time * 48000));
  });

  it('a simulated ball dropped on the floor: every bounce is heard within one frame of its contact', async () => {
    const plan = createEmptyPlan({ duration: 4, fps: 30, setting: 'studio' });
    plan.cast.push({ id: 'ball', kind: 'basketball', colour: '#e2711d', material: 'rubber', size: 1, placement: { type: 'absolute', position: [0, 1.6, 0] } });
    plan.actions.push({ entity: 'ball', type: 'drop', start: 0, height: 1.5 });
    const timeline = await simulate(plan);
    const contacts = timeline.events.filter((e) => e.type === 'contact');
    assert.ok(contacts.length >= 5, `${contacts.length} bounces`);
    const onsets = detectOnsets(renderAudio(timeline));
    assertInSync(contacts, onsets, timeline.fps, true);
  });
});
