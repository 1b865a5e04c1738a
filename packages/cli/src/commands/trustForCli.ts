/**
 * The trust layer for a render on the command line: the installation's keys (in KLAPPE_DATA,
 * else ~/.klappe), a video id derived from the plan (the same plan renders the same video,
 * marks included), and the stages that add the visible mark, the invisible marks and the
 * signed C2PA manifest. Always on: there is no flag to leave them out.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ScenePlan } from '@klappe/engine';
import { appendLocalMark, cliDataDir, ensureTrustKeys, trustKeyConfigFromEnv, TrustKeyError, trustStagesFor, type TrustStages } from '@klappe/trust';
import { CliError } from '../CliError.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface CliTrust {
  videoId: string;
  stages: Pick<TrustStages, 'frameStages' | 'audioStage' | 'postprocess'>;
  /** Note the finished video in the local ledger, so `klappe verify` can name it later. */
  record(): Promise<void>;
}

export async function trustForCli(plan: ScenePlan, output: string, handle: string | undefined): Promise<CliTrust> {
  const dataDir = cliDataDir();
  let keys;
  try {
    keys = await ensureTrustKeys(dataDir, trustKeyConfigFromEnv());
  } catch (err) {
    if (err instanceof TrustKeyError) throw new CliError(err.message);
    throw err;
  }
  if (handle !== undefined && !/^@?[\p{L}\p{N}_.-]{1,30}$/u.test(handle)) {
    throw new CliError(`--handle must be 1-30 letters, digits, "_", "." or "-", got "${handle}"`);
  }
  const videoId = `local_${createHash('sha256').update(`${keys.instance}\n${JSON.stringify(plan)}`).digest('hex').slice(0, 32)}`;
  const { frameStages, audioStage, postprocess, markId } = await trustStagesFor({ keys, videoId, handle, model: 'klappe-1', version: VERSION, title: basename(output) });
  const creator = handle ? `@${handle.replace(/^@/, '')}` : undefined;
  return {
    videoId,
    stages: { frameStages, audioStage, postprocess },
    record: () => appendLocalMark(dataDir, { instance: keys.instance, markId, videoId, createdAt: new Date(), creator }),
  };
}
