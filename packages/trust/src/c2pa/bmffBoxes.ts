/**
 * A tiny walker over the top-level boxes of an ISO BMFF file (MP4): enough to tell an MP4
 * from other bytes, notice a truncated file, and find (or remove) the C2PA manifest box.
 */
import { open } from 'node:fs/promises';

export interface BmffBox {
  type: string;
  offset: number;
  size: number;
  /** For `uuid` boxes: the 16-byte extended type, hex. */
  uuid?: string;
}

/** The extended type of the `uuid` box that carries a C2PA manifest store. */
export const C2PA_UUID = 'd8fec3d61b0e483c92975828877ec481';

export type BmffScan = { ok: true; boxes: BmffBox[] } | { ok: false; reason: 'not-bmff' | 'truncated'; boxes: BmffBox[] };

const TYPE = /^[\x20-\x7e]{4}$/;

type Step = { box: BmffBox } | { fail: 'not-bmff' | 'truncated'; partial?: BmffBox };

/** Reads the box header at `offset` from `head` (the file's bytes from `offset`, at least 32 if the file has them). */
function parseBox(head: Uint8Array, offset: number, fileLength: number, first: boolean): Step {
  const fail = (reason: 'not-bmff' | 'truncated') => ({ fail: first && reason === 'truncated' ? ('not-bmff' as const) : reason });
  if (head.length < 8) return fail('truncated');
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let size = view.getUint32(0);
  const type = String.fromCharCode(...head.subarray(4, 8));
  if (!TYPE.test(type) || (first && type !== 'ftyp')) return first ? { fail: 'not-bmff' } : { fail: 'truncated' };
  let header = 8;
  if (size === 1) {
    if (head.length < 16) return fail('truncated');
    size = Number(view.getBigUint64(8));
    header = 16;
  } else if (size === 0) {
    size = fileLength - offset; // to the end of the file
  }
  if (size < header) return fail('truncated');
  if (offset + size > fileLength) return { fail: 'truncated', partial: { type, offset, size } };
  const box: BmffBox = { type, offset, size };
  if (type === 'uuid' && size >= header + 16 && head.length >= header + 16) box.uuid = Buffer.from(head.subarray(header, header + 16)).toString('hex');
  return { box };
}

export function scanBmff(bytes: Uint8Array): BmffScan {
  const boxes: BmffBox[] = [];
  for (let offset = 0; offset < bytes.length; ) {
    const step = parseBox(bytes.subarray(offset, offset + 32), offset, bytes.length, boxes.length === 0);
    if ('fail' in step) return { ok: false, reason: step.fail, boxes: step.partial ? [...boxes, step.partial] : boxes };
    boxes.push(step.box);
    offset += step.box.size;
  }
  if (boxes.length === 0) return { ok: false, reason: 'not-bmff', boxes };
  return { ok: true, boxes };
}

/** scanBmff for a file on disk: reads only the box headers. */
export async function scanBmffFile(path: string): Promise<BmffScan> {
  const handle = await open(path, 'r');
  try {
    const { size: length } = await handle.stat();
    const boxes: BmffBox[] = [];
    const head = Buffer.alloc(32);
    for (let offset = 0; offset < length; ) {
      const { bytesRead } = await handle.read(head, 0, 32, offset);
      const step = parseBox(head.subarray(0, bytesRead), offset, length, boxes.length === 0);
      if ('fail' in step) return { ok: false, reason: step.fail, boxes: step.partial ? [...boxes, step.partial] : boxes };
      boxes.push(step.box);
      offset += step.box.size;
    }
    if (boxes.length === 0) return { ok: false, reason: 'not-bmff', boxes };
    return { ok: true, boxes };
  } finally {
    await handle.close();
  }
}

/**
 * The file without its C2PA manifest box (as a tool that drops metadata would leave it).
 * The other boxes are kept byte for byte; `stco`/`co64` chunk offsets are shifted when the
 * removed box came before `mdat`, so the result still plays.
 */
export function stripC2paBox(bytes: Uint8Array): Uint8Array {
  const scan = scanBmff(bytes);
  if (!scan.ok) throw new Error(`not a complete MP4 (${scan.reason})`);
  const manifest = scan.boxes.find((b) => b.type === 'uuid' && b.uuid === C2PA_UUID);
  if (!manifest) return bytes;
  const out = new Uint8Array(bytes.length - manifest.size);
  out.set(bytes.subarray(0, manifest.offset), 0);
  out.set(bytes.subarray(manifest.offset + manifest.size), manifest.offset);
  const moov = scanBmff(out).ok ? (scanBmff(out) as { boxes: BmffBox[] }).boxes.find((b) => b.type === 'moov') : undefined;
  const mdat = scan.boxes.find((b) => b.type === 'mdat');
  if (moov && mdat && mdat.offset > manifest.offset) shiftChunkOffsets(out, moov.offset, moov.offset + moov.size, -manifest.size);
  return out;
}

const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf', 'udta', 'mvex']);

function shiftChunkOffsets(bytes: Uint8Array, start: number, end: number, delta: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = start + 8; // inside the container's header
  while (offset + 8 <= end) {
    const size = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (size < 8 || offset + size > end) return;
    if (CONTAINERS.has(type)) shiftChunkOffsets(bytes, offset, offset + size, delta);
    else if (type === 'stco' || type === 'co64') {
      const count = view.getUint32(offset + 12);
      for (let i = 0; i < count; i++) {
        if (type === 'stco') {
          const at = offset + 16 + i * 4;
          view.setUint32(at, view.getUint32(at) + delta);
        } else {
          const at = offset + 16 + i * 8;
          view.setBigUint64(at, view.getBigUint64(at) + BigInt(delta));
        }
      }
    }
    offset += size;
  }
}
