/** `klappe generate "<prompt>" [--seconds N] [--size WxH] [--fps N] [--seed N] [--plan file.json] -o out.mp4` */
import { parseArgs } from 'node:util';
import { generateVideo, PlanError } from '@klappe/engine';
import { withSpeechOptions } from '../args/withSpeechOptions.ts';
import { withReference } from '../args/withReference.ts';
import { withLookOptions } from '../args/withLookOptions.ts';
import { trustForCli } from './trustForCli.ts';
import { readFile } from 'node:fs/promises';
import { CATEGORY_LABELS, createImageModerator, ImageDecodeError, defaultTextModerator, moderatePlan, moderationConfigFromEnv, ModerationConfigError, type ModerationResult } from '@klappe/trust';
import { checkOutputPath } from '../args/checkOutputPath.ts';
import { loadPlan } from '../args/loadPlan.ts';
import { parseCanvasOptions } from '../args/parseCanvasOptions.ts';
import { CliError } from '../CliError.ts';
import { createProgressBar } from '../progressBar.ts';

export const GENERATE_USAGE = `Usage: klappe generate "<prompt>" [options] -o out.mp4
       klappe generate --plan plan.json [options] -o out.mp4

Options:
  -o, --output FILE   MP4 to write (a thumbnail and spritesheet JPEG are written beside it)
  --seconds N         duration, 1-20 (default 8)
  --size WxH          720x1280 (default), 1280x720, 1024x1792, 1792x1024, 1080x1920, 1920x1080, 1080x1080
  --fps N             24 or 30 (default 30)
  --seed N            0-4294967295 (default: derived from the prompt)
  --plan FILE         render a ScenePlan JSON file instead of a prompt
  --workers N         render threads (default: one per core)
  --preset NAME       a look from the preset catalogue: film-noir, papercraft, anime,
                      claymation, product-showcase, vintage-home-video, documentary, ...
                      (style, colour grade, camera, ambience, caption look; its aspect
                      ratio when --size is not given; see docs/styles.md)
  --style ID          render style: cinematic, film-noir, papercraft, anime, claymation,
                      watercolour, pixel-art, vintage-film
  --reference FILE    a PNG, JPEG or WebP picture for the clip (up to 20 MB, 50 megapixels)
  --reference-mode M  plate: the picture is the backdrop and first frame; product: the
                      picture becomes an object that moves with physics (default: product
                      when the picture has transparency, else plate)
  --captions          burn captions into the picture (a .vtt caption file is always
                      written beside clips with speech)
  --language TAG      speak the dialogue in this language (en, de, fr, es, it, pt, nl, pl,
                      tr, ru, zh, ja, hi, ar, ... see docs/speech.md)
  --handle NAME       your handle, shown under the Klappe mark (every video carries the
                      visible mark, invisible watermarks and a signed C2PA manifest)
  --quiet             no progress bar
  --json              print a JSON summary when done`;

export async function generateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      seconds: { type: 'string' },
      size: { type: 'string' },
      fps: { type: 'string' },
      seed: { type: 'string' },
      plan: { type: 'string' },
      workers: { type: 'string' },
      preset: { type: 'string' },
      style: { type: 'string' },
      reference: { type: 'string' },
      'reference-mode': { type: 'string' },
      handle: { type: 'string' },
      captions: { type: 'boolean' },
      language: { type: 'string' },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${GENERATE_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new CliError('put the prompt in quotes: klappe generate "a red ball bounces" -o ball.mp4');
  if (!values.output) throw new CliError('missing output file: add -o out.mp4');
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!/^\d+$/.test(values.workers) || workers > 64) throw new CliError(`--workers must be a whole number from 0 to 64, got "${values.workers}"`);
  }
  const options = parseCanvasOptions(values);
  if (positionals[0] !== undefined) refuseIfBlocked(moderation().moderate(positionals[0]), 'prompt');
  const loaded = await loadPlan(positionals[0], values.plan, options).catch((err: unknown) => {
    if (err instanceof PlanError) throw new CliError(err.message);
    throw err;
  });
  const looked = withLookOptions(loaded, values.preset, values.style, values.size !== undefined || values.plan !== undefined);
  const spoken = withSpeechOptions(looked, values.language, values.captions === true);
  const { plan, assets } = await withReference(spoken, values.reference, values['reference-mode']);
  const verdict = moderatePlan(plan, moderation());
  refuseIfBlocked(verdict, values.plan !== undefined ? `plan (${verdict.field})` : 'prompt');
  if (values.reference !== undefined) await moderateReferenceImage(values.reference);
  const output = await checkOutputPath(values.output);
  const trust = await trustForCli(plan, output, values.handle);

  const showProgress = !values.quiet && !values.json && process.stderr.isTTY === true;
  const bar = showProgress ? createProgressBar(process.stderr, 'rendering') : undefined;
  const abort = new AbortController();
  const onSignal = () => abort.abort(new CliError('cancelled', 130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await generateVideo({
      plan,
      output,
      workers,
      assets,
      ...trust.stages,
      signal: abort.signal,
      onProgress: bar ? (p) => bar.update(p.framesDone, p.frameCount) : undefined,
    });
    bar?.finish();
    await trust.record();
    const seconds = result.timeline.duration;
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ output: result.output, videoId: trust.videoId, thumbnail: result.thumbnail, spritesheet: result.spritesheet, captions: result.captions, seconds, frames: result.timeline.frameCount, timings: result.timings, ungrounded: plan.ungrounded }, null, 2)}\n`,
      );
    } else if (!values.quiet) {
      process.stderr.write(
        `wrote ${values.output} (${plan.canvas.width}x${plan.canvas.height}, ${seconds} s, ${plan.canvas.fps} fps) in ${result.timings.total.toFixed(1)} s — ${(seconds / result.timings.total).toFixed(1)}× real time\n`,
      );
      if (plan.ungrounded.length > 0) process.stderr.write(`not understood: ${plan.ungrounded.join(', ')}\n`);
    }
    return 0;
  } catch (err) {
    bar?.finish();
    if (abort.signal.aborted) throw abort.signal.reason;
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The text moderator (built-in rules plus KLAPPE_MODERATION_CONFIG); a bad config file is one clear line. */
function moderation() {
  try {
    return defaultTextModerator();
  } catch (err) {
    if (err instanceof ModerationConfigError) throw new CliError(`KLAPPE_MODERATION_CONFIG: ${err.message}`);
    throw err;
  }
}

/** One line naming the category ("klappe: prompt refused (moderation: graphic violence)"); nothing is rendered. */
function refuseIfBlocked(result: ModerationResult, what: string): void {
  if (!result.allowed && result.category) throw new CliError(`${what} refused (moderation: ${CATEGORY_LABELS[result.category]})`);
}

async function moderateReferenceImage(path: string): Promise<void> {
  let config;
  try {
    config = moderationConfigFromEnv();
  } catch (err) {
    if (err instanceof ModerationConfigError) throw new CliError(`KLAPPE_MODERATION_CONFIG: ${err.message}`);
    throw err;
  }
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return; // withReference already reported an unreadable file
  try {
    refuseIfBlocked(await createImageModerator({ config }).classify(bytes), 'reference image');
  } catch (err) {
    if (err instanceof ImageDecodeError) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
}
