import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderTestClip } from '../testing/renderTestClip.ts';
import { VIDEO_ATTACKS, attackVideo } from '../testing/videoAttacks.ts';
import { createVideoMarker } from './createVideoMarker.ts';
import { detectVideoMark } from './detectVideoMark.ts';
import { PsnrMeter } from './psnr.ts';
import videoMarkStage from './videoMarkStage.ts';

const SECONDS = 2;
const KEY = 'klappe-test-instance-key-1';
const OTHER_KEY = 'klappe-test-instance-key-2';
const PAYLOAD = { instance: 0x2a17, video: 0x9c41_07d3_5e28n };
const PROMPT = 'a red ball bounces on a wooden floor';

describe('invisible video mark on a real render', () => {
  let dir: string;
  let marked: string;
  let unmarked: string;
  let otherKey: string;
  const psnr = new PsnrMeter();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-wm-'));
    marked = join(dir, 'marked.mp4');
    unmarked = join(dir, 'unmarked.mp4');
    otherKey = join(dir, 'other-key.mp4');
    const marker = createVideoMarker({ key: KEY, payload: PAYLOAD });
    await renderTestClip({ prompt: PROMPT, output: marked, seconds: SECONDS, luma: marker, onLuma: (a, b) => psnr.add(a, b) });
    await renderTestClip({ prompt: PROMPT, output: unmarked, seconds: SECONDS });
    const other = createVideoMarker({ key: OTHER_KEY, payload: PAYLOAD });
    await renderTestClip({ prompt: PROMPT, output: otherKey, seconds: SECONDS, luma: other });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps PSNR ≥ 40 dB against the unmarked frames', () => {
    assert.ok(psnr.db >= 40, `PSNR ${psnr.db.toFixed(2)} dB`);
    assert.ok(Number.isFinite(psnr.db), 'the frames were changed');
  });

  it('reads the payload back from the delivered file', async () => {
    const r = await detectVideoMark(marked, { keys: [{ instance: PAYLOAD.instance, key: KEY }] });
    assert.equal(r.found, true);
    assert.deepEqual(r.payload, PAYLOAD);
    assert.equal(r.instance, PAYLOAD.instance);
    assert.ok(r.bitAccuracy! >= 0.98, `bit accuracy ${r.bitAccuracy}`);
    assert.equal(r.framesUsed, SECONDS * 30);
    assert.ok(r.confidence > 0.999999);
  });

  it('reports unmarked video, and video marked with another key, as unmarked', async () => {
    for (const file of [unmarked, otherKey]) {
      const r = await detectVideoMark(file, { keys: [{ key: KEY }] });
      assert.equal(r.found, false, file);
      assert.equal(r.payload, undefined);
      assert.equal(r.confidence, 0);
    }
  });

  it('picks the matching key from a list of candidates', async () => {
    const r = await detectVideoMark(otherKey, { keys: [{ instance: 1, key: KEY }, { instance: 2, key: OTHER_KEY }] });
    assert.equal(r.found, true);
    assert.equal(r.instance, 2);
    assert.deepEqual(r.payload, PAYLOAD);
  });

  for (const attack of VIDEO_ATTACKS) {
    it(`survives ${attack.name}`, async () => {
      const out = join(dir, `${attack.name.replace(/[^a-z0-9]+/gi, '-')}.mp4`);
      await attackVideo(marked, out, attack, SECONDS);
      const r = await detectVideoMark(out, { keys: [{ key: KEY }] });
      assert.equal(r.found, true, `${attack.name}: sync z ${r.syncZ.toFixed(1)}`);
      assert.deepEqual(r.payload, PAYLOAD);
      assert.ok(r.bitAccuracy! >= 0.95, `${attack.name}: bit accuracy ${r.bitAccuracy}`);
    });
  }

  it('identifies a re-encoded copy that lost its metadata (C2PA manifest stripped)', async () => {
    const out = join(dir, 'stripped.mp4');
    await attackVideo(marked, out, VIDEO_ATTACKS[0]!, SECONDS);
    const bytes = readFileSync(out).toString('latin1');
    assert.equal(bytes.includes('c2pa'), false, 'no manifest left in the copy');
    const r = await detectVideoMark(out, { keys: [{ key: OTHER_KEY }, { key: KEY }] });
    assert.equal(r.found, true);
    assert.deepEqual(r.payload, PAYLOAD);
  });

  it('marks the same through the engine frame stage, frame by frame in any order', () => {
    const width = 720;
    const height = 1280;
    const frame = new Uint8Array(width * height);
    for (let i = 0; i < frame.length; i++) frame[i] = 16 + ((i * 7919) % 200);
    const stage = videoMarkStage(
      { key: KEY, instance: PAYLOAD.instance, video: PAYLOAD.video.toString() },
      { width, height, fps: 30, frameCount: 60 },
    );
    const direct = createVideoMarker({ key: KEY, payload: PAYLOAD });
    const a = frame.slice();
    const b = frame.slice();
    const c = frame.slice();
    stage.luma(a, width, height, 7);
    direct(new Uint8Array(width * height), width, height, 3); // an earlier call does not matter
    direct(b, width, height, 7);
    stage.luma(c, width, height, 7);
    assert.deepEqual(a, b);
    assert.deepEqual(a, c);
    assert.notDeepEqual(a, frame);
    assert.throws(() => videoMarkStage({ key: KEY, instance: 1, video: 'abc' }, { width, height, fps: 30, frameCount: 1 }));
  });
});
