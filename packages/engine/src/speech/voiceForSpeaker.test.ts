import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { voiceForSpeaker } from './voiceForSpeaker.ts';

describe('voiceForSpeaker', () => {
  it('is deterministic per speaker id and differs between speakers', () => {
    assert.deepEqual(voiceForSpeaker({ id: 'person-1', kind: 'person', label: 'woman' }), voiceForSpeaker({ id: 'person-1', kind: 'person', label: 'woman' }));
    const voices = ['person-1', 'person-2', 'person-3', 'person-4'].map((id) => JSON.stringify(voiceForSpeaker({ id, kind: 'person', label: 'woman' })));
    assert.ok(new Set(voices).size >= 3, voices.join('\n'));
  });

  it('gives women female variants, men male ones, children a higher pitch and a faster rate', () => {
    for (const id of ['a', 'b', 'c', 'd']) {
      assert.match(voiceForSpeaker({ id, kind: 'person', label: 'woman' }).variant, /^f\d$/);
      assert.match(voiceForSpeaker({ id, kind: 'person', label: 'old man' }).variant, /^m\d$/);
      const child = voiceForSpeaker({ id, kind: 'person', label: 'little girl' });
      const adult = voiceForSpeaker({ id, kind: 'person', label: 'woman' });
      assert.ok(child.pitch > adult.pitch + 8 && child.rate > adult.rate, JSON.stringify({ child, adult }));
    }
  });

  it('robots get a flat voice through the ring modulator, astronauts a radio, animals shifted formants', () => {
    const robot = voiceForSpeaker({ id: 'robot-1', kind: 'robot' });
    assert.equal(robot.effect, 'robot');
    assert.ok(robot.range <= 10);
    assert.equal(voiceForSpeaker({ id: 'astronaut-1', kind: 'astronaut' }).effect, 'radio');
    assert.ok(voiceForSpeaker({ id: 'bird-1', kind: 'bird' }).shift > 1.2);
    assert.ok(voiceForSpeaker({ id: 'horse-1', kind: 'horse' }).shift < 1);
    assert.equal(voiceForSpeaker({ id: 'narrator' }).effect, 'none');
  });

  it("applies a line's explicit voice settings on top", () => {
    const v = voiceForSpeaker({ id: 'robot-1', kind: 'robot' }, { pitch: 80, rate: 200, variant: 'f2', effect: 'none' });
    assert.deepEqual([v.pitch, v.rate, v.variant, v.effect], [80, 200, 'f2', 'none']);
  });
});
