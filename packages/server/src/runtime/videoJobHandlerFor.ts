/** The render job as `klappe serve` and `klappe worker` both run it, with the runtime's trust keys and the creators' handles. */
import { handleOfVideo } from '../app/store/handleOfVideo.ts';
import type { ServerConfig } from '../config/ServerConfig.ts';
import { createVideoJobHandler } from '../jobs/createVideoJobHandler.ts';
import type { JobHandler } from '../jobs/JobQueue.ts';
import type { Runtime } from './openRuntime.ts';

export function videoJobHandlerFor(runtime: Runtime, config: ServerConfig): JobHandler {
  const { videos, blobs, logger, metrics } = runtime;
  return createVideoJobHandler({
    videos,
    blobs,
    workDir: runtime.workDir,
    logger,
    metrics,
    renderThreads: config.renderThreads,
    assetTtlHours: config.assetTtlHours,
    trust: runtime.trust,
    marks: runtime.marks,
    handleOf: handleOfVideo(videos.db),
  });
}
