import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { directPlan } from '../director/directPlan.ts';
import { generateVideo } from '../generate/generateVideo.ts';
import { createFrameRenderer } from '../render/createFrameRenderer.ts';
import { frameIndex } from '../units/units.ts';
import { simulate } from '../world/simulate.ts';

describe('captions of a generated clip', () => {
  it('writes a WebVTT sidecar beside a clip with speech, and none without speech', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klappe-captions-'));
    try {
      const plan = directPlan('a robot says "Hello there!"', { duration: 1, fps: 24 });
      const result = await generateVideo({ plan, output: join(dir, 'talk.mp4'), workers: 0 });
      assert.equal(result.captions, join(dir, 'talk.vtt'));
      const vtt = readFileSync(result.captions!, 'utf8');
      assert.match(vtt, /^WEBVTT\n/);
      assert.match(vtt, /Hello <00:00:0\d\.\d{3}>there!/);
      const silent = await generateVideo({ plan: directPlan('a ball falls', { duration: 1, fps: 24 }), output: join(dir, 'ball.mp4'), workers: 0 });
      assert.equal(silent.captions, undefined);
      assert.equal(existsSync(join(dir, 'ball.vtt')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('burns captions in only when the plan asks, inside the lower safe area', async () => {
    const plan = directPlan('a woman says "Good morning, everyone!"', { duration: 2, fps: 24 });
    const timeline = await simulate(plan);
    const burned = await simulate({ ...plan, speech: { ...plan.speech!, burnInCaptions: true } });
    const word = timeline.speech[0]!.words[1]!;
    const f = frameIndex(Math.round(((word.start + word.end) / 2) * 24));
    const a = Buffer.from(createFrameRenderer(timeline).render(f));
    const b = Buffer.from(createFrameRenderer(burned).render(f));
    const { width, height } = timeline;
    let changed = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2]) continue;
        changed++;
        assert.ok(y > height * 0.5 && y < height * 0.78 && x < width * 0.85, `pixel ${x},${y} changed outside the caption area`);
      }
    }
    assert.ok(changed > 2000, `${changed} pixels changed`);
  });
});
