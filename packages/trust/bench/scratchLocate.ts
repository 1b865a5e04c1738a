import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { meanLuma } from '../src/watermark/video/detectVideoMark.ts';
import { locateVideoMark } from '../src/watermark/video/locateVideoMark.ts';
const dir = process.argv[2] ?? '/tmp/wm';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.mp4')).sort()) {
  const cache = `${dir}/${f}.mean`;
  let img;
  if (existsSync(cache)) { const j = JSON.parse(readFileSync(cache + '.json', 'utf8')); img = { width: j.width, height: j.height, data: new Float32Array(readFileSync(cache).buffer.slice(0)) }; }
  else { const m = await meanLuma(`${dir}/${f}`); img = m.image; writeFileSync(cache, Buffer.from(img.data.buffer)); writeFileSync(cache + '.json', JSON.stringify({ width: img.width, height: img.height })); }
  const t = performance.now();
  const r = locateVideoMark(img, [{ key: 'instance-secret-1' }]);
  console.log(f.padEnd(30), r.found, r.bitAccuracy?.toFixed(3), 'z', r.syncZ.toFixed(1), 's', r.scale?.toFixed(3), (performance.now() - t).toFixed(0), 'ms');
}
