/**
 * `npm run bench` and `npm run bench:server`: runs each benchmark script in its own process,
 * one after another (they measure speed, so never two at once), with a heading per script.
 * `node --import tsx packages/cli/bench/runBenchmarks.ts engine|server [name ...]`
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const SUITES: Record<string, { name: string; script: string; what: string }[]> = {
  engine: [
    { name: 'engine', script: 'packages/cli/bench/bench.ts', what: 'Engine: five standard prompts, real-time factor and encode floor' },
    { name: 'styles', script: 'packages/engine/bench/benchStyles.ts', what: 'Styles: render cost per style at 720x1280' },
    { name: 'speech', script: 'packages/engine/bench/benchSpeech.ts', what: 'Speech: a 10 s dialogue with and without speech' },
    { name: 'lipsync', script: 'packages/engine/src/lipsync/bench/lipSyncBench.ts', what: 'Lip-sync: cue and face-state cost, openness vs. loudness' },
    { name: 'watermark', script: 'packages/trust/bench/benchWatermark.ts', what: 'Invisible watermarks: embed and detect cost, robustness table' },
    { name: 'trust', script: 'packages/trust/bench/trustBench.ts', what: 'C2PA signing, verifying and the visible mark' },
    { name: 'moderation', script: 'packages/trust/bench/benchModeration.ts', what: 'Moderation latency per prompt and per image' },
  ],
  server: [
    { name: 'server', script: 'packages/server/bench/benchServer.ts', what: 'Server: retrieve and list latency, render jobs per minute' },
    { name: 'feed', script: 'packages/server/bench/benchFeed.ts', what: 'Feed: p99 latency at 200 users with 100k posts and 1M likes' },
  ],
};

const [suite = 'engine', ...only] = process.argv.slice(2);
const list = SUITES[suite];
if (!list) {
  process.stderr.write(`unknown benchmark suite "${suite}"; choose ${Object.keys(SUITES).join(' or ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const b of list.filter((x) => only.length === 0 || only.includes(x.name))) {
  process.stdout.write(`\n## ${b.what}\n\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', b.script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`\n(${b.name} benchmark failed with exit code ${r.status})\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
