/**
 * The app's feed under load: `GET /app/api/feed` (For You, first page, and Following) latency
 * p50/p99 and throughput with 200 concurrent signed-in users, on SQLite and on Postgres, with
 * 100,000 posts, 1,000,000 likes, 2,000 accounts and 100,000 follows seeded.
 *
 *   node --import tsx packages/server/bench/benchFeed.ts
 *
 * `klappe serve --api-only` runs as its own process; this process seeds the database (batched
 * multi-row inserts in one transaction) and runs the users over keep-alive connections, two
 * ways: "scrolling" — each user asks for a page, reads it for BENCH_THINK_MS (default 2000,
 * ±50%, so 200 users offer about 100 requests/s) and asks again — for the latency people see;
 * and "flat out" — each user asks again the moment an answer arrives — for the most requests/s
 * the server answers (latency there is mostly time spent waiting in line). Postgres runs when it is
 * reachable at KLAPPE_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a
 * schema of its own that is dropped afterwards. BENCH_SECONDS (default 15), BENCH_USERS (200),
 * BENCH_POSTS (100000) and BENCH_LIKES (1000000) change the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type OpenedDatabase } from '@klappe/server';
import { appDb, type AppDatabase } from '../src/app/AppDatabase.ts';
import { SessionStore } from '../src/app/store/SessionStore.ts';
import { dropSchema, postgresAvailable, TEST_DATABASE_URL, uniqueName } from '../src/testing/testServices.ts';

const BIN = fileURLToPath(new URL('../../cli/bin/klappe.js', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 2000);
const USERS = Number(process.env.BENCH_USERS ?? 200);
const POSTS = Number(process.env.BENCH_POSTS ?? 100_000);
const LIKES = Number(process.env.BENCH_LIKES ?? 1_000_000);
const ACCOUNTS = 2000;
const FOLLOWS_EACH = 50;
const DAY = 86_400_000;

function spawnServer(env: Record<string, string>): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [BIN, 'serve', '--api-only'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.stdout!.resume();
    child.on('exit', (code) => reject(new Error(`klappe serve exited (${code}): ${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function insertBatches<T>(db: Kysely<AppDatabase>, table: keyof AppDatabase, rows: () => Iterable<T>, batch: number): Promise<void> {
  let chunk: T[] = [];
  for (const row of rows()) {
    chunk.push(row);
    if (chunk.length === batch) {
      await db.insertInto(table).values(chunk as never).execute();
      chunk = [];
    }
  }
  if (chunk.length) await db.insertInto(table).values(chunk as never).execute();
}

const id = (prefix: string, i: number) => `${prefix}${i.toString(16).padStart(32, '0')}`;

/** Seed accounts, follows, videos, posts and likes; returns session cookies for the users. */
export async function seed(opened: OpenedDatabase): Promise<{ cookies: string[]; seconds: number }> {
  const t0 = performance.now();
  await opened.migrate();
  const db = appDb(opened.db);
  const now = Date.now();
  const likesPer = Math.ceil(LIKES / POSTS);
  await db.transaction().execute(async (tx) => {
    await insertBatches(tx, 'users', function* () {
      for (let u = 0; u < ACCOUNTS; u++) yield { id: id('user_', u), username: `user${u}`, password_hash: 'scrypt$16384$8$1$AA$AA', display_name: `User ${u}`, bio: '', avatar_key: null, avatar_version: 0, created_at: now - 60 * DAY };
    }, 1000);
    await insertBatches(tx, 'follows', function* () {
      for (let u = 0; u < ACCOUNTS; u++) for (let j = 0; j < FOLLOWS_EACH; j++) yield { follower_id: id('user_', u), followee_id: id('user_', (u + 1 + j * 37) % ACCOUNTS), created_at: now - 30 * DAY };
    }, 5000);
    await insertBatches(tx, 'videos', function* () {
      for (let p = 0; p < POSTS; p++) {
        const at = now - Math.floor((p * 30 * DAY) / POSTS);
        yield { id: id('video_', p), status: 'completed', model: 'klappe-1', tier: 'standard', seconds: '4', size: '720x1280', prompt: `a red ball bounces #${p}`, preset: null, seed: p, plan: '{}', input_reference_key: null, remixed_from_video_id: null, owner_key_id: `user:${id('user_', p % ACCOUNTS)}`, created_at: at, started_at: at, completed_at: at, expires_at: null, error_code: null, error_message: null };
      }
    }, 1000);
    await insertBatches(tx, 'posts', function* () {
      for (let p = 0; p < POSTS; p++) {
        const at = now - Math.floor((p * 30 * DAY) / POSTS);
        const visibility = p % 20 === 0 ? 'private' : p % 20 < 4 ? 'followers' : 'public';
        const remix = p % 10 === 3 && p + 7 < POSTS ? id('post_', p + 7) : null;
        yield { id: id('post_', p), user_id: id('user_', p % ACCOUNTS), video_id: id('video_', p), caption: `post ${p}`, visibility, remix_of_post_id: remix, like_count: Math.min(likesPer, Math.max(0, LIKES - p * likesPer)), comment_count: 0, remix_count: p % 10 === 0 ? 1 : 0, created_at: at, updated_at: at };
      }
    }, 1000);
    await insertBatches(tx, 'likes', function* () {
      for (let i = 0; i < LIKES; i++) {
        const p = Math.floor(i / likesPer);
        const k = i % likesPer;
        yield { post_id: id('post_', p), user_id: id('user_', (p * 31 + k * 997) % ACCOUNTS), created_at: now };
      }
    }, 5000);
  });
  // A live Postgres database has planner statistics (autovacuum gathers them); a freshly
  // seeded one has none until this.
  if (opened.kind === 'postgres') await sql`analyze`.execute(db);
  const sessions = new SessionStore(db);
  const cookies: string[] = [];
  for (let u = 0; u < USERS; u++) cookies.push(`klappe_session=${await sessions.create(id('user_', (u * 7) % ACCOUNTS), now)}`);
  return { cookies, seconds: (performance.now() - t0) / 1000 };
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN;
}

