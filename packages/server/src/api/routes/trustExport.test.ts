/**
 * Every way a video leaves the server carries Klappe's three signals — the visible mark, the
 * invisible (video and audio) marks and a trusted C2PA manifest — checked on the download of
 * a new video and of a remix (whose manifest names its source). POST /v1/verify answers for
 * the original, a re-encoded copy without C2PA, and refuses bad uploads clearly.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type OpenAI from 'openai';
import { ffmpegPath } from '@klappe/engine';
import { readWithC2paWasm } from '../../../../trust/src/c2pa/testing/readWithC2paWasm.ts';
import { decodeFrame } from '../../../../trust/src/testing/decodeFrame.ts';
import { seedOf, spotSequence } from '../../../../trust/src/visible/markLayout.ts';
import { visibleMarkContrast } from '../../../../trust/src/visible/testing/visibleMarkContrast.ts';
import { watermarkParts, type MarkPayload } from '../../../../trust/src/pipeline/watermarkParts.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { waitFor } from '../../testing/waitFor.ts';

const MAX_VERIFY = 6 * 1024 * 1024;

async function verifyUpload(t: TestServer, key: string, body: FormData | string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${t.url}/v1/verify`, { method: 'POST', headers: { authorization: `Bearer ${key}`, ...headers }, body });
  return { status: res.status, json: await res.json() };
}

function form(bytes: Uint8Array, name = 'clip.mp4', field = 'file'): FormData {
  const f = new FormData();
  f.append(field, new Blob([Buffer.from(bytes)], { type: 'video/mp4' }), name);
  return f;
}

describe('trust on every export path (server)', () => {
  let t: TestServer;
  let client: OpenAI;
  let apiKey: string;
  let dir: string;
  let sourceId: string;
  let sourcePath: string;

  async function renderAndDownload(create: () => Promise<{ id: string }>, name: string): Promise<{ id: string; path: string }> {
    const v = await create();
    await waitFor(async () => {
      const r = await client.videos.retrieve(v.id);
      if (r.status === 'failed') throw new Error(`render failed: ${JSON.stringify(r.error)}`);
      return r.status === 'completed';
    }, `video ${v.id}`, 240_000, 200);
    const res = await client.videos.downloadContent(v.id);
    const path = join(dir, name);
    writeFileSync(path, Buffer.from(await res.arrayBuffer()));
    return { id: v.id, path };
  }

  async function assertThreeSignals(path: string, videoId: string) {
    const trust = t.server.runtime.trust;
    const frame = await decodeFrame(path, 0.5);
    const contrast = visibleMarkContrast(frame.rgba, frame.width, frame.height, { videoId, t: 0.5 });
    assert.ok(contrast > 60, `visible mark where the layout puts it (contrast ${contrast.toFixed(1)})`);
    // The same check where another video's mark would be (a different spot) finds no mark.
    let other = 0;
    while (spotSequence(seedOf(`${videoId}-${other}`), 1)[0] === spotSequence(seedOf(videoId), 1)[0]) other++;
    const elsewhere = visibleMarkContrast(frame.rgba, frame.width, frame.height, { videoId: `${videoId}-${other}`, t: 0.5 });
    assert.ok(elsewhere < contrast / 2, `a layout for another id finds less (${elsewhere.toFixed(1)})`);
    const keys = [{ instance: trust.instance, key: trust.watermarkKey }];
    const { detectVideoMark, detectAudioMark, videoMarkIdOf, audioPayloadOf } = await watermarkParts();
    const video = await detectVideoMark(path, { keys });
    assert.ok(video.found, 'invisible video mark found');
    assert.equal((video.payload as MarkPayload).video, videoMarkIdOf(videoId));
    assert.equal((video.payload as MarkPayload).instance, trust.instance);
    const audio = await detectAudioMark(path, { keys });
    assert.ok(audio.found, 'audio mark found');
    assert.equal(Number(audio.payload), audioPayloadOf(videoMarkIdOf(videoId)));
    const c2pa = await readWithC2paWasm(readFileSync(path), trust.anchorsPem);
    assert.equal(c2pa.state, 'Trusted', `C2PA failures: ${c2pa.failures.join(', ')}`);
    return c2pa;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-trust-export-'));
    t = await startTestServer({ concurrency: 1, maxVerifyBytes: MAX_VERIFY });
    client = await t.newClient();
    apiKey = client.apiKey!;
    const source = await renderAndDownload(() => client.videos.create({ prompt: 'a red ball bounces on a wooden floor', seconds: '2' as '4', ...({ fps: 24, seed: 3 } as object) }), 'source.mp4');
    sourceId = source.id;
    sourcePath = source.path;
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the /content download carries the visible mark, both invisible marks and a trusted manifest', async () => {
    await assertThreeSignals(sourcePath, sourceId);
  });

  it('POST /v1/verify names the video, its creator and time', async () => {
    const r = await verifyUpload(t, apiKey, form(readFileSync(sourcePath)));
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.outcome, 'made-by-klappe');
    assert.equal(r.json.c2pa.state, 'trusted');
    assert.equal(r.json.videoMark.found, true);
    assert.equal(r.json.videoMark.videoId, sourceId);
    assert.equal(r.json.videoMark.creator, 'test');
    assert.ok(Date.parse(r.json.videoMark.createdAt) > Date.now() - 3_600_000);
    assert.equal(r.json.audioMark.found, true);
    assert.equal(r.json.audioMark.videoId, sourceId, 'the audio mark alone also leads to the video');
    assert.match(r.json.verdict, new RegExp(`^Made by Klappe \\(video ${sourceId}, by test, on \\d{4}-\\d\\d-\\d\\d\\)`));
  });

  it('a re-encoded copy without C2PA is still identified by its watermarks', async () => {
    const copy = join(dir, 'reencoded.mp4');
    execFileSync(ffmpegPath(), ['-v', 'error', '-y', '-i', sourcePath, '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26', '-c:a', 'aac', '-b:a', '96k', '-map_metadata', '-1', copy]);
    const r = await verifyUpload(t, apiKey, form(readFileSync(copy), 'copy.mp4'));
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.c2pa.state, 'absent');
    assert.equal(r.json.videoMark.videoId, sourceId);
    assert.equal(r.json.outcome, 'klappe-unsigned');
    assert.match(r.json.verdict, /^Made by Klappe/);
  });

  it('a flipped byte is reported as tampered', async () => {
    const bytes = readFileSync(sourcePath);
    bytes[bytes.length - 5000]! ^= 0x10;
    const r = await verifyUpload(t, apiKey, form(bytes));
    assert.equal(r.status, 200);
    assert.equal(r.json.c2pa.state, 'invalid');
    assert.ok(r.json.c2pa.failures.includes('assertion.bmffHash.mismatch'));
    assert.equal(r.json.outcome, 'tampered');
  });

  it("a remix carries all three signals and its manifest lists the source as ingredient", async () => {
    const remix = await renderAndDownload(() => client.videos.remix(sourceId, { prompt: 'make it night' }), 'remix.mp4');
    const c2pa = await assertThreeSignals(remix.path, remix.id);
    const ingredients = c2pa.manifest!.ingredients as { title: string; relationship: string; active_manifest?: string }[];
    assert.equal(ingredients.length, 1);
    assert.equal(ingredients[0]!.title, `${sourceId}.mp4`);
    assert.equal(ingredients[0]!.relationship, 'inputTo');
    assert.ok(ingredients[0]!.active_manifest, "the source's own manifest is kept");
  });

  it('the OpenAPI document describes POST /v1/verify', async () => {
    const doc = (await (await fetch(`${t.url}/v1/openapi.json`)).json()) as { paths: Record<string, { post?: { requestBody?: { content?: Record<string, unknown> } } }> };
    assert.ok(doc.paths['/v1/verify']?.post?.requestBody?.content?.['multipart/form-data']);
  });

  it('refuses bad uploads with clear errors in the OpenAI shape', async () => {
    const key = apiKey;
    const cases: [string, () => Promise<{ status: number; json: any }>, number, string][] = [
      ['empty', () => verifyUpload(t, key, form(new Uint8Array(0))), 400, 'invalid_file'],
      ['not a video', () => verifyUpload(t, key, form(new TextEncoder().encode('just text, no video here\n'.repeat(50)), 'notes.txt')), 400, 'invalid_file'],
      ['truncated', () => verifyUpload(t, key, form(readFileSync(sourcePath).subarray(0, 40_000))), 400, 'invalid_file'],
      ['too large', () => verifyUpload(t, key, form(new Uint8Array(MAX_VERIFY + 1024))), 413, 'file_too_large'],
      ['no file', () => { const f = new FormData(); f.append('note', 'x'); return verifyUpload(t, key, f); }, 400, 'missing_required_parameter'],
      ['wrong field', () => verifyUpload(t, key, form(readFileSync(sourcePath), 'a.mp4', 'video')), 400, 'unknown_parameter'],
      ['JSON body', () => verifyUpload(t, key, JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' }), 415, 'unsupported_media_type'],
      ['no API key', () => fetch(`${t.url}/v1/verify`, { method: 'POST', body: form(new Uint8Array(10)) }).then(async (r) => ({ status: r.status, json: await r.json() })), 401, ''],
    ];
    for (const [what, call, status, code] of cases) {
      const r = await call();
      assert.equal(r.status, status, `${what}: ${JSON.stringify(r.json)}`);
      assert.equal(typeof r.json.error?.message, 'string', what);
      assert.ok(!r.json.error.message.includes('\n'), `${what}: one line`);
      if (code) assert.equal(r.json.error.code, code, what);
    }
  });
});
