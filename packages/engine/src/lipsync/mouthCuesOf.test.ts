import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mouthCuesOf, simultaneousMerged } from './mouthCuesOf.ts';
import { mouthShapeAt } from './mouthShapeAt.ts';
import { shapesOfPhoneme } from './shapeOfPhoneme.ts';
import { HELLO_PHONEMES, spokenLine } from './testing/spokenLine.ts';

const LINE = spokenLine('alice', 0.4, HELLO_PHONEMES);

test('cues cover the line in order without overlaps, resting outside it', () => {
  const cues = mouthCuesOf(LINE);
  assert.ok(cues.length > 20);
  for (let i = 1; i < cues.length; i++) {
    assert.ok(cues[i]!.start >= cues[i - 1]!.end - 1e-9, `cue ${i} overlaps`);
    assert.notEqual(cues[i]!.shape, cues[i - 1]!.shape, `cue ${i} repeats its shape`);
  }
  assert.equal(mouthShapeAt(cues, 0.2), 'X');
  assert.equal(mouthShapeAt(cues, LINE.end + 0.1), 'X');
  // The 340 ms pause after "Robo" rests the mouth.
  const pause = LINE.phonemes.find((p, i) => p.phoneme === 'oʊ' && i > 15)!.end + 0.15;
  assert.equal(mouthShapeAt(cues, pause), 'X');
});

for (const fps of [24, 30]) {
  test(`at ${fps} fps every mouth-shape change is within one frame of a phoneme boundary`, () => {
    const frame = 1 / fps;
    const cues = mouthCuesOf(LINE);
    // Phoneme starts and ends, and where a diphthong's first sound gives way to the second.
    const boundaries = simultaneousMerged(LINE.phonemes).flatMap((p) => {
      const shapes = shapesOfPhoneme(p.phoneme, 'X');
      const split = shapes.length > 1 ? [p.start + (p.end - p.start) * shapes[0]!.share] : [];
      return [Number(p.start), ...split, Number(p.end)];
    });
    const near = (t: number): boolean => boundaries.some((b) => Math.abs(b - t) <= frame + 1e-9);
    for (const c of cues) {
      assert.ok(near(c.start), `change to ${c.shape} at ${c.start.toFixed(3)} s`);
      assert.ok(near(c.end), `change from ${c.shape} at ${c.end.toFixed(3)} s`);
    }
    // Sampled at the frame times (what the renderer does): every phoneme long enough to be
    // seen shows its shape within one frame of its start.
    for (const p of simultaneousMerged(LINE.phonemes)) {
      const shapes = shapesOfPhoneme(p.phoneme);
      const held = (p.end - p.start) * (shapes[0]?.share ?? 0);
      if (shapes.length === 0 || held < frame) continue;
      const expected = held >= 0.1 && shapes[0]!.long ? shapes[0]!.long : shapes[0]!.shape;
      const first = Math.ceil((p.start - frame) * fps - 1e-9);
      const last = Math.floor((p.start + frame) * fps + 1e-9);
      const seen: string[] = [];
      for (let f = first; f <= last; f++) seen.push(mouthShapeAt(cues, f / fps));
      assert.ok(seen.includes(expected), `${p.phoneme} at ${p.start.toFixed(3)} s: ${expected} not among ${seen.join('')}`);
    }
  });
}

test('lips close before p, b and m: early, but never by more than the slack', () => {
  const cues = mouthCuesOf(LINE);
  for (const p of LINE.phonemes.filter((q) => /^[pbm]$/.test(q.phoneme))) {
    const cue = cues.find((c) => c.start <= p.start && c.end > p.start)!;
    assert.equal(cue.shape, 'A', `${p.phoneme} at ${p.start}`);
    const lead = p.start - cue.start;
    assert.ok(lead <= 0.03 + 1e-9, `lead ${lead}`);
  }
  // After a vowel, the closure starts early (and the lips then stay shut at least 4 cs).
  const b = LINE.phonemes.find((q) => q.phoneme === 'b')!;
  const closed = cues.find((c) => c.start <= b.start && c.end > b.start)!;
  assert.ok(b.start - closed.start > 0.02);
  assert.ok(closed.end - closed.start >= 0.04);
});

test('a wide mouth closes through an in-between shape; puckered to open passes through rounded', () => {
  const closing = mouthCuesOf(spokenLine('a', 0, [['ˈɑː', 0.3], ['m', 0.12], ['ˈɑː', 0.3]]));
  assert.deepEqual(closing.map((c) => c.shape), ['D', 'C', 'A', 'D']);
  const c = closing[1]!;
  assert.ok(c.end - c.start >= 0.02 && c.end - c.start <= 0.031);
  // It pops open again without one.
  const rounding = mouthCuesOf(spokenLine('a', 0, [['uː', 0.3], ['ɛ', 0.3]]));
  assert.deepEqual(rounding.map((q) => q.shape), ['F', 'E', 'C']);
  // Too short to show: no in-between.
  assert.deepEqual(mouthCuesOf(spokenLine('a', 0, [['ɑ', 0.05], ['m', 0.05]])).map((q) => q.shape), ['D', 'A']);
});

test('held sounds open further: a long l shows the tongue, a long schwa opens', () => {
  assert.deepEqual(mouthCuesOf(spokenLine('a', 0, [['l', 0.06], ['ə', 0.06]])).map((q) => q.shape), ['B']);
  assert.deepEqual(mouthCuesOf(spokenLine('a', 0, [['l', 0.15], ['ə', 0.15]])).map((q) => q.shape), ['H', 'C']);
});

test('short gaps keep the shape, longer ones rest; h takes the next vowel\'s shape', () => {
  const cues = mouthCuesOf(spokenLine('a', 0, [['ˈɑː', 0.2], ['', 0.05], ['ɑ', 0.2], ['', 0.3], ['h', 0.06], ['ˈɑ', 0.2]]));
  assert.equal(mouthShapeAt(cues, 0.22), 'D');
  assert.equal(mouthShapeAt(cues, 0.6), 'X');
  assert.equal(mouthShapeAt(cues, 0.78), 'D');
  assert.deepEqual(mouthCuesOf(spokenLine('a', 0, [])), []);
});

test('the same line always gives the same cues', () => {
  assert.deepEqual(mouthCuesOf(LINE), mouthCuesOf(structuredClone(LINE)));
});

test('sounds reported at the same moment share it ("l" and "f" in "shelf")', () => {
  const line = spokenLine('a', 0, [['ˈɛ', 0.2], ['l', 0.1], ['', 0.2]]);
  line.phonemes.push({ ...line.phonemes[1]!, phoneme: 'f' });
  const cues = mouthCuesOf(line);
  assert.deepEqual(cues.map((c) => c.shape), ['C', 'B', 'G']);
  assert.ok(Math.abs(cues[2]!.start - 0.26) < 1e-9, 'the second sound takes the last 40%');
});