/** USERS users, each asking again `thinkMs` (±50%) after an answer (0: at once), for SECONDS. */
async function load(url: string, path: string, cookies: string[], thinkMs: number): Promise<{ p50: number; p99: number; rps: number; errors: number; n: number; posts: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: cookies.length });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  let posts = 0;
  const one = (cookie: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request({ host: target.hostname, port: target.port, path, agent, headers: { cookie } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          latencies.push(performance.now() - started);
          if (res.statusCode !== 200) errors++;
          else posts += (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: unknown[] }).data.length;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  // Warm up: every user once.
  await Promise.all(cookies.map(one));
  latencies.length = 0;
  errors = 0;
  posts = 0;
  const end = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    cookies.map(async (cookie, user) => {
      // Users start spread over one think time, and each reads for a different while (a fixed sequence per user).
      let state = user * 2654435761;
      const think = () => {
        state = (state * 1103515245 + 12345) >>> 0;
        return thinkMs * (0.5 + (state / 2 ** 32));
      };
      if (thinkMs > 0) await new Promise((r) => setTimeout(r, (thinkMs * user) / cookies.length));
      while (performance.now() < end) {
        await one(cookie);
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, think()));
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), rps: latencies.length / elapsed, errors, n: latencies.length, posts: posts / Math.max(1, latencies.length) };
}

interface Row {
  db: string;
  tab: string;
  mode: string;
  p50: string;
  p99: string;
  rps: string;
  errors: string;
}

async function benchOne(kind: 'sqlite' | 'postgres'): Promise<{ rows: Row[]; seedSeconds: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klappe-benchfeed-'));
  const schema = kind === 'postgres' ? uniqueName('klappe_benchfeed') : undefined;
  const dbEnv: Record<string, string> = kind === 'postgres' ? { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema! } : {};
  let server: ChildProcess | undefined;
  try {
    const opened = await openDatabase({ dataDir, ...(kind === 'postgres' ? { databaseUrl: TEST_DATABASE_URL, databaseSchema: schema } : {}) });
    let seeded;
    try {
      seeded = await seed(opened);
    } finally {
      await opened.close();
    }
    console.error(`${kind}: seeded ${POSTS} posts, ${LIKES} likes, ${ACCOUNTS * FOLLOWS_EACH} follows in ${seeded.seconds.toFixed(1)} s`);
    const s = spawnServer({ ...dbEnv, KLAPPE_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', KLAPPE_LOG_LEVEL: 'warn', KLAPPE_BOOTSTRAP_KEY: 'false', KLAPPE_CONCURRENCY: '0' });
    server = s.child;
    const url = await s.url;
    const rows: Row[] = [];
    for (const [mode, think] of [[`scrolling (${THINK_MS / 1000} s a page)`, THINK_MS], ['flat out', 0]] as const) {
      for (const [tab, path] of [['For You', '/app/api/feed?tab=foryou'], ['Following', '/app/api/feed?tab=following']] as const) {
        const r = await load(url, path, seeded.cookies, think);
        console.error(`${kind} ${tab} ${mode}: ${r.n} requests, ${r.posts.toFixed(1)} posts per page`);
        rows.push({ db: kind === 'sqlite' ? 'SQLite' : 'Postgres', tab, mode, p50: `${r.p50.toFixed(1)} ms`, p99: `${r.p99.toFixed(1)} ms`, rps: r.rps.toFixed(0), errors: String(r.errors) });
      }
    }
    return { rows, seedSeconds: seeded.seconds };
  } finally {
    if (server) await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
    if (schema) await dropSchema(schema).catch(() => {});
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const seeds: string[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await postgresAvailable())) {
      console.error(`postgres: skipped (no PostgreSQL at ${TEST_DATABASE_URL})`);
      continue;
    }
    const r = await benchOne(kind);
    rows.push(...r.rows);
    seeds.push(`${kind} ${r.seedSeconds.toFixed(1)} s`);
  }
  console.log(`\n### Feed: ${USERS} concurrent users, ${POSTS.toLocaleString('en')} posts, ${LIKES.toLocaleString('en')} likes (${cpus().length} cores, ${SECONDS} s per row)\n`);
  console.log('| database | tab | users | p50 | p99 | requests/s | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.db} | ${r.tab} | ${r.mode} | ${r.p50} | ${r.p99} | ${r.rps} | ${r.errors} |`);
  console.log(`\nLoad average during the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (other work on the machine slows every figure).`);
  console.log(`\nSeeding: ${seeds.join(', ')}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
