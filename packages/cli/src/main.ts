/** The `klappe` command line: dispatches to sub-commands and turns errors into one clear line. */
import { readFileSync } from 'node:fs';
import { CliError } from './CliError.ts';
import { generateCommand, GENERATE_USAGE } from './commands/generateCommand.ts';
import { planCommand, PLAN_USAGE } from './commands/planCommand.ts';
import { keysCommand, KEYS_USAGE } from './commands/keysCommand.ts';
import { serveCommand, SERVE_USAGE } from './commands/serveCommand.ts';
import { workerCommand, WORKER_USAGE } from './commands/workerCommand.ts';
import { verifyCommand, VERIFY_USAGE } from './commands/verifyCommand.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const USAGE = `klappe ${VERSION} — prompt in, video with sound out

Commands:
  generate "<prompt>" -o out.mp4   render a clip (see klappe generate --help)
  plan "<prompt>"                  print the ScenePlan for a prompt
  verify <file>                    was this video made by Klappe, untampered?
  serve                            run the OpenAI-compatible video API (npm start)
  worker                           render jobs for a server (scale-out)
  keys create|list|revoke          manage API keys for the server

${GENERATE_USAGE}

${PLAN_USAGE}

${VERIFY_USAGE}

${SERVE_USAGE}

${WORKER_USAGE}

${KEYS_USAGE}`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  generate: generateCommand,
  plan: planCommand,
  verify: verifyCommand,
  serve: serveCommand,
  worker: workerCommand,
  keys: keysCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new CliError(`unknown command "${command}" (try: ${Object.keys(COMMANDS).join(', ')})`);
    return await run(rest);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`klappe: ${err.message}\n`);
      return err.exitCode;
    }
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`klappe: ${(err as Error).message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    process.stderr.write(`klappe: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
