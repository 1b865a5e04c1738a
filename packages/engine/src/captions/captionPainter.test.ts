import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { expectMatchesGolden } from '../testing/expectGolden.ts';
import type { SpokenLine } from '../timeline/Timeline.ts';
import { seconds } from '../units/units.ts';
import { captionCues } from './captionCues.ts';
import { captionFontFamilies } from './captionFonts.ts';
import { captionLayout } from './captionLayout.ts';
import { drawCue } from './captionPainterOf.ts';

const W = 360;
const H = 640;

/** A spoken line with evenly timed words (no synthesis needed to test drawing). */
function lineOf(text: string, language: string, words = text.split(' ')): SpokenLine {
  return {
    speaker: 'person-1', text, language, start: seconds(0), end: seconds(words.length * 0.3),
    words: words.map((w, i) => ({ text: w, start: seconds(i * 0.3), end: seconds(i * 0.3 + 0.25) })),
    phonemes: [],
  };
}

function render(line: SpokenLine): { rgba: Uint8Array; ink: number } {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d', { alpha: false });
  const sky = ctx.createLinearGradient(0, 0, 0, H);
  sky.addColorStop(0, '#7fb2d9');
  sky.addColorStop(1, '#d9c59a');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, W, H);
  const layout = captionLayout(W, H);
  const cue = captionCues([line], { maxLineUnits: layout.lineUnits })[0]!;
  drawCue(ctx, cue, captionFontFamilies(cue.lines.join(' '), cue.language), layout);
  const data = canvas.data();
  const rgba = new Uint8Array(data.buffer, data.byteOffset, W * H * 4);
  let ink = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! > 240 && rgba[i + 1]! > 240 && rgba[i + 2]! > 240) ink++;
  return { rgba, ink };
}

const golden = (name: string) => fileURLToPath(new URL(`./__golden__/${name}.png`, import.meta.url));

describe('burned-in captions', () => {
  const cases: [string, SpokenLine][] = [
    ['captions-latin', lineOf('Excuse me, where is the central station? I think I am lost.', 'en')],
    ['captions-cjk', lineOf('你好，请问火车站在哪里？我好像迷路了。', 'zh', ['你好，', '请问', '火车站', '在', '哪里？', '我', '好像', '迷路了。'])],
    ['captions-arabic', lineOf('مرحبا، أين المحطة؟ أظن أنني ضائع.', 'ar')],
    ['captions-devanagari', lineOf('नमस्ते, स्टेशन कहाँ है? मुझे लगता है मैं खो गया हूँ।', 'hi')],
  ];
  for (const [name, line] of cases) {
    it(`${name}: drawn inside the 9:16 safe area and matches its golden`, () => {
      const { rgba, ink } = render(line);
      assert.ok(ink > 800, `${name}: only ${ink} white text pixels`);
      // Nothing drawn in the bottom 22 % or the right 15 % (platform interface).
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          if (y < H * 0.78 && x < W * 0.85) continue;
          const i = (y * W + x) * 4;
          assert.ok(!(rgba[i]! > 240 && rgba[i + 1]! > 240 && rgba[i + 2]! > 240), `${name}: text at ${x},${y}`);
        }
      }
      expectMatchesGolden(golden(name), rgba, W, H);
    });
  }
});
