import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRange } from './parseRange.ts';

describe('parseRange', () => {
  it('reads the three forms of a byte range', () => {
    assert.deepEqual(parseRange('bytes=0-99', 1000), { start: 0, end: 99 });
    assert.deepEqual(parseRange('bytes=900-', 1000), { start: 900, end: 999 });
    assert.deepEqual(parseRange('bytes=-100', 1000), { start: 900, end: 999 });
  });

  it('clamps the end to the file and a suffix to its size', () => {
    assert.deepEqual(parseRange('bytes=990-5000', 1000), { start: 990, end: 999 });
    assert.deepEqual(parseRange('bytes=-5000', 1000), { start: 0, end: 999 });
  });

  it('refuses ranges past the end', () => {
    assert.equal(parseRange('bytes=1000-', 1000), 'unsatisfiable');
    assert.equal(parseRange('bytes=-0', 1000), 'unsatisfiable');
  });

  it('ignores what it does not handle: no header, other units, several ranges, nonsense', () => {
    for (const h of [undefined, '', 'items=0-1', 'bytes=0-1,5-6', 'bytes=5-1', 'bytes=-', 'bytes=a-b']) assert.equal(parseRange(h, 1000), undefined, String(h));
  });
});
