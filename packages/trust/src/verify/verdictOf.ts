/** The one-line verdict (and its outcome code) from the three checks. */
import type { C2paReport } from '../c2pa/C2paReport.ts';
import type { MarkReport, VerifyReport } from './VerifyReport.ts';

function madeBy(mark: MarkReport | undefined, c2paVideoId: string | undefined): string {
  const id = mark?.videoId ?? c2paVideoId;
  const parts = [id ? `video ${id}` : undefined, mark?.creator ? `by ${mark.creator}` : undefined, mark?.createdAt ? `on ${mark.createdAt.slice(0, 10)}` : undefined].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function verdictOf(c2pa: C2paReport, videoMark: MarkReport, audioMark: MarkReport): Pick<VerifyReport, 'verdict' | 'outcome'> {
  const mark = videoMark.found ? videoMark : audioMark.found ? audioMark : undefined;
  const marks = [videoMark.found ? 'video' : undefined, audioMark.found ? 'audio' : undefined].filter(Boolean).join(' and ');
  const marksText = marks ? `; invisible ${marks} watermark${marks.includes(' and ') ? 's' : ''} found` : '; no invisible watermark found';
  const who = madeBy(mark, c2pa.videoId);
  switch (c2pa.state) {
    case 'trusted':
      return { outcome: 'made-by-klappe', verdict: `Made by Klappe${who}, AI-generated and untampered: C2PA signature trusted and content hashes match${marksText}.` };
    case 'valid-untrusted':
      return {
        outcome: 'untrusted-signer',
        verdict: `Intact C2PA manifest, but signed by a certificate outside the trust list${who}${marksText}${mark ? ' (the watermarks say Klappe made it)' : ''}.`,
      };
    case 'invalid':
      return {
        outcome: 'tampered',
        verdict: `Altered or damaged: the C2PA manifest does not match this file (${c2pa.failures.slice(0, 3).join(', ') || 'invalid'})${marksText}${mark ? `${who}: the original was made by Klappe` : ''}.`,
      };
    case 'absent':
      if (mark) return { outcome: 'klappe-unsigned', verdict: `Made by Klappe${who}, AI-generated: identified by its invisible ${marks} watermark; the file carries no C2PA manifest (re-encoded or stripped).` };
      return { outcome: 'not-klappe', verdict: 'No sign of Klappe: no C2PA manifest and no Klappe watermark found.' };
  }
}
