/** `klappe keys create|list|revoke` against the server's database; revoked keys get a 401. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startTestServer } from '../testing/startTestServer.ts';
import { sdkClient } from '../testing/startTestServer.ts';
import { assertApiError } from '../testing/videoApiSuite.ts';

const BIN = fileURLToPath(new URL('../../../cli/bin/klappe.js', import.meta.url));

describe('klappe keys', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'klappe-keys-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const klappe = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'keys', ...args, '--data', dataDir], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('creates keys (shown once, stored hashed), lists and revokes them', async () => {
    const made = klappe('create', '--name', 'ci', '--json');
    assert.equal(made.code, 0, made.stderr);
    const key = JSON.parse(made.stdout) as { id: string; key: string };
    assert.match(key.key, /^kl-[A-Za-z0-9_-]{43}$/);
    const plain = klappe('create');
    assert.equal(plain.code, 0, plain.stderr);
    const other = plain.stdout.trim();
    assert.match(other, /^kl-/);
    assert.match(plain.stderr, /only time it is shown/);

    const listed = JSON.parse(klappe('list', '--json').stdout) as { id: string; name: string; prefix: string; revoked: boolean }[];
    assert.equal(listed.length, 2);
    assert.ok(listed.every((k) => !JSON.stringify(k).includes(key.key.slice(8))), 'listings never show the key');
    assert.equal(listed.find((k) => k.id === key.id)?.name, 'ci');

    const revoked = klappe('revoke', key.id);
    assert.equal(revoked.code, 0, revoked.stderr);
    const again = klappe('revoke', key.id);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^klappe: no active key/);

    const t = await startTestServer({ concurrency: 0 }, { dataDir });
    try {
      await assertApiError(sdkClient(t.url, key.key).videos.list(), { status: 401, code: 'invalid_api_key' });
      assert.ok(Array.isArray((await sdkClient(t.url, other).videos.list()).data));
    } finally {
      await t.close();
    }
  });

  it('says what to do on a bad action', () => {
    const r = klappe('rotate');
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'klappe: unknown keys action "rotate" (try: create, list, revoke)');
  });
});
