/**
 * Moderation speed and quality: text moderation latency per prompt (over the labelled sets),
 * the block and false-positive rates, and image moderation latency per image (nsfwjs on
 * TensorFlow.js; wasm backend unless KLAPPE_BENCH_BACKEND=cpu).
 *
 *   node --import tsx packages/trust/bench/benchModeration.ts
 */
import sharp from 'sharp';
import { createImageModerator } from '../src/moderation/image/createImageModerator.ts';
import { createTextModerator } from '../src/moderation/text/createTextModerator.ts';
import { readTestSet, scoreTestSets } from '../src/moderation/testsets/scoreTestSets.ts';

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

let t = performance.now();
const moderator = createTextModerator();
const compileMs = performance.now() - t;
console.log(`text: compiled ${moderator.stats.terms} terms, ${moderator.stats.nearRules} near rules, ${moderator.stats.allowPhrases} allow phrases, ${moderator.stats.publicFigures} public figures, ${moderator.stats.characters} characters in ${ms(compileMs)}`);

const prompts = [...readTestSet('disallowed'), ...readTestSet('benign')].map((p) => p.text);
const long = `${prompts.slice(0, 40).join('. ')}.`; // a ~2,000-character prompt
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const p of prompts) {
    const s = performance.now();
    moderator.moderate(p);
    times.push(performance.now() - s);
  }
}
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`text: ${times.length} prompts: mean ${ms(mean)}, p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))} per prompt`);
t = performance.now();
for (let i = 0; i < 50; i++) moderator.moderate(long);
console.log(`text: a ${long.length}-character prompt: ${ms((performance.now() - t) / 50)}`);

const score = scoreTestSets(moderator.moderate);
console.log(`text: blocked ${(score.blockRate * 100).toFixed(1)}% of ${score.disallowed} disallowed prompts (target ≥ 98%); false positives ${(score.falsePositiveRate * 100).toFixed(1)}% of ${score.benign} benign prompts (target ≤ 2%)`);

const backend = process.env.KLAPPE_BENCH_BACKEND === 'cpu' ? 'cpu' : 'wasm';
const images = createImageModerator({ backend });
t = performance.now();
const used = await images.warmUp();
console.log(`image: model loaded on the ${used} backend in ${ms(performance.now() - t)}`);
const inputs: Buffer[] = [];
for (let i = 0; i < 8; i++) {
  const w = 720;
  const h = 1280;
  const pixels = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const o = (y * w + x) * 3;
    pixels[o] = (x * (i + 1)) & 255;
    pixels[o + 1] = (y * (8 - i)) & 255;
    pixels[o + 2] = ((x ^ y) * 3) & 255;
  }
  inputs.push(await sharp(pixels, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toBuffer());
}
const imageTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const img of inputs) {
    const s = performance.now();
    await images.classify(img);
    imageTimes.push(performance.now() - s);
  }
}
const imageMean = imageTimes.reduce((a, b) => a + b, 0) / imageTimes.length;
console.log(`image: ${imageTimes.length} 720x1280 JPEGs (decode + resize + classify): mean ${ms(imageMean)}, p50 ${ms(quantile(imageTimes, 0.5))}, p95 ${ms(quantile(imageTimes, 0.95))} per image`);
console.log(`image: per image / per prompt = ${(imageMean / mean).toFixed(0)}×`);
