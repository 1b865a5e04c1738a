import { mkdirSync } from 'node:fs';
import { embedAudioMark } from '../src/watermark/audio/embedAudioMark.ts';
import { detectAudioMark } from '../src/watermark/audio/detectAudioMark.ts';
import { AUDIO_ATTACKS, encodeAudio, renderTestAudio } from '../src/watermark/testing/audioAttacks.ts';
const dir = '/tmp/wma'; mkdirSync(dir, { recursive: true });
const key = 'audio-key'; const payload = 0xbeef;
const seconds = Number(process.argv[2] ?? 3); const strength = Number(process.argv[3] ?? 0.056);
const prompts = ['a red ball bounces on a wooden floor', 'a dog walks on the beach at sunset', 'three wooden crates and a big metal anvil fall in a kitchen', 'a paper boat floats on a quiet pond at night'];
for (const prompt of prompts) {
  const a = await renderTestAudio(prompt, seconds);
  const m = embedAudioMark(a, { key, payload, strength });
  let pin = 0, pw = 0; for (let i = 0; i < a.left.length; i++) { pin += a.left[i]! ** 2 + a.right[i]! ** 2; pw += (m.left[i]! - a.left[i]!) ** 2 + (m.right[i]! - a.right[i]!) ** 2; }
  const row = [prompt.slice(0, 28).padEnd(28), `mark ${(10 * Math.log10(pw / pin)).toFixed(1)} dB`];
  const r0 = await detectAudioMark(m, { keys: [{ key }] }); row.push(`raw ${r0.found} ${r0.bitAccuracy?.toFixed(2)} z${r0.syncZ.toFixed(1)}`);
  for (const at of AUDIO_ATTACKS) { const p = `${dir}/x.${at.extension}`; await encodeAudio(m, p, at.codecArgs); const r = await detectAudioMark(p, { keys: [{ key }] }); row.push(`${at.name.split(' ')[0]} ${r.found && r.payload === payload} ${r.bitAccuracy?.toFixed(2)} z${r.syncZ.toFixed(1)}`); }
  const u = await detectAudioMark(a, { keys: [{ key }] }); row.push(`unmarked ${u.found}`);
  console.log(row.join(' | '));
}
