import { mkdirSync } from 'node:fs';
import { renderTestClip } from '../src/watermark/testing/renderTestClip.ts';
import { createVideoMarker } from '../src/watermark/video/createVideoMarker.ts';
import { detectVideoMark } from '../src/watermark/video/detectVideoMark.ts';
import { VIDEO_ATTACKS, attackVideo } from '../src/watermark/testing/videoAttacks.ts';
const dir = '/tmp/wm'; mkdirSync(dir, { recursive: true });
const payload = { instance: 0x1234, video: 0xabcdef012345n };
const key = 'instance-secret-1';
const marker = createVideoMarker({ key, payload });
const seconds = Number(process.argv[2] ?? 2);
const prompt = process.argv[3] ?? 'a red ball bounces on a wooden floor';
let se = 0, n = 0, tEmbed = 0;
const t0 = performance.now();
await renderTestClip({ prompt, output: `${dir}/marked.mp4`, seconds, luma: (y, w, h, f) => { const t = performance.now(); marker(y, w, h, f); tEmbed += performance.now() - t; },
  onLuma: (a, b) => { for (let i = 0; i < a.length; i++) { const d = a[i]! - b[i]!; se += d * d; } n += a.length; } });
console.log('render', (performance.now() - t0).toFixed(0), 'ms; embed/frame', (tEmbed / (seconds * 30)).toFixed(2), 'ms; PSNR', (10 * Math.log10(255 * 255 / (se / n))).toFixed(2));
const keys = [{ key }];
const show = async (name: string, p: string) => { const t = performance.now(); const r = await detectVideoMark(p, { keys }); console.log(name.padEnd(26), r.found, r.bitAccuracy?.toFixed(3), 'z', r.syncZ.toFixed(1), 'frames', r.framesUsed, (performance.now() - t).toFixed(0), 'ms', r.payload?.video === payload.video ? 'ok' : 'BAD'); };
await show('clean', `${dir}/marked.mp4`);
for (const a of VIDEO_ATTACKS) { const out = `${dir}/${a.name.replace(/[^a-z0-9]+/gi, '_')}.mp4`; await attackVideo(`${dir}/marked.mp4`, out, a, seconds); await show(a.name, out); }
await renderTestClip({ prompt, output: `${dir}/unmarked.mp4`, seconds });
await show('unmarked', `${dir}/unmarked.mp4`);
