/** Turn the command line (a prompt or --plan file, plus canvas flags) into a validated plan. */
import { readFile } from 'node:fs/promises';
import { directPlan, parsePlan, parsePlanJson, PlanError, type PlanOptions, type ScenePlan } from '@klappe/engine';
import { CliError } from '../CliError.ts';

export async function loadPlan(prompt: string | undefined, planFile: string | undefined, options: PlanOptions): Promise<ScenePlan> {
  if (planFile !== undefined && prompt !== undefined) {
    throw new CliError('give either a prompt or --plan <file>, not both');
  }
  if (planFile === undefined) {
    if (prompt === undefined || prompt.trim() === '') throw new CliError('missing prompt: klappe generate "<prompt>" -o out.mp4 (or --plan file.json)');
    return directPlan(prompt, options);
  }
  let text: string;
  try {
    text = await readFile(planFile, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read plan file ${planFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    const plan = parsePlanJson(text);
    return parsePlan({
      ...plan,
      seed: options.seed ?? plan.seed,
      canvas: {
        width: options.width ?? plan.canvas.width,
        height: options.height ?? plan.canvas.height,
        fps: options.fps ?? plan.canvas.fps,
        duration: options.duration ?? plan.canvas.duration,
      },
    });
  } catch (err) {
    if (err instanceof PlanError) throw new CliError(`${planFile}: ${err.message}`);
    throw err;
  }
}
