/** `klappe generate` refuses what moderation refuses: one line naming the category, exit code 2, no output file. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { directPlan } from '@klappe/engine';

const BIN = fileURLToPath(new URL('../../bin/klappe.js', import.meta.url));

function klappe(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, stderr: r.stderr };
}

describe('klappe generate: content filtering', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-cli-moderation-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a prompt with one line naming the category, exit code 2 and no file', () => {
    const out = join(dir, 'gore.mp4');
    const r = klappe(['generate', 'a man gets decapitated, blood everywhere', '-o', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, 'klappe: prompt refused (moderation: graphic violence)\n');
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('refuses a plan file by its refused field', () => {
    const plan = directPlan('two robots talk in a kitchen', { width: 720, height: 1280, fps: 24, duration: 2, seed: 1 });
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({ ...plan, speech: { language: 'en', lines: [{ speaker: 'narrator', text: 'Gas the jews.', start: 0.5 }] } }));
    const out = join(dir, 'plan.mp4');
    const r = klappe(['generate', '--plan', file, '-o', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, 'klappe: plan (speech.lines[0].text) refused (moderation: hate)\n');
    assert.equal(existsSync(out), false);
  });

  it('takes names from KLAPPE_MODERATION_CONFIG, and says so when the file is bad', () => {
    const config = join(dir, 'moderation.json');
    writeFileSync(config, JSON.stringify({ publicFigures: ['Jane Example'] }));
    const r = klappe(['generate', 'Jane Example waves from a boat', '-o', join(dir, 'jane.mp4')], { KLAPPE_MODERATION_CONFIG: config });
    assert.equal(r.stderr, 'klappe: prompt refused (moderation: real people)\n');
    writeFileSync(config, '{"terms": {"nonsense": ["x"]}}');
    const bad = klappe(['generate', 'a red ball', '-o', join(dir, 'ball.mp4')], { KLAPPE_MODERATION_CONFIG: config });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^klappe: KLAPPE_MODERATION_CONFIG: .*"nonsense" is not one of/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.equal(existsSync(join(dir, 'ball.mp4')), false);
  });
});
