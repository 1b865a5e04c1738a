/**
 * Structured logs: one JSON object per line on stdout — time, level, message and fields such
 * as the request id or video id. Has the methods Fastify expects of a logger.
 */
import type { Writable } from 'node:stream';

export const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
export type LevelName = keyof typeof LEVELS;

type LogFn = (objOrMsg: unknown, msg?: string, ...rest: unknown[]) => void;

export interface Logger {
  level: string;
  trace: LogFn;
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  fatal: LogFn;
  silent: LogFn;
  child(bindings: Record<string, unknown>): Logger;
}

function errorFields(err: Error): Record<string, unknown> {
  const code = (err as { code?: unknown }).code;
  return { type: err.name, message: err.message, ...(code !== undefined ? { code } : {}), stack: err.stack };
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) return errorFields(value);
  return value;
}

export function createLogger(opts: { level?: string; stream?: Writable; bindings?: Record<string, unknown> } = {}): Logger {
  const levelName = (opts.level ?? 'info') in LEVELS ? (opts.level as LevelName) : 'info';
  const threshold = LEVELS[levelName];
  const stream = opts.stream ?? process.stdout;
  const bindings = opts.bindings ?? {};
  const make = (name: Exclude<LevelName, 'silent'>): LogFn => {
    const value = LEVELS[name];
    if (value < threshold) return () => {};
    return (objOrMsg, msg) => {
      let fields: Record<string, unknown> = {};
      let message = msg;
      if (typeof objOrMsg === 'string') message = objOrMsg;
      else if (objOrMsg instanceof Error) fields = { err: errorFields(objOrMsg) };
      else if (objOrMsg && typeof objOrMsg === 'object') {
        for (const [k, v] of Object.entries(objOrMsg)) fields[k] = serialize(v);
      }
      const line: Record<string, unknown> = { time: new Date().toISOString(), level: name, ...bindings, ...fields };
      if (message !== undefined) line.msg = message;
      try {
        stream.write(`${JSON.stringify(line)}\n`);
      } catch {
        // never let logging take the server down
      }
    };
  };
  return {
    level: levelName,
    trace: make('trace'),
    debug: make('debug'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    fatal: make('fatal'),
    silent: () => {},
    child: (more) => createLogger({ level: levelName, stream, bindings: { ...bindings, ...more } }),
  };
}
