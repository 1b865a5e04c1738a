import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from './createLogger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes one JSON object per line with the level, message, bindings and fields', () => {
    const { lines, stream } = capture();
    const log = createLogger({ level: 'info', stream, bindings: { service: 'klappe-server' } }).child({ reqId: 'req_1' });
    log.info({ status: 200 }, 'request');
    log.debug('hidden below the level');
    log.error({ err: new Error('boom') }, 'failed');
    assert.equal(lines.length, 2);
    assert.deepEqual({ ...lines[0], time: undefined }, { time: undefined, level: 'info', service: 'klappe-server', reqId: 'req_1', status: 200, msg: 'request' });
    assert.equal((lines[1]!.err as { message: string }).message, 'boom');
    assert.match(String(lines[0]!.time), /^\d{4}-\d\d-\d\dT/);
  });

  it('is quiet when silent', () => {
    const { lines, stream } = capture();
    createLogger({ level: 'silent', stream }).fatal('nothing');
    assert.equal(lines.length, 0);
  });
});
