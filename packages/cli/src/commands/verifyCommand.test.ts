/**
 * `klappe generate` output carries the three signals, and `klappe verify` reports on it, on a
 * copy without C2PA, and refuses bad files with one clear line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ensureTrustKeys, stripC2paBox, type TrustKeys } from '@klappe/trust';
import { readWithC2paWasm } from '../../../trust/src/c2pa/testing/readWithC2paWasm.ts';
import { watermarkParts, type MarkPayload } from '../../../trust/src/pipeline/watermarkParts.ts';
import { decodeFrame } from '../../../trust/src/testing/decodeFrame.ts';
import { visibleMarkContrast } from '../../../trust/src/visible/testing/visibleMarkContrast.ts';

const BIN = fileURLToPath(new URL('../../bin/klappe.js', import.meta.url));

describe('klappe generate + klappe verify', () => {
  let dir: string;
  let data: string;
  let keys: TrustKeys;
  let video: string;
  let videoId: string;
  const klappe = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 180_000, env: { ...process.env, KLAPPE_DATA: data } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-cli-verify-'));
    data = join(dir, 'data');
    video = join(dir, 'ball.mp4');
    const r = klappe(['generate', 'a red ball bounces on a wooden floor', '--seconds', '2', '--fps', '24', '--handle', 'maria.films', '-o', video, '--json']);
    assert.equal(r.code, 0, r.stderr);
    videoId = JSON.parse(r.stdout).videoId;
    assert.match(videoId, /^local_[0-9a-f]{32}$/);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI output carries the visible mark with the handle, both invisible marks and a trusted manifest', async () => {
    keys = await ensureTrustKeys(data);
    const frame = await decodeFrame(video, 0.5);
    const contrast = visibleMarkContrast(frame.rgba, frame.width, frame.height, { videoId, handle: 'maria.films', t: 0.5 });
    assert.ok(contrast > 60, `visible mark with handle (contrast ${contrast.toFixed(1)})`);
    const wk = [{ instance: keys.instance, key: keys.watermarkKey }];
    const { detectVideoMark, detectAudioMark, videoMarkIdOf, audioPayloadOf } = await watermarkParts();
    const v = await detectVideoMark(video, { keys: wk });
    assert.ok(v.found);
    assert.equal((v.payload as MarkPayload).video, videoMarkIdOf(videoId));
    const a = await detectAudioMark(video, { keys: wk });
    assert.ok(a.found, 'audio mark found');
    assert.equal(Number(a.payload), audioPayloadOf(videoMarkIdOf(videoId)));
    const c2pa = await readWithC2paWasm(readFileSync(video), keys.anchorsPem);
    assert.equal(c2pa.state, 'Trusted', c2pa.failures.join(', '));
  });

  it('verify --json says made by Klappe and names the render', () => {
    const r = klappe(['verify', video, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.outcome, 'made-by-klappe');
    assert.equal(report.c2pa.state, 'trusted');
    assert.equal(report.c2pa.videoId, videoId);
    assert.equal(report.videoMark.found, true);
    assert.equal(report.videoMark.videoId, videoId);
    assert.equal(report.videoMark.creator, '@maria.films');
    assert.equal(report.audioMark.found, true);
    assert.equal(report.audioMark.videoId, videoId);
  });

  it('verify prints a readable summary', () => {
    const r = klappe(['verify', video]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Made by Klappe \(video local_/);
    assert.match(r.stdout, /C2PA\s+Trusted/);
    assert.match(r.stdout, /video mark\s+found/);
  });

  it('a copy with the manifest stripped is still identified by its watermarks', () => {
    const stripped = join(dir, 'stripped.mp4');
    writeFileSync(stripped, stripC2paBox(readFileSync(video)));
    const r = klappe(['verify', stripped, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.c2pa.state, 'absent');
    assert.equal(report.outcome, 'klappe-unsigned');
    assert.equal(report.videoMark.videoId, videoId);
  });

  it('bad files give one clear line and exit 2', () => {
    writeFileSync(join(dir, 'empty.mp4'), '');
    writeFileSync(join(dir, 'notes.txt'), 'not a video\n'.repeat(30));
    writeFileSync(join(dir, 'cut.mp4'), readFileSync(video).subarray(0, 30_000));
    const cases: [string[], RegExp][] = [
      [['verify', 'empty.mp4'], /empty/],
      [['verify', 'notes.txt'], /not a video/],
      [['verify', 'cut.mp4'], /truncated/],
      [['verify', 'missing.mp4'], /ENOENT/],
      [['verify'], /name one file/],
    ];
    for (const [args, pattern] of cases) {
      const r = klappe(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, /^klappe: /);
      assert.match(lines[0]!, pattern);
    }
  });
});
