import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { probeMedia } from '../encode/probeMedia.ts';
import { createEmptyPlan } from '../plan/createEmptyPlan.ts';
import { parsePlan } from '../plan/parsePlan.ts';
import { SUPPORTED_SIZES, type ScenePlan } from '../plan/scenePlanSchema.ts';
import { detectOnsets } from '../audio/analysis/detectOnsets.ts';
import { decodeAudio, decodeHashes } from '../testing/decodeHashes.ts';
import { generateVideo } from './generateVideo.ts';

/** A short clip: a rubber ball dropped on a wooden floor next to a crate. */
function testPlan(overrides: Partial<ScenePlan['canvas']> = {}): ScenePlan {
  const plan = createEmptyPlan({ width: 720, height: 1280, fps: 24, duration: 1.5, seed: 7, setting: 'living-room' });
  plan.canvas = { ...plan.canvas, ...overrides };
  plan.cast = [
    { id: 'ball-1', kind: 'ball', colour: '#d62828', material: 'rubber', size: 1, placement: { type: 'auto' } },
    { id: 'crate-1', kind: 'crate', colour: '#b08152', material: 'wood', size: 1, placement: { type: 'auto' } },
  ];
  plan.actions = [{ entity: 'ball-1', type: 'drop', start: 0, height: 1.2 }];
  return parsePlan(plan);
}

describe('generateVideo', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-gen-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an H.264 + AAC MP4 with the requested size, fps and duration, plus thumbnail and spritesheet', async () => {
    const out = join(dir, 'clip.mp4');
    const result = await generateVideo({ plan: testPlan(), output: out, workers: 2 });
    const info = await probeMedia(out);
    const video = info.streams.find((s) => s.codec_type === 'video')!;
    const audio = info.streams.find((s) => s.codec_type === 'audio')!;
    assert.equal(video.codec_name, 'h264');
    assert.equal(video.pix_fmt, 'yuv420p');
    assert.equal(video.width, 720);
    assert.equal(video.height, 1280);
    assert.equal(video.r_frame_rate, '24/1');
    assert.equal(video.color_primaries, 'bt709');
    assert.equal(Number(video.nb_frames), 36);
    assert.equal(audio.codec_name, 'aac');
    assert.equal(audio.sample_rate, '48000');
    assert.equal(audio.channels, 2);
    assert.ok(Math.abs(Number(info.format.duration) - 1.5) <= 1 / 24 + 0.03, `duration ${info.format.duration}`);
    // Faststart: the moov box comes before mdat.
    const head = readFileSync(out).subarray(0, 64 * 1024).toString('latin1');
    assert.ok(head.indexOf('moov') >= 0 && head.indexOf('moov') < head.indexOf('mdat'), 'moov before mdat');
    for (const sidecar of [result.thumbnail!, result.spritesheet!]) {
      const bytes = readFileSync(sidecar);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xff, 0xd8, 0xff], `${sidecar} is a JPEG`);
    }
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.partial')), []);
  });

  it('is deterministic: the same plan gives identical decoded frames and audio, on threads or not', async () => {
    const plan = testPlan({ duration: 1 });
    const a = join(dir, 'a.mp4');
    const b = join(dir, 'b.mp4');
    await generateVideo({ plan, output: a, workers: 2, sidecars: false });
    await generateVideo({ plan, output: b, workers: 0, sidecars: false });
    const ha = await decodeHashes(a);
    const hb = await decodeHashes(b);
    assert.equal(ha.video.length, 24);
    assert.ok(ha.audio.length > 0);
    assert.deepEqual(ha.video, hb.video);
    assert.deepEqual(ha.audio, hb.audio);
    // Frames actually change over time (the ball moves).
    assert.ok(new Set(ha.video).size > 12, 'frames differ from each other');
  });

  it('keeps sound in sync through AAC: every contact is heard within one frame of its frame in the MP4', async () => {
    const plan = createEmptyPlan({ width: 720, height: 1280, fps: 30, duration: 3, seed: 3, setting: 'studio' });
    plan.audio.ambience = [];
    plan.cast = [{ id: 'ball-1', kind: 'basketball', colour: '#e2711d', material: 'rubber', size: 1, placement: { type: 'auto' } }];
    plan.actions = [{ entity: 'ball-1', type: 'drop', start: 0.2, height: 1.5 }];
    const out = join(dir, 'sync.mp4');
    const { timeline } = await generateVideo({ plan: parsePlan(plan), output: out, sidecars: false });
    const contacts = timeline.events.filter((e) => e.type === 'contact');
    assert.ok(contacts.length >= 4, `${contacts.length} bounces`);
    const decoded = await decodeAudio(out);
    const onsets = detectOnsets({ sampleRate: 48000, ...decoded });
    for (const c of contacts) {
      const contactFrameTime = c.frame / timeline.fps;
      const nearest = Math.min(...onsets.map((t) => Math.abs(t - contactFrameTime)));
      assert.ok(nearest <= 1 / timeline.fps, `contact at frame ${c.frame}: nearest onset ${nearest.toFixed(3)} s away`);
    }
  });

  it('encodes every supported size at its exact dimensions', async () => {
    for (const size of SUPPORTED_SIZES.filter((s) => s !== '720x1280')) {
      const [width, height] = size.split('x').map(Number) as [number, number];
      const plan = createEmptyPlan({ width, height, fps: 30, duration: 1, seed: 2, setting: 'studio' });
      plan.cast = [{ id: 'cube-1', kind: 'cube', colour: '#3a86ff', material: 'wood', size: 1, placement: { type: 'auto' } }];
      const out = join(dir, `size-${size}.mp4`);
      await generateVideo({ plan: parsePlan(plan), output: out, sidecars: false });
      const video = (await probeMedia(out)).streams.find((s) => s.codec_type === 'video')!;
      assert.equal(`${video.width}x${video.height}`, size);
      assert.equal(video.r_frame_rate, '30/1');
      assert.equal(Number(video.nb_frames), 30);
    }
  });

  it('leaves no partial file behind when cancelled', async () => {
    const out = join(dir, 'cancelled.mp4');
    const abort = new AbortController();
    await assert.rejects(
      generateVideo({
        plan: testPlan({ duration: 3 }),
        output: out,
        workers: 1,
        signal: abort.signal,
        onProgress: (p) => {
          if (p.framesDone === 5) abort.abort(new Error('stop'));
        },
      }),
      /stop/,
    );
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('cancelled')), []);
  });
});
