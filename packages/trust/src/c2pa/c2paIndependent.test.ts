/**
 * C2PA signing checked independently: files signed with c2pa-node are read by the reference
 * implementation compiled to WASM, with our root as the only trust anchor.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureTrustKeys } from '../keys/ensureTrustKeys.ts';
import type { TrustKeys } from '../keys/TrustKeys.ts';
import { decodeFrame, makeTestClip } from '../testing/decodeFrame.ts';
import { scanBmff, stripC2paBox, C2PA_UUID } from './bmffBoxes.ts';
import { TRAINED_ALGORITHMIC_MEDIA } from './klappeManifest.ts';
import { readProvenance } from './readProvenance.ts';
import { signVideo } from './signVideo.ts';
import { readWithC2paWasm } from './testing/readWithC2paWasm.ts';

describe('C2PA manifests, checked with c2pa-wasm', () => {
  let dir: string;
  let keys: TrustKeys;
  let signed: Buffer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-c2pa-'));
    keys = await ensureTrustKeys(join(dir, 'data'));
    await makeTestClip(join(dir, 'plain.mp4'));
    await signVideo(join(dir, 'plain.mp4'), join(dir, 'signed.mp4'), { keys, videoId: 'video_test1', model: 'klappe-1', version: '0.1.0', title: 'signed.mp4' });
    signed = readFileSync(join(dir, 'signed.mp4'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is Trusted with our root as anchor, and carries the AI-generated action and a bmff v3 hash', async () => {
    const r = await readWithC2paWasm(signed, keys.anchorsPem);
    assert.equal(r.state, 'Trusted', `failures: ${r.failures.join(', ')}`);
    assert.deepEqual(r.failures, []);
    const assertions = (r.manifest!.assertions as { label: string; data: { actions?: Record<string, unknown>[] } }[]);
    assert.ok(assertions.some((a) => a.label === 'c2pa.hash.bmff.v3'), assertions.map((a) => a.label).join(', '));
    const actions = assertions.find((a) => a.label.startsWith('c2pa.actions'))!.data.actions!;
    assert.equal(actions[0]!.action, 'c2pa.created');
    assert.equal(actions[0]!.digitalSourceType, TRAINED_ALGORITHMIC_MEDIA);
    assert.deepEqual(actions[0]!.softwareAgent, { name: 'Klappe', version: '0.1.0', 'org.klappe.model': 'klappe-1' });
    const sig = r.manifest!.signature_info as { alg: string };
    assert.equal(sig.alg, 'Ed25519');
  });

  it('is Valid but untrusted without our anchor', async () => {
    const r = await readWithC2paWasm(signed);
    assert.equal(r.state, 'Valid');
    assert.ok(r.failures.includes('signingCredential.untrusted'), r.failures.join(', '));
  });

  it('a flipped byte in mdat gives assertion.bmffHash.mismatch', async () => {
    const mdat = scanBmff(signed).boxes.find((b) => b.type === 'mdat')!;
    const tampered = Buffer.from(signed);
    tampered[mdat.offset + Math.floor(mdat.size / 2)]! ^= 0x01;
    const r = await readWithC2paWasm(tampered, keys.anchorsPem);
    assert.equal(r.state, 'Invalid');
    assert.ok(r.failures.includes('assertion.bmffHash.mismatch'), r.failures.join(', '));
    const ours = await readProvenance(tampered, keys.anchorsPem);
    assert.equal(ours.state, 'invalid');
    assert.ok(ours.failures.includes('assertion.bmffHash.mismatch'));
  });

  it('with the manifest box removed there is no manifest, and the file still plays', async () => {
    assert.ok(scanBmff(signed).boxes.some((b) => b.type === 'uuid' && b.uuid === C2PA_UUID));
    const stripped = stripC2paBox(signed);
    assert.ok(stripped.length < signed.length);
    assert.ok(!scanBmff(stripped).boxes.some((b) => b.type === 'uuid'));
    assert.equal((await readWithC2paWasm(stripped, keys.anchorsPem)).state, 'absent');
    assert.equal((await readProvenance(Buffer.from(stripped), keys.anchorsPem)).state, 'absent');
    writeFileSync(join(dir, 'stripped.mp4'), stripped);
    const [a, b] = await Promise.all([decodeFrame(join(dir, 'stripped.mp4'), 0.5), decodeFrame(join(dir, 'plain.mp4'), 0.5)]);
    assert.deepEqual(a.rgba, b.rgba, 'the stripped file decodes to the same pixels as the unsigned one');
  });

  it('c2pa-node agrees: trusted with the anchors, valid-untrusted without', async () => {
    const trusted = await readProvenance(signed, keys.anchorsPem);
    assert.equal(trusted.state, 'trusted');
    assert.equal(trusted.videoId, 'video_test1');
    assert.equal(trusted.claimGenerator, 'Klappe 0.1.0');
    const untrusted = await readProvenance(signed, undefined);
    assert.equal(untrusted.state, 'valid-untrusted');
    assert.deepEqual(untrusted.failures, ['signingCredential.untrusted']);
  });

  it('a video signed by another installation is valid but untrusted here', async () => {
    const other = await ensureTrustKeys(join(dir, 'other'));
    await signVideo(join(dir, 'plain.mp4'), join(dir, 'other.mp4'), { keys: other, videoId: 'video_other', model: 'klappe-1', version: '0.1.0', title: 'other.mp4' });
    const r = await readWithC2paWasm(readFileSync(join(dir, 'other.mp4')), keys.anchorsPem);
    assert.equal(r.state, 'Valid');
    assert.ok(r.failures.includes('signingCredential.untrusted'));
  });

  it('a remix whose source file is gone still names the source', async () => {
    await signVideo(join(dir, 'plain.mp4'), join(dir, 'remix2.mp4'), {
      keys, videoId: 'video_remix2', model: 'klappe-1', version: '0.1.0', title: 'remix2.mp4', remixOf: { title: 'video_gone.mp4' },
    });
    const r = await readWithC2paWasm(readFileSync(join(dir, 'remix2.mp4')), keys.anchorsPem);
    assert.equal(r.state, 'Trusted', r.failures.join(', '));
    const ingredients = r.manifest!.ingredients as { title: string; relationship: string }[];
    assert.deepEqual(ingredients.map((i) => [i.title, i.relationship]), [['video_gone.mp4', 'inputTo']]);
  });

  it('a remix lists its source as an ingredient (with the source manifest)', async () => {
    await signVideo(join(dir, 'plain.mp4'), join(dir, 'remix.mp4'), {
      keys, videoId: 'video_remix', model: 'klappe-1', version: '0.1.0', title: 'remix.mp4', remixOf: { path: join(dir, 'signed.mp4'), title: 'video_test1.mp4' },
    });
    const r = await readWithC2paWasm(readFileSync(join(dir, 'remix.mp4')), keys.anchorsPem);
    assert.equal(r.state, 'Trusted', r.failures.join(', '));
    const ingredients = r.manifest!.ingredients as { title: string; relationship: string; active_manifest?: string }[];
    assert.equal(ingredients.length, 1);
    assert.equal(ingredients[0]!.title, 'video_test1.mp4');
    assert.equal(ingredients[0]!.relationship, 'inputTo');
    assert.ok(ingredients[0]!.active_manifest, 'the source manifest travels with the ingredient');
    const ours = await readProvenance(readFileSync(join(dir, 'remix.mp4')), keys.anchorsPem);
    assert.deepEqual(ours.ingredients?.map((i) => i.title), ['video_test1.mp4']);
  });
});
