/**
 * `npm run bench:server`: the API's speed on the embedded setup (SQLite, `klappe serve` as
 * its own process, API only, logs at warn), seeded with 2,000 finished videos:
 *  - retrieve (GET /v1/videos/{id}) and list (GET /v1/videos?limit=20) latency p50/p99 and
 *    throughput at 50 concurrent connections with autocannon, flat out;
 *  - retrieve at 500 requests/s (goal: p99 < 20 ms), sent open-loop: one request every 2 ms
 *    over up to 50 keep-alive connections, latency counted from when each request was due.
 *    (autocannon's own rate mode sends each second's requests in one burst at the start of
 *    the second and pads latencies for coordinated omission with a 1 ms expected interval, so
 *    it measures bursts, not a steady 500/s.)
 *  - render jobs per minute with 1 and 2 `klappe worker` processes (1 s clips, 720x1280, 24 fps).
 * Prints Markdown tables. BENCH_SECONDS and BENCH_JOBS change the run lengths.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { directPlan } from '@klappe/engine';
import { ApiKeyStore, createApiKey, openDatabase } from '@klappe/server';
import { VideoStore } from '../src/store/VideoStore.ts';
import { newVideoId } from '../src/store/newId.ts';

const BIN = fileURLToPath(new URL('../../cli/bin/klappe.js', import.meta.url));
const SEEDED = 2000;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const JOBS = Number(process.env.BENCH_JOBS ?? 6);

function spawnKlappe(args: string[], env: Record<string, string>): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      if (c.includes('"worker_started"')) resolve('worker');
    });
    child.on('exit', (code) => reject(new Error(`klappe ${args[0]} exited (${code}): ${err}`)));
  });
  return { child, ready };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function seed(dataDir: string, count = SEEDED): Promise<{ key: string; ids: string[] }> {
  const db = await openDatabase({ dataDir });
  await db.migrate();
  const key = await createApiKey(new ApiKeyStore(db.db), 'bench');
  const videos = new VideoStore(db.db);
  const plan = JSON.stringify(directPlan('a red ball bounces on a wooden floor', { duration: 4 }));
  const ids: string[] = [];
  const t0 = Date.now() - count * 1000;
  await db.db.transaction().execute(async (tx) => {
    for (let i = 0; i < count; i++) {
      const id = newVideoId(t0 + i * 1000);
      ids.push(id);
      await videos.insert({ id, status: 'completed', model: 'sora-2', tier: 'standard', seconds: '4', size: '720x1280', prompt: `a red ball bounces #${i}`, preset: null, seed: i, plan, input_reference_key: null, remixed_from_video_id: null, owner_key_id: key.id, created_at: t0 + i * 1000, started_at: null, completed_at: t0 + i * 1000 + 5000, expires_at: null, error_code: null, error_message: null }, tx);
    }
  });
  await db.close();
  return { key: key.key, ids };
}

interface Row {
  what: string;
  rate: string;
  p50: string;
  p99: string;
  throughput: string;
  errors: string;
}

async function load(url: string, key: string, what: string, path: (i: number) => string): Promise<Row> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${key}` },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path(i++) }) }],
  });
  return {
    what,
    rate: 'flat out (autocannon)',
    p50: `${result.latency.p50.toFixed(1)} ms`,
    p99: `${result.latency.p99.toFixed(1)} ms`,
    throughput: `${Math.round(result.requests.average)} req/s`,
    errors: String(result.errors + result.timeouts + result.non2xx),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Requests at an even `rate` per second, whatever the answers' timing (open loop). */
