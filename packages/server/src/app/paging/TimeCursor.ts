/**
 * Cursors for lists ordered newest first by (time, id): opaque base64url of `[time, id]`.
 * A cursor that does not decode is a 400 naming `cursor`.
 */
import { invalidValue } from '../../api/ApiError.ts';

export interface TimeCursor {
  time: number;
  id: string;
}

export function encodeTimeCursor(c: TimeCursor): string {
  return Buffer.from(JSON.stringify([c.time, c.id]), 'utf8').toString('base64url');
}

export function decodeTimeCursor(cursor: string | undefined): TimeCursor | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string' && /^[a-z]+_[0-9a-f]{32}$/.test(v[1])) {
      return { time: v[0] as number, id: v[1] };
    }
  } catch {
    // fall through
  }
  throw invalidValue('cursor', "Invalid 'cursor': pass the next_cursor of the previous page unchanged.");
}

/** A page from rows fetched with limit + 1: the rows to show and the next cursor. */
export function pageOf<T>(rows: T[], limit: number, key: (row: T) => TimeCursor): { rows: T[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? encodeTimeCursor(key(last)) : null };
}
