/** `klappe verify <file> [--json]`: was this video made by Klappe, and is it untampered? */
import { parseArgs } from 'node:util';
import { cliDataDir, ensureTrustKeys, localMarkLookup, formatVerifyReport, trustKeyConfigFromEnv, TrustKeyError, verifyOptionsFor, verifyVideo, VerifyInputError } from '@klappe/trust';
import { CliError } from '../CliError.ts';

export const VERIFY_USAGE = `Usage: klappe verify <file> [--json]

Checks a video's C2PA manifest (against this installation's root certificate and
KLAPPE_TRUST_ANCHORS), its invisible video and audio watermarks, and prints a verdict.
Keys come from KLAPPE_DATA (default ~/.klappe); point it at a server's data folder to
check that server's videos.

Options:
  --json              print the full report as JSON
Exit status: 0 when the file was checked (whatever the verdict), 2 for a file that cannot be checked.`;

export async function verifyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${VERIFY_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError('name one file to check: klappe verify video.mp4');
  const file = positionals[0]!;
  try {
    const dataDir = cliDataDir();
    const keys = await ensureTrustKeys(dataDir, trustKeyConfigFromEnv());
    const report = await verifyVideo(file, verifyOptionsFor(keys, localMarkLookup(dataDir)));
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report));
    return 0;
  } catch (err) {
    if (err instanceof VerifyInputError) throw new CliError(`cannot verify ${file}: ${err.message}`);
    if (err instanceof TrustKeyError) throw new CliError(err.message);
    throw err;
  }
}
