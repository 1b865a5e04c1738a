import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MixBus } from '../mix/MixBus.ts';
import { contactEvent, footstepEvent, makeTimeline, splashEvent } from '../testing/makeTimeline.ts';
import type { TimelineEvent } from '../../timeline/Timeline.ts';
import { renderEvents } from './renderEvents.ts';

function render(events: TimelineEvent[], seed = 3): MixBus {
  const timeline = makeTimeline({ duration: 3, ambience: [], entities: [{ id: 'ball' }, { id: 'walker', kind: 'person' }], events });
  const bus = new MixBus(3 * 48000);
  renderEvents(timeline, bus, seed);
  return bus;
}

describe('renderEvents', () => {
  it('starts each sound on the sample of its event time', () => {
    for (const event of [contactEvent(1.23456, 'ball', ['rubber', 'concrete'], 2), splashEvent(0.5001, 'ball', 2, 1), footstepEvent(2.2, 'walker', 'grass')]) {
      const bus = render([event]);
      assert.equal(bus.left.findIndex((v) => v !== 0), Math.round(event.time * 48000), event.type);
    }
  });

  it('adding an event does not change how the others sound', () => {
    // A short rubber bounce inserted before the knock (so the knock moves down the list).
    const knock = contactEvent(1, 'ball', ['wood', 'concrete'], 1);
    const alone = render([knock]);
    const withAnother = render([contactEvent(0.2, 'ball', ['rubber', 'concrete'], 1), knock]);
    assert.ok(withAnother.left.slice(9600, 12000).some((v) => Math.abs(v) > 1e-3), 'the bounce is heard…');
    for (let i = 48000; i < 3 * 48000; i++) assert.equal(alone.left[i], withAnother.left[i]);
  });

  it('a hit further from the camera is quieter (gently: −3.6 dB per doubling)', () => {
    const energy = (bus: MixBus) => bus.left.reduce((e, v) => e + v * v, 0) + bus.right.reduce((e, v) => e + v * v, 0);
    const near = energy(render([contactEvent(0.5, 'ball', ['wood', 'concrete'], 2, { position: [0, 0, 2] })]));
    const far = energy(render([contactEvent(0.5, 'ball', ['wood', 'concrete'], 2, { position: [0, 0, -12] })]));
    const db = 10 * Math.log10(near / far);
    assert.ok(db > 5 && db < 12, `${db.toFixed(1)} dB`);
  });

  it('a hit sounds of the ground it lands on', () => {
    const energyAt = (bus: MixBus) => bus.left.reduce((e, v) => e + v * v, 0);
    const onTile = render([contactEvent(0.5, 'ball', ['metal', 'tile'], 2)]);
    const onSand = render([contactEvent(0.5, 'ball', ['metal', 'sand'], 2)]);
    assert.ok(energyAt(onSand) < energyAt(onTile), 'sand smothers the ring');
  });

  it('skips malformed events instead of filling the mix with NaN', () => {
    const bad = { ...contactEvent(1, 'ball', ['wood', 'concrete'], 1), time: Number.NaN } as TimelineEvent;
    const bus = render([bad, contactEvent(2, 'ball', ['wood', 'concrete'], Number.NaN)]);
    assert.ok(bus.left.every(Number.isFinite));
  });
});
