/** The verifier's report on a posted video → the post's provenance badge. */
import type { VerifyReport } from '@klappe/trust';

export interface ProvenanceView {
  c2pa: 'valid' | 'invalid' | 'missing';
  watermark: 'found' | 'not_found';
  /** Signed by this server's trusted key, untampered, and marked: "made with Klappe". */
  verified: boolean;
  /** The verifier's outcome and one-line verdict. */
  outcome: VerifyReport['outcome'];
  verdict: string;
}

export function provenanceOf(report: Pick<VerifyReport, 'c2pa' | 'videoMark' | 'audioMark' | 'outcome' | 'verdict'>): ProvenanceView {
  const state = report.c2pa.state;
  const c2pa = state === 'trusted' || state === 'valid-untrusted' ? 'valid' : state === 'invalid' ? 'invalid' : 'missing';
  const watermark = report.videoMark.found || report.audioMark.found ? 'found' : 'not_found';
  return { c2pa, watermark, verified: report.outcome === 'made-by-klappe' && watermark === 'found', outcome: report.outcome, verdict: report.verdict };
}
