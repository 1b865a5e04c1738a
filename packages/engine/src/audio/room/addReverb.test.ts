import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addReverb } from './addReverb.ts';
import { roomAcousticsOf, type RoomAcoustics } from './roomAcoustics.ts';

const N = 96000;
function impulseResponse(room: RoomAcoustics): { left: Float64Array; right: Float64Array } {
  const dry = new Float64Array(N);
  dry[0] = 1;
  const left = new Float64Array(N);
  const right = new Float64Array(N);
  addReverb(dry, dry, left, right, room);
  return { left, right };
}
const energy = (x: Float64Array, from = 0, to = x.length): number => {
  let e = 0;
  for (let i = from; i < to; i++) e += x[i]! * x[i]!;
  return e;
};

describe('addReverb', () => {
  const room: RoomAcoustics = { rt60: 0.6, wet: 0.2, predelay: 0.005, damping: 8000 };
  const { left, right } = impulseResponse(room);

  it('starts after the pre-delay and carries about wet² of a click’s energy', () => {
    assert.ok(left.subarray(0, 0.005 * 48000 - 1).every((v) => v === 0));
    assert.ok(Math.abs(energy(left) / (0.2 * 0.2) - 1) < 0.2, `${energy(left)}`);
  });

  it('decays by about 60 dB over rt60', () => {
    const early = energy(left, 4800, 9600) / 4800;
    const late = energy(left, 4800 + 0.3 * 48000, 9600 + 0.3 * 48000) / 4800;
    const dropDb = 10 * Math.log10(early / late); // expected ≈ 30 dB over rt60 / 2
    assert.ok(dropDb > 22 && dropDb < 38, `${dropDb.toFixed(1)} dB in 0.3 s`);
  });

  it('is wide: the two ears get different tails', () => {
    let lr = 0;
    for (let i = 0; i < N; i++) lr += left[i]! * right[i]!;
    assert.ok(Math.abs(lr / Math.sqrt(energy(left) * energy(right))) < 0.5);
  });

  it('rooms by setting: a bathroom rings longer than a living room; space and the Moon are dry; outdoors is faint', () => {
    assert.ok(roomAcousticsOf('bathtub').rt60 > roomAcousticsOf('living-room').rt60);
    assert.equal(roomAcousticsOf('space').wet, 0);
    assert.equal(roomAcousticsOf('moon').wet, 0);
    assert.ok(roomAcousticsOf('beach').wet < roomAcousticsOf('kitchen').wet / 2);
    const dry = impulseResponse(roomAcousticsOf('space'));
    assert.ok(dry.left.every((v) => v === 0));
  });
});
