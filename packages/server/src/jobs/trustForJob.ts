/**
 * The trust layer for one render job: the visible mark (with the creator's handle when known),
 * the invisible video and audio marks and the signed C2PA manifest — on every job, always.
 * A remix's source file (when still stored) becomes the manifest's ingredient. `record` stores
 * the mark id → video record the verifier uses.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ensureTrustKeys, trustKeyConfigFromEnv, trustStagesFor, type TrustKeys, type TrustStages } from '@klappe/trust';
import { videoBlobKeys, type BlobStore } from '../blobs/BlobStore.ts';
import type { VideoRow } from '../store/Database.ts';
import { VideoMarkStore } from '../store/VideoMarkStore.ts';
import type { VideoStore } from '../store/VideoStore.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface JobTrustDeps {
  videos: VideoStore;
  blobs: BlobStore;
  workDir: string;
  /** The installation's keys; default: made or loaded in the data folder (the parent of workDir). */
  trust?: TrustKeys;
  marks?: VideoMarkStore;
  /** The creator's public handle for the visible mark (web accounts), when there is one. */
  handleOf?: (row: VideoRow) => Promise<string | undefined>;
}

export interface JobTrust {
  stages: Pick<TrustStages, 'frameStages' | 'audioStage' | 'postprocess'>;
  /** Store the mark id → video record (call once the video is stored). */
  record(): Promise<void>;
}

const defaultKeys = new Map<string, Promise<TrustKeys>>();

export async function trustForJob(deps: JobTrustDeps, row: VideoRow, scratch: string): Promise<JobTrust> {
  const dataDir = dirname(deps.workDir);
  const keys =
    deps.trust ??
    (await (defaultKeys.get(dataDir) ??
      (() => {
        const p = ensureTrustKeys(dataDir, trustKeyConfigFromEnv());
        defaultKeys.set(dataDir, p);
        return p;
      })()));
  let remixOf: { path?: string; title: string } | undefined;
  const sourceId = row.remixed_from_video_id;
  if (sourceId) {
    const sourceKey = videoBlobKeys(sourceId).video;
    const title = `${sourceId}.mp4`;
    if (await deps.blobs.stat(sourceKey)) {
      const path = join(scratch, 'remix-source.mp4');
      await pipeline(deps.blobs.createReadStream(sourceKey), createWriteStream(path));
      remixOf = { path, title };
    } else {
      remixOf = { title }; // the source's files expired: named, without its manifest
    }
  }
  const handle = await deps.handleOf?.(row);
  const stages = await trustStagesFor({ keys, videoId: row.id, handle, model: row.model, version: VERSION, remixOf });
  const marks = deps.marks ?? new VideoMarkStore(deps.videos.db);
  return {
    stages: { frameStages: stages.frameStages, audioStage: stages.audioStage, postprocess: stages.postprocess },
    record: () => marks.record({ instance: keys.instance, markId: stages.markId, videoId: row.id, createdAt: Number(row.created_at), creatorKeyId: row.owner_key_id }),
  };
}
