import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ffmpegPath } from '@klappe/engine';
import { scanBmff } from '../c2pa/bmffBoxes.ts';
import { signVideo } from '../c2pa/signVideo.ts';
import { ensureTrustKeys } from '../keys/ensureTrustKeys.ts';
import type { TrustKeys } from '../keys/TrustKeys.ts';
import { makeTestClip } from '../testing/decodeFrame.ts';
import { formatVerifyReport } from './formatVerifyReport.ts';
import { verifyOptionsFor, verifyVideo } from './verifyVideo.ts';
import { VerifyInputError } from './VerifyInputError.ts';

describe('verifyVideo', () => {
  let dir: string;
  let keys: TrustKeys;
  let signed: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-verify-'));
    keys = await ensureTrustKeys(join(dir, 'data'));
    await makeTestClip(join(dir, 'plain.mp4'));
    signed = join(dir, 'signed.mp4');
    await signVideo(join(dir, 'plain.mp4'), signed, { keys, videoId: 'video_v1', model: 'klappe-1', version: '0.1.0', title: 'signed.mp4' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a signed file as trusted, naming the video from the manifest', async () => {
    const r = await verifyVideo(signed, verifyOptionsFor(keys));
    assert.equal(r.c2pa.state, 'trusted');
    assert.equal(r.outcome, 'made-by-klappe');
    assert.match(r.verdict, /^Made by Klappe \(video video_v1\)/);
    assert.equal(r.file.container, 'mp4');
    assert.equal(r.c2pa.actions?.[0]?.action, 'c2pa.created');
    assert.equal(r.videoMark.found, false, 'the test pattern carries no invisible mark');
    const text = formatVerifyReport(r);
    assert.match(text, /C2PA\s+Trusted/);
    assert.match(text, /trainedAlgorithmicMedia/);
  });

  it('reports a tampered file as invalid with the failure code', async () => {
    const bytes = readFileSync(signed);
    const mdat = scanBmff(bytes).boxes.find((b) => b.type === 'mdat')!;
    bytes[mdat.offset + 200]! ^= 0x40;
    writeFileSync(join(dir, 'tampered.mp4'), bytes);
    const r = await verifyVideo(join(dir, 'tampered.mp4'), verifyOptionsFor(keys));
    assert.equal(r.c2pa.state, 'invalid');
    assert.equal(r.outcome, 'tampered');
    assert.ok(r.c2pa.failures.includes('assertion.bmffHash.mismatch'));
    assert.match(r.verdict, /assertion\.bmffHash\.mismatch/);
  });

  it('reports a signer outside the anchors as valid but untrusted', async () => {
    const r = await verifyVideo(signed, { watermarkKeys: [] });
    assert.equal(r.c2pa.state, 'valid-untrusted');
    assert.equal(r.outcome, 'untrusted-signer');
  });

  it('reports a re-encoded copy (other container, no manifest) as having no C2PA', async () => {
    const copy = join(dir, 'copy.mkv');
    execFileSync(ffmpegPath(), ['-v', 'error', '-y', '-i', signed, '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '28', '-c:a', 'aac', copy]);
    const r = await verifyVideo(copy, verifyOptionsFor(keys));
    assert.equal(r.file.container, 'other');
    assert.equal(r.c2pa.state, 'absent');
    assert.equal(r.outcome, 'not-klappe');
    assert.match(r.verdict, /^No sign of Klappe/);
  });

  const bad: [string, () => Uint8Array, string][] = [
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['a text file', () => new TextEncoder().encode('this is not a video, just some words\n'.repeat(20)), 'not_a_video'],
    ['a PNG image', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(0)]), 'not_a_video'],
    ['a truncated MP4', () => readFileSync(signed).subarray(0, Math.floor(readFileSync(signed).length * 0.6)), 'truncated'],
    ['an MP4 cut after its header', () => readFileSync(signed).subarray(0, 200), 'truncated'],
  ];
  for (const [what, bytes, problem] of bad) {
    it(`refuses ${what} with a clear error`, async () => {
      const path = join(dir, `bad-${problem}-${what.length}`);
      writeFileSync(path, bytes());
      await assert.rejects(verifyVideo(path, verifyOptionsFor(keys)), (e: Error) => e instanceof VerifyInputError && e.problem === problem && !/\n/.test(e.message));
    });
  }

  it('refuses files over the size limit, and files that do not exist', async () => {
    await assert.rejects(verifyVideo(signed, { ...verifyOptionsFor(keys), maxBytes: 1000 }), (e: Error) => e instanceof VerifyInputError && e.problem === 'too_large');
    await assert.rejects(verifyVideo(join(dir, 'nope.mp4'), verifyOptionsFor(keys)), (e: Error) => e instanceof VerifyInputError && e.problem === 'unreadable' && /ENOENT/.test(e.message));
  });
});
