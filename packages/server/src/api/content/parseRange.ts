/**
 * The HTTP Range header for one byte range (RFC 9110): `bytes=0-99`, `bytes=100-`,
 * `bytes=-500`. Several ranges or a malformed header are ignored (the whole file is sent, as
 * the RFC allows); a range that starts past the end is unsatisfiable (416).
 */
export type RangeResult = { start: number; end: number } | 'unsatisfiable' | undefined;

export function parseRange(header: string | undefined, size: number): RangeResult {
  if (!header) return undefined;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return undefined;
  const [, from, to] = m as unknown as [string, string, string];
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (to !== '' && Number(to) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
