import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/klappe.js', import.meta.url));

function klappe(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One clear line on stderr, no stack trace, a non-zero exit. */
function assertOneLineError(r: ReturnType<typeof klappe>, pattern: RegExp) {
  assert.notEqual(r.code, 0, `exit code for: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, got: ${r.stderr}`);
  assert.match(lines[0]!, /^klappe: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
}

describe('klappe CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('plan prints a valid ScenePlan for a prompt', () => {
    const r = klappe(['plan', 'a red ball bounces on a wooden floor', '--seconds', '4', '--size', '1280x720']);
    assert.equal(r.code, 0, r.stderr);
    const plan = JSON.parse(r.stdout);
    assert.equal(plan.version, 1);
    assert.equal(plan.canvas.duration, 4);
    assert.equal(plan.canvas.width, 1280);
    assert.ok(plan.cast.some((e: { kind: string; colour: string }) => e.kind === 'ball'));
  });

  it('generate renders a plan file to an MP4 with sidecars', () => {
    const planFile = join(dir, 'plan.json');
    const p = klappe(['plan', 'a small green ball falls', '--seconds', '1', '--fps', '24']);
    assert.equal(p.code, 0, p.stderr);
    writeFileSync(planFile, p.stdout);
    const out = join(dir, 'from-plan.mp4');
    const r = klappe(['generate', '--plan', planFile, '-o', out, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(out));
    assert.ok(existsSync(join(dir, 'from-plan.thumbnail.jpg')));
    assert.ok(existsSync(join(dir, 'from-plan.spritesheet.jpg')));
  });

  const bad: [string, string[], RegExp][] = [
    ['bad size', ['generate', 'a ball', '--size', '640x480', '-o', 'x.mp4'], /--size must be one of/],
    ['bad duration', ['generate', 'a ball', '--seconds', '0', '-o', 'x.mp4'], /--seconds must be a number from 1 to 20/],
    ['too long', ['generate', 'a ball', '--seconds', '21', '-o', 'x.mp4'], /--seconds/],
    ['non-numeric duration', ['generate', 'a ball', '--seconds', 'ten', '-o', 'x.mp4'], /--seconds/],
    ['bad fps', ['generate', 'a ball', '--fps', '60', '-o', 'x.mp4'], /--fps must be 24 or 30/],
    ['bad seed', ['generate', 'a ball', '--seed', '-3', '-o', 'x.mp4'], /--seed/],
    ['huge seed', ['generate', 'a ball', '--seed', '99999999999', '-o', 'x.mp4'], /--seed must be a whole number/],
    ['missing output', ['generate', 'a ball'], /missing output/],
    ['not an mp4', ['generate', 'a ball', '-o', 'x.gif'], /\.mp4/],
    ['missing plan file', ['generate', '--plan', 'does-not-exist.json', '-o', 'x.mp4'], /cannot read plan file .*ENOENT/],
    ['unknown flag', ['generate', 'a ball', '--colour', 'red', '-o', 'x.mp4'], /Unknown option/],
    ['unknown command', ['render', 'a ball'], /unknown command "render"/],
  ];
  for (const [name, args, pattern] of bad) {
    it(`rejects ${name} with one line and writes nothing`, () => {
      const r = klappe(args, dir);
      assertOneLineError(r, pattern);
      assert.equal(existsSync(join(dir, 'x.mp4')), false);
    });
  }

  it('rejects malformed JSON and an invalid plan, naming the field', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,');
    assertOneLineError(klappe(['generate', '--plan', broken, '-o', join(dir, 'y.mp4')]), /not valid JSON/);
    const invalid = join(dir, 'invalid.json');
    const p = JSON.parse(klappe(['plan', 'a red ball']).stdout);
    p.cast[0].kind = 'unicorn-spaceship';
    writeFileSync(invalid, JSON.stringify(p));
    assertOneLineError(klappe(['generate', '--plan', invalid, '-o', join(dir, 'y.mp4')]), /cast\.0\.kind/);
    p.cast[0].kind = 'ball';
    p.canvas.duration = -2;
    writeFileSync(invalid, JSON.stringify(p));
    assertOneLineError(klappe(['generate', '--plan', invalid, '-o', join(dir, 'y.mp4')]), /canvas\.duration/);
    assert.equal(existsSync(join(dir, 'y.mp4')), false);
  });

  it('rejects an unwritable output path before rendering', () => {
    assertOneLineError(klappe(['generate', 'a ball', '-o', join(dir, 'no-such-folder', 'z.mp4')]), /does not exist/);
    mkdirSync(join(dir, 'is-a-dir.mp4'));
    assertOneLineError(klappe(['generate', 'a ball', '-o', join(dir, 'is-a-dir.mp4')]), /is a directory/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      assertOneLineError(klappe(['generate', 'a ball', '-o', join(locked, 'z.mp4')]), /no permission/);
    }
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.partial') || f.startsWith('z.')), []);
  });
});
