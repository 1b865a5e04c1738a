import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createEmptyPlan, renderAudio, simulate, type StereoAudio } from '@klappe/engine';
import { measureIntegratedLoudness, measureTruePeak } from '@klappe/engine';
import { AUDIO_ATTACKS, encodeAudio, renderTestAudio } from '../testing/audioAttacks.ts';
import { detectAudioMark } from './detectAudioMark.ts';
import { embedAudioMark } from './embedAudioMark.ts';

const KEY = 'klappe-test-audio-key';
const PAYLOAD = 0xc0ffee42;
const SECONDS = 4;

function powerDb(a: StereoAudio, b?: StereoAudio): number {
  let s = 0;
  for (let i = 0; i < a.left.length; i++) {
    s += (a.left[i]! - (b?.left[i] ?? 0)) ** 2 + (a.right[i]! - (b?.right[i] ?? 0)) ** 2;
  }
  return 10 * Math.log10(s / a.left.length);
}

describe('audio mark on real sound tracks', () => {
  let dir: string;
  let impacts: StereoAudio;
  let ambience: StereoAudio;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-wma-'));
    impacts = await renderTestAudio('three wooden crates and a big metal anvil fall in a kitchen', SECONDS);
    // Ambience only: an empty beach, nothing happening.
    const plan = createEmptyPlan({ width: 720, height: 1280, fps: 30, duration: SECONDS, seed: 3, setting: 'beach' });
    ambience = renderAudio(await simulate(plan));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stays ≥ 25 dB under the programme and keeps the loudness and true-peak ceiling', () => {
    for (const track of [impacts, ambience]) {
      const marked = embedAudioMark(track, { key: KEY, payload: PAYLOAD });
      const level = powerDb(marked, track) - powerDb(track);
      assert.ok(level <= -25, `mark at ${level.toFixed(1)} dB`);
      assert.ok(level > -60, 'the mark is there');
      const lufs = measureIntegratedLoudness(marked);
      assert.ok(Math.abs(lufs - measureIntegratedLoudness(track)) < 0.1, `loudness ${lufs}`);
      assert.ok(Math.abs(lufs + 14) < 1, `loudness ${lufs} LUFS`);
      assert.ok(measureTruePeak(marked) <= -1, `true peak ${measureTruePeak(marked)} dBTP`);
    }
  });

  for (const [name, track] of [['impacts', () => impacts], ['quiet ambience only', () => ambience]] as const) {
    it(`${name}: the payload survives ${AUDIO_ATTACKS.map((a) => a.name).join(' and ')}`, async () => {
      const marked = embedAudioMark(track(), { key: KEY, payload: PAYLOAD });
      const direct = await detectAudioMark(marked, { keys: [{ instance: 5, key: KEY }] });
      assert.equal(direct.found, true);
      assert.equal(direct.payload, PAYLOAD);
      assert.equal(direct.instance, 5);
      for (const attack of AUDIO_ATTACKS) {
        const file = join(dir, `${name.replace(/\W+/g, '-')}.${attack.extension}`);
        await encodeAudio(marked, file, attack.codecArgs);
        const r = await detectAudioMark(file, { keys: [{ key: 'some-other-key' }, { key: KEY }] });
        assert.equal(r.found, true, `${attack.name}: sync z ${r.syncZ.toFixed(1)}`);
        assert.equal(r.payload, PAYLOAD);
      }
    });
  }

  it('finds nothing in unmarked audio or under another key', async () => {
    assert.equal((await detectAudioMark(impacts, { keys: [{ key: KEY }] })).found, false);
    const other = embedAudioMark(impacts, { key: 'some-other-key', payload: PAYLOAD });
    assert.equal((await detectAudioMark(other, { keys: [{ key: KEY }] })).found, false);
  });

  it('rejects payloads out of range', () => {
    assert.throws(() => embedAudioMark(impacts, { key: KEY, payload: 2 ** 32 }));
    assert.throws(() => embedAudioMark(impacts, { key: KEY, payload: -1 }));
  });
});
