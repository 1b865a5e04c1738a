import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_REDIS_URL, redisAvailable } from '../../testing/testServices.ts';
import { parseRedisUrl } from './parseRedisUrl.ts';
import { RespConnection } from './RespConnection.ts';
import { encodeCommand, RedisReplyError, RespParser } from './RespParser.ts';

describe('RespParser', () => {
  it('parses replies split across chunks, including nested arrays, nulls and errors', () => {
    const p = new RespParser();
    const bytes = Buffer.from('+OK\r\n:42\r\n$5\r\nhällo\r\n*3\r\n$1\r\na\r\n$-1\r\n*1\r\n:7\r\n-ERR nope\r\n*-1\r\n'.replace('hällo', 'hallo'));
    const out = [];
    for (let i = 0; i < bytes.length; i += 3) {
      p.feed(bytes.subarray(i, i + 3));
      out.push(...p.drain());
    }
    assert.deepEqual(out.slice(0, 4), ['OK', 42, 'hallo', ['a', null, [7]]]);
    assert.ok(out[4] instanceof RedisReplyError);
    assert.equal((out[4] as Error).message, 'ERR nope');
    assert.equal(out[5], null);
  });

  it('reads multi-byte UTF-8 by byte length', () => {
    const p = new RespParser();
    p.feed(Buffer.from(`$${Buffer.byteLength('hällo')}\r\nhällo\r\n`));
    assert.deepEqual(p.drain(), ['hällo']);
  });

  it('encodes commands as arrays of bulk strings, buffers as they are', () => {
    assert.equal(encodeCommand('SET', ['k', 1]).toString(), '*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\n1\r\n');
    assert.deepEqual([...encodeCommand('X', [Buffer.from([0, 255])]).subarray(-4)], [0, 255, 13, 10]);
  });

  it('parses REDIS_URL', () => {
    assert.deepEqual(parseRedisUrl('redis://:s%40cret@cache:6380/2'), { host: 'cache', port: 6380, username: undefined, password: 's@cret', db: 2, tls: false });
    assert.throws(() => parseRedisUrl('http://x'), /redis:\/\//);
  });
});

describe('RespConnection against Redis', async () => {
  const available = await redisAvailable();
  it('round-trips commands, pipelines and reports server errors', { skip: available ? false : `no Redis at ${TEST_REDIS_URL}` }, async () => {
    const conn = new RespConnection(parseRedisUrl(TEST_REDIS_URL));
    await conn.connect();
    const key = `klappe-test:${process.pid}:${Date.now()}`;
    try {
      // Sent back to back without waiting: replies come back in order.
      const replies = await Promise.all([conn.send('SET', [key, 'v']), conn.send('GET', [key]), conn.send('EXISTS', [key]), conn.send('LRANGE', [`${key}:none`, 0, -1])]);
      assert.deepEqual(replies, ['OK', 'v', 1, []]);
      await assert.rejects(conn.send('INCR', [key]), /not an integer/);
      assert.deepEqual(await conn.send('BZPOPMIN', [`${key}:empty`, '0.01']), null);
    } finally {
      await conn.send('DEL', [key]);
      conn.close();
    }
  });
});
