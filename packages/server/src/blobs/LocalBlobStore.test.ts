import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { text } from 'node:stream/consumers';
import { assertBlobKey, videoBlobKeys } from './BlobStore.ts';
import { LocalBlobStore } from './LocalBlobStore.ts';

describe('LocalBlobStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klappe-blobs-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const store = new LocalBlobStore(join(dir, 'blobs'));

  it('stores buffers and files, reads whole and ranged, deletes by prefix', async () => {
    const keys = videoBlobKeys('video_abc');
    await store.putBuffer(keys.thumbnail, Buffer.from('thumb'));
    const src = join(dir, 'render.mp4');
    writeFileSync(src, '0123456789');
    await store.putFile(keys.video, src);
    assert.equal(existsSync(src), false, 'the rendered file is moved, not copied');
    assert.equal((await store.stat(keys.video))?.size, 10);
    assert.equal(await text(store.createReadStream(keys.video)), '0123456789');
    assert.equal(await text(store.createReadStream(keys.video, { start: 2, end: 4 })), '234');
    assert.equal(readFileSync(join(dir, 'blobs', 'videos', 'video_abc', 'thumbnail.jpg'), 'utf8'), 'thumb');
    await store.deletePrefix(keys.prefix);
    assert.equal(await store.stat(keys.video), undefined);
    assert.equal(await store.stat(keys.thumbnail), undefined);
  });

  it('refuses keys that could leave the folder', () => {
    for (const bad of ['../etc/passwd', '/abs', 'videos/../x', 'videos//x', 'Videos/x', 'videos/x/']) {
      assert.throws(() => assertBlobKey(bad), /invalid blob key/, bad);
    }
    assert.doesNotThrow(() => assertBlobKey('videos/video_1/video.mp4'));
  });
});
