import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provenanceOf } from './provenanceOf.ts';

const mark = (found: boolean) => ({ found });

describe('provenanceOf', () => {
  it('is verified only when signed by a trusted key, untampered, and marked', () => {
    const ok = provenanceOf({ c2pa: { state: 'trusted', failures: [] }, videoMark: mark(true), audioMark: mark(true), outcome: 'made-by-klappe', verdict: 'Made by Klappe' });
    assert.deepEqual(ok, { c2pa: 'valid', watermark: 'found', verified: true, outcome: 'made-by-klappe', verdict: 'Made by Klappe' });
  });

  it('a broken manifest or a missing mark is not verified, and says which', () => {
    const tampered = provenanceOf({ c2pa: { state: 'invalid', failures: ['assertion.bmffHash.mismatch'] }, videoMark: mark(true), audioMark: mark(false), outcome: 'tampered', verdict: 'Changed after it was made' });
    assert.deepEqual([tampered.c2pa, tampered.watermark, tampered.verified], ['invalid', 'found', false]);
    const bare = provenanceOf({ c2pa: { state: 'absent', failures: [] }, videoMark: mark(false), audioMark: mark(false), outcome: 'not-klappe', verdict: 'No sign of Klappe' });
    assert.deepEqual([bare.c2pa, bare.watermark, bare.verified], ['missing', 'not_found', false]);
  });
});