async function openLoop(url: string, key: string, what: string, rate: number, path: (i: number) => string): Promise<Row> {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const send = (p: string) =>
    new Promise<number>((resolve, reject) => {
      get(`${url}${p}`, { agent, headers: { authorization: `Bearer ${key}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }).on('error', reject);
    });
  const total = rate * DURATION_S;
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const t0 = performance.now() + 10;
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(path(i)).then(
        (status) => {
          if (status === 200) latencies.push(performance.now() - due);
          else errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    what,
    rate: `${rate}/s open loop`,
    p50: `${percentile(latencies, 50).toFixed(1)} ms`,
    p99: `${percentile(latencies, 99).toFixed(1)} ms`,
    throughput: `${Math.round(total / elapsed)} req/s`,
    errors: String(errors),
  };
}

async function jobsPerMinute(workerCount: number): Promise<{ workers: number; jobs: number; seconds: number; perMinute: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klappe-bench-jobs-'));
  const env = { KLAPPE_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', KLAPPE_LOG_LEVEL: 'warn', KLAPPE_RATE_LIMIT: '0', KLAPPE_MAX_ACTIVE_JOBS: '0' };
  const { key } = await seed(dataDir, 0);
  const server = spawnKlappe(['serve', '--api-only'], env);
  const workers = Array.from({ length: workerCount }, () => spawnKlappe(['worker'], { ...env, KLAPPE_LOG_LEVEL: 'info' }));
  try {
    const url = await server.ready;
    await Promise.all(workers.map((w) => w.ready));
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const t0 = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++) {
      const res = await fetch(`${url}/v1/videos`, { method: 'POST', headers, body: JSON.stringify({ prompt: `a red ball bounces on a wooden floor, take ${i}`, seconds: '1', fps: 24 }) });
      ids.push(((await res.json()) as { id: string }).id);
    }
    for (;;) {
      const states = await Promise.all(ids.map(async (id) => ((await (await fetch(`${url}/v1/videos/${id}`, { headers })).json()) as { status: string }).status));
      if (states.includes('failed')) throw new Error(`a render failed: ${states.join(', ')}`);
      if (states.every((s) => s === 'completed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - t0) / 1000;
    return { workers: workerCount, jobs: JOBS, seconds, perMinute: (JOBS / seconds) * 60 };
  } finally {
    await Promise.all([...workers.map((w) => stop(w.child)), stop(server.child)]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'klappe-bench-api-'));
  const { key, ids } = await seed(dataDir);
  const server = spawnKlappe(['serve', '--api-only'], { KLAPPE_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', KLAPPE_LOG_LEVEL: 'warn', KLAPPE_RATE_LIMIT: '0' });
  const rows: Row[] = [];
  try {
    const url = await server.ready;
    await load(url, key, 'warm-up', (i) => `/v1/videos/${ids[i % ids.length]}`);
    rows.push(await openLoop(url, key, 'retrieve GET /v1/videos/{id}', 500, (i) => `/v1/videos/${ids[(i * 7919) % ids.length]}`));
    rows.push(await load(url, key, 'retrieve GET /v1/videos/{id}', (i) => `/v1/videos/${ids[(i * 7919) % ids.length]}`));
    rows.push(await load(url, key, 'list GET /v1/videos?limit=20', (i) => (i % 2 ? '/v1/videos?limit=20' : `/v1/videos?limit=20&after=${ids[(i * 7919) % ids.length]}`)));
  } finally {
    await stop(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const jobs = [await jobsPerMinute(1), await jobsPerMinute(2)];

  const out = [
    `## Klappe server benchmark — SQLite, ${SEEDED} videos, 50 connections, ${DURATION_S} s each (${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version})`,
    '',
    '| request | rate | p50 | p99 | throughput | errors |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.rate} | ${r.p50} | ${r.p99} | ${r.throughput} | ${r.errors} |`),
    '',
    `Goal: retrieve p99 < 20 ms at 500 requests/s — ${Number.parseFloat(rows[0]!.p99) < 20 ? 'met' : 'NOT met'}.`,
    '',
    `| render workers | jobs (1 s, 720x1280, 24 fps) | wall time | jobs per minute |`,
    '|---|---|---|---|',
    ...jobs.map((j) => `| ${j.workers} | ${j.jobs} | ${j.seconds.toFixed(1)} s | ${j.perMinute.toFixed(1)} |`),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
