/** Run the real `klappe` command (serve or worker) as a child process, reading its JSON log lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from './waitFor.ts';

const BIN = fileURLToPath(new URL('../../../cli/bin/klappe.js', import.meta.url));

export interface KlappeProcess {
  child: ChildProcess;
  /** JSON log lines so far (stdout). */
  logs: Record<string, unknown>[];
  stderr(): string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): void;
}

export function spawnKlappe(args: string[], env: Record<string, string>): KlappeProcess {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let err = '';
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    child,
    logs,
    stderr: () => err,
    exited,
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

/** Wait for a log line with this `event` (and optionally matching fields). */
export function waitForLog(p: KlappeProcess, event: string, fields: Record<string, unknown> = {}, timeoutMs = 60_000) {
  return waitFor(
    () => p.logs.find((l) => l.event === event && Object.entries(fields).every(([k, v]) => l[k] === v)),
    `"${event}" in the logs of klappe ${p.child.spawnargs.slice(2).join(' ')} (stderr: ${p.stderr().slice(-500)})`,
    timeoutMs,
  );
}
