/** `klappe plan "<prompt>"` prints the ScenePlan the director makes of a prompt. */
import { parseArgs } from 'node:util';
import { loadPlan } from '../args/loadPlan.ts';
import { parseCanvasOptions } from '../args/parseCanvasOptions.ts';
import { CliError } from '../CliError.ts';

export const PLAN_USAGE = `Usage: klappe plan "<prompt>" [--seconds N] [--size WxH] [--fps N] [--seed N]

Prints the ScenePlan JSON (see docs/scene-plan.md). Edit it and render it with
klappe generate --plan plan.json -o out.mp4`;

export async function planCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seconds: { type: 'string' },
      size: { type: 'string' },
      fps: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${PLAN_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError('give one prompt in quotes: klappe plan "a red ball bounces"');
  const plan = await loadPlan(positionals[0], undefined, parseCanvasOptions(values));
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  return 0;
}
