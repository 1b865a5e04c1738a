import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineEvent } from '../../timeline/Timeline.ts';
import { frameIndex, seconds } from '../../units/units.ts';
import { eventsInWindow } from './eventWindow.ts';

const ev = (t: number): TimelineEvent => ({ type: 'footstep', time: seconds(t), frame: frameIndex(Math.round(t * 30)), entity: 'p', position: [0, 0, 0], material: 'sand' });

test('only events from the last `life` seconds, up to now, are returned, with their indices', () => {
  const events = [0.1, 0.5, 0.9, 1.0, 1.4, 2.0].map(ev);
  const got = eventsInWindow(events, 1.0, 0.6);
  assert.deepEqual(got.map((g) => g.index), [1, 2, 3]);
  assert.deepEqual(eventsInWindow(events, 0.05, 1), []);
});
