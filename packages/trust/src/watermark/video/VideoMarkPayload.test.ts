import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PayloadError, packVideoPayload, unpackVideoPayload, videoMarkIdOf, videoPayloadBits, videoPayloadFromBits } from './VideoMarkPayload.ts';

describe('VideoMarkPayload', () => {
  it('derives a stable 48-bit id from a video id (first 6 bytes of SHA-256)', () => {
    const id = videoMarkIdOf('video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5');
    assert.equal(id, videoMarkIdOf('video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5'));
    assert.ok(id >= 0n && id < 1n << 48n);
    assert.notEqual(id, videoMarkIdOf('video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d6'));
    // SHA-256("abc") starts ba7816bf8f01.
    assert.equal(videoMarkIdOf('abc'), 0xba7816bf8f01n);
  });

  it('packs instance and video id into 64 bits and back', () => {
    const p = { instance: 0xbeef, video: 0x0123456789abn };
    assert.equal(packVideoPayload(p), 0xbeef0123456789abn);
    assert.deepEqual(unpackVideoPayload(packVideoPayload(p)), p);
    assert.deepEqual(videoPayloadFromBits(videoPayloadBits(p)), p);
  });

  it('rejects ids out of range', () => {
    assert.throws(() => packVideoPayload({ instance: 70000, video: 1n }), PayloadError);
    assert.throws(() => packVideoPayload({ instance: 1, video: 1n << 48n }), PayloadError);
    assert.throws(() => packVideoPayload({ instance: -1, video: 1n }), PayloadError);
  });
});
