/**
 * A small Redis connection over TCP (RESP2), shaped like Bun's built-in RedisClient
 * (`send`, `connected`, `onconnect`, `onclose`, `duplicate`) so that BullMQ's own adapter for
 * that client (`createBunRedisClient`) drives it. This keeps BullMQ working without the
 * optional `ioredis` driver.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { RedisEndpoint } from './parseRedisUrl.ts';
import { encodeCommand, RedisReplyError, RespParser, type RespValue } from './RespParser.ts';

interface Pending {
  resolve: (value: RespValue) => void;
  reject: (err: Error) => void;
}

export class RespConnection {
  connected = false;
  onconnect: (() => void) | undefined;
  onclose: ((err?: Error) => void) | undefined;
  onerror: ((err: Error) => void) | undefined;
  private socket: Socket | undefined;
  private parser = new RespParser();
  private pending: Pending[] = [];
  private connecting: Promise<void> | undefined;
  private lastError: Error | undefined;

  constructor(
    readonly endpoint: RedisEndpoint,
    private readonly connectTimeoutMs = 10_000,
  ) {}

  connect(): Promise<void> {
    if (this.connected) return Promise.resolve();
    if (this.connecting) return this.connecting;
    this.connecting = new Promise<void>((resolve, reject) => {
      const { host, port, tls } = this.endpoint;
      const socket = tls ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
      const timer = setTimeout(() => socket.destroy(new Error(`Redis at ${host}:${port}: connect timed out`)), this.connectTimeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        reject(err);
      };
      socket.once('error', fail);
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        socket.off('error', fail);
        this.attach(socket);
        void this.handshake().then(
          () => {
            this.connected = true;
            this.onconnect?.();
            resolve();
          },
          (err: Error) => {
            socket.destroy();
            reject(err);
          },
        );
      });
    }).finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async handshake(): Promise<void> {
    const { username, password, db } = this.endpoint;
    if (password !== undefined) await this.write('AUTH', username ? [username, password] : [password]);
    if (db !== undefined && db !== 0) await this.write('SELECT', [db]);
  }

  private attach(socket: Socket): void {
    this.socket = socket;
    this.parser = new RespParser();
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 30_000);
    socket.on('data', (chunk: Buffer) => {
      this.parser.feed(chunk);
      let replies: RespValue[];
      try {
        replies = this.parser.drain();
      } catch (err) {
        socket.destroy(err as Error);
        return;
      }
      for (const reply of replies) {
        const p = this.pending.shift();
        if (!p) continue;
        if (reply instanceof RedisReplyError) p.reject(reply);
        else p.resolve(reply);
      }
    });
    socket.on('error', (err) => {
      this.lastError = err;
      this.onerror?.(err);
    });
    socket.on('close', () => {
      const wasConnected = this.connected;
      this.connected = false;
      this.socket = undefined;
      const pending = this.pending;
      this.pending = [];
      for (const p of pending) p.reject(new Error('Connection closed'));
      if (wasConnected) this.onclose?.(this.lastError);
      this.lastError = undefined;
    });
  }

  private write(command: string, args: readonly unknown[]): Promise<RespValue> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new Error('Connection closed'));
    return new Promise<RespValue>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      socket.write(encodeCommand(command, args));
    });
  }

  /** Send one command; resolves with the reply, rejects with the server's error reply. */
  async send(command: string, args: readonly unknown[] = []): Promise<any> {
    if (!this.connected) {
      if (!this.connecting) throw new Error('Connection closed');
      await this.connecting;
    }
    return this.write(command, args);
  }

  close(): void {
    const socket = this.socket;
    if (!socket) return;
    socket.end();
    socket.destroySoon();
  }

  /** A new, unconnected connection to the same server. */
  async duplicate(): Promise<this> {
    return new RespConnection(this.endpoint, this.connectTimeoutMs) as this;
  }

  get(key: string): Promise<string | null> {
    return this.send('GET', [key]);
  }

  smembers(key: string): Promise<string[]> {
    return this.send('SMEMBERS', [key]);
  }

  incr(key: string): Promise<number> {
    return this.send('INCR', [key]);
  }
}
