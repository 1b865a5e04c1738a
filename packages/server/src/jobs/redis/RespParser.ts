/**
 * An incremental parser for RESP2 replies (the Redis protocol): feed bytes as they arrive,
 * take complete replies out. Bulk strings become UTF-8 strings, error replies become
 * RedisReplyError values (the caller decides whether to throw them).
 */
export class RedisReplyError extends Error {
  override name = 'RedisReplyError';
}

export type RespValue = string | number | null | RedisReplyError | RespValue[];

const CR = 13;

/** Sentinel for "not enough bytes yet". */
const INCOMPLETE = Symbol('incomplete');

export class RespParser {
  private buffer: Buffer = Buffer.alloc(0);

  feed(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
  }

  /** Every complete reply in the buffer, in order. */
  drain(): RespValue[] {
    const out: RespValue[] = [];
    let offset = 0;
    while (offset < this.buffer.length) {
      const r = this.parse(offset);
      if (r === INCOMPLETE) break;
      out.push(r.value);
      offset = r.offset;
    }
    this.buffer = offset === this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(offset);
    return out;
  }

  private line(offset: number): { text: string; next: number } | typeof INCOMPLETE {
    const end = this.buffer.indexOf(CR, offset);
    if (end === -1 || end + 1 >= this.buffer.length) return INCOMPLETE;
    return { text: this.buffer.toString('utf8', offset, end), next: end + 2 };
  }

  private parse(offset: number): { value: RespValue; offset: number } | typeof INCOMPLETE {
    if (offset >= this.buffer.length) return INCOMPLETE;
    const type = String.fromCharCode(this.buffer[offset]!);
    const head = this.line(offset + 1);
    if (head === INCOMPLETE) return INCOMPLETE;
    switch (type) {
      case '+':
        return { value: head.text, offset: head.next };
      case '-':
        return { value: new RedisReplyError(head.text), offset: head.next };
      case ':':
        return { value: Number(head.text), offset: head.next };
      case '$': {
        const len = Number(head.text);
        if (len < 0) return { value: null, offset: head.next };
        if (head.next + len + 2 > this.buffer.length) return INCOMPLETE;
        return { value: this.buffer.toString('utf8', head.next, head.next + len), offset: head.next + len + 2 };
      }
      case '*': {
        const count = Number(head.text);
        if (count < 0) return { value: null, offset: head.next };
        const items: RespValue[] = [];
        let at = head.next;
        for (let i = 0; i < count; i++) {
          const item = this.parse(at);
          if (item === INCOMPLETE) return INCOMPLETE;
          items.push(item.value);
          at = item.offset;
        }
        return { value: items, offset: at };
      }
      default:
        throw new Error(`unexpected Redis reply type "${type}"`);
    }
  }
}

/** A command as RESP bytes: an array of bulk strings. */
export function encodeCommand(command: string, args: readonly unknown[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length + 1}\r\n$${Buffer.byteLength(command)}\r\n${command}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.isBuffer(arg) ? arg : arg instanceof Uint8Array ? Buffer.from(arg) : Buffer.from(String(arg ?? ''), 'utf8');
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}
