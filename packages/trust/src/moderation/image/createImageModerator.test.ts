/**
 * The real classifier (nsfwjs MobileNetV2 from the package) on real pictures: a frame the
 * engine renders, a flat image, frames sampled from a video. No explicit images ship with the
 * repository, so refusals are checked through the threshold logic on the classifier's real
 * scores, not on explicit pictures.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createFrameRenderer, directPlan, ffmpegPath, frameIndex, simulate } from '@klappe/engine';
import sharp from 'sharp';
import { createImageModerator } from './createImageModerator.ts';
import { ImageDecodeError } from './decodeForClassifier.ts';
import { judgeImageScores } from './judgeImageScores.ts';
import { sampleVideoFrames } from './sampleVideoFrames.ts';

describe('image moderation', () => {
  let frame: Buffer;
  let scratch: string;
  const moderator = createImageModerator();

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'klappe-moderation-'));
    const plan = directPlan('a golden retriever walks on the beach at sunset', { width: 720, height: 1280, fps: 24, duration: 1, seed: 3 });
    const timeline = await simulate(plan);
    const rgba = createFrameRenderer(timeline).render(frameIndex(12));
    frame = await sharp(Buffer.from(rgba), { raw: { width: 720, height: 1280, channels: 4 } }).png().toBuffer();
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('allows a frame the built-in engine renders, with scores that are probabilities', async () => {
    const backend = await moderator.warmUp();
    assert.ok(backend === 'wasm' || backend === 'cpu', backend);
    const result = await moderator.classify(frame);
    assert.equal(result.allowed, true, JSON.stringify(result.scores));
    const sum = Object.values(result.scores).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 0.01, `scores sum to ${sum}`);
    assert.ok(result.scores.Porn < 0.2 && result.scores.Hentai < 0.2, JSON.stringify(result.scores));
  });

  it('gives the same scores for the same image, and reads JPEG and WebP too', async () => {
    const a = await moderator.classify(frame);
    const b = await moderator.classify(frame);
    assert.deepEqual(a.scores, b.scores);
    for (const bytes of [await sharp(frame).jpeg({ quality: 90 }).toBuffer(), await sharp(frame).webp({ quality: 90 }).toBuffer()]) {
      const r = await moderator.classify(bytes);
      assert.equal(r.allowed, true, JSON.stringify(r.scores));
    }
  });

  it('refuses when a score reaches its threshold (the real scores of a real image)', async () => {
    const { scores } = await moderator.classify(frame);
    const strict = createImageModerator({ thresholds: { sexy: scores.Sexy } });
    const refused = await strict.classify(frame);
    assert.equal(refused.allowed, false);
    assert.equal(refused.category, 'sexual');
    assert.match(refused.matched!, /^Sexy /);
    const lenient = createImageModerator({ thresholds: { sexy: Math.min(1, scores.Sexy + 0.01) } });
    assert.equal((await lenient.classify(frame)).allowed, true);
    assert.equal(judgeImageScores({ Drawing: 0.05, Hentai: 0.05, Neutral: 0.1, Porn: 0.7, Sexy: 0.1 }, moderator.thresholds).category, 'sexual');
    assert.equal(judgeImageScores({ Drawing: 0.05, Hentai: 0.05, Neutral: 0.1, Porn: 0.7, Sexy: 0.1 }, { ...moderator.thresholds, porn: 0.75 }).allowed, true);
    assert.equal(judgeImageScores({ Drawing: 0.3, Hentai: 0.55, Neutral: 0.1, Porn: 0.05, Sexy: 0 }, moderator.thresholds).matched, 'Hentai 0.55 ≥ 0.5');
  });

  it('classifies frames sampled from a video', async () => {
    const video = join(scratch, 'clip.mp4');
    execFileSync(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10', '-t', '2', '-pix_fmt', 'yuv420p', video]);
    const frames = await sampleVideoFrames(video, 4);
    assert.equal(frames.length, 4);
    for (const f of frames) assert.deepEqual((await sharp(f).metadata()).width, 224);
    const result = await moderator.classifyAll(frames);
    assert.equal(result.allowed, true);
    const refused = await createImageModerator({ thresholds: { porn: 1e-9 } }).classifyAll(frames);
    assert.equal(refused.allowed, false);
    assert.equal(refused.index, 0);
  });

  it('rejects bytes that are not an image', async () => {
    await assert.rejects(moderator.classify(Buffer.from('not an image at all')), ImageDecodeError);
  });
});
