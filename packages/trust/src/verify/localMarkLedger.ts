/**
 * The command line's record of the videos it made (no server, no database): one JSON line per
 * video in `<dataDir>/trust/local-marks.jsonl`, so `klappe verify` on the same machine can say
 * which render a marked copy came from and when.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MarkLookup } from './VerifyReport.ts';

interface LedgerLine {
  instance: number;
  markId: string;
  videoId: string;
  createdAt: string;
  creator?: string;
}

const file = (dataDir: string) => join(dataDir, 'trust', 'local-marks.jsonl');

export async function appendLocalMark(dataDir: string, mark: { instance: number; markId: bigint; videoId: string; createdAt: Date; creator?: string }): Promise<void> {
  const line: LedgerLine = { instance: mark.instance, markId: mark.markId.toString(), videoId: mark.videoId, createdAt: mark.createdAt.toISOString(), ...(mark.creator ? { creator: mark.creator } : {}) };
  await appendFile(file(dataDir), `${JSON.stringify(line)}\n`, { mode: 0o600 });
}

export function localMarkLookup(dataDir: string): MarkLookup {
  return async (markId, instance, kind) => {
    let text: string;
    try {
      text = await readFile(file(dataDir), 'utf8');
    } catch {
      return undefined;
    }
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      let line: LedgerLine;
      try {
        line = JSON.parse(raw) as LedgerLine;
      } catch {
        continue; // a line cut short by a crash
      }
      const lineId = BigInt(line.markId);
      const matches = kind === 'audio' ? (lineId & 0xffffffffn) === markId : lineId === markId;
      if (matches && (instance === undefined || line.instance === instance)) {
        return { videoId: line.videoId, createdAt: line.createdAt, ...(line.creator ? { creator: line.creator } : {}) };
      }
    }
    return undefined;
  };
}
