/** `klappe keys create|list|revoke`: API keys for the server (stored hashed in its database). */
import { parseArgs } from 'node:util';
import { CliError } from '../CliError.ts';
import { serverConfigFromArgs, startupError } from './serverConfigFromArgs.ts';

export const KEYS_USAGE = `Usage: klappe keys create [--name NAME] [--json]
       klappe keys list [--json]
       klappe keys revoke KEY_ID

API keys for \`klappe serve\` (Bearer tokens, kl-…). The key is printed once at creation;
only its sha256 is stored. Uses the same database as the server (DATABASE_URL or --data DIR).`;

export async function keysCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [action, ...rest] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(`${KEYS_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (!['create', 'list', 'revoke'].includes(action)) throw new CliError(`unknown keys action "${action}" (try: create, list, revoke)`);
  const config = await serverConfigFromArgs(values);
  const { ApiKeyStore, createApiKey, openDatabase } = await import('@klappe/server/admin');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, databaseSchema: config.databaseSchema, dataDir: config.dataDir }).catch((err) => {
    throw startupError(err);
  });
  try {
    await database.migrate();
    const store = new ApiKeyStore(database.db);
    if (action === 'create') {
      const name = values.name ?? 'default';
      if (name.length > 100) throw new CliError('--name must be at most 100 characters');
      const created = await createApiKey(store, name);
      if (values.json) process.stdout.write(`${JSON.stringify({ id: created.id, name: created.name, key: created.key })}\n`);
      else {
        process.stdout.write(`${created.key}\n`);
        process.stderr.write(`created key ${created.id} ("${created.name}"). This is the only time it is shown.\n`);
      }
      return 0;
    }
    if (action === 'list') {
      const rows = await store.list();
      if (values.json) {
        process.stdout.write(`${JSON.stringify(rows.map((r) => ({ id: r.id, name: r.name, prefix: r.key_prefix, created_at: Math.floor(r.created_at / 1000), revoked: r.revoked_at !== null })))}\n`);
      } else {
        for (const r of rows) {
          process.stdout.write(`${r.id}  ${r.key_prefix.padEnd(9)}  ${new Date(r.created_at).toISOString().slice(0, 19)}Z  ${r.revoked_at ? 'revoked' : 'active '}  ${r.name}\n`);
        }
        if (rows.length === 0) process.stderr.write('no keys yet: klappe keys create\n');
      }
      return 0;
    }
    const id = rest[0];
    if (!id) throw new CliError('which key? klappe keys revoke KEY_ID (see klappe keys list)');
    if (!(await store.revoke(id, Date.now()))) throw new CliError(`no active key with id "${id}"`);
    process.stderr.write(`revoked ${id}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
