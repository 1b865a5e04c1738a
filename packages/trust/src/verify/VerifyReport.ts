/** The answer to "was this made by Klappe, untampered?" for one file. */
import type { C2paReport } from '../c2pa/C2paReport.ts';

export interface MarkReport {
  found: boolean;
  /** The mark id (decimal), when found: 48 bits for the video mark, 32 for the audio mark. */
  markId?: string;
  /** The Klappe video it belongs to, when this installation knows it. */
  videoId?: string;
  /** The 16-bit id of the installation whose key made the mark. */
  instance?: number;
  /** Share of the mark's coded bits read correctly (1 = perfect). */
  bitAccuracy?: number;
  /** When the video was made (ISO 8601), when known. */
  createdAt?: string;
  /** Who made it, where that is public. */
  creator?: string;
  /** Why the mark could not be checked (no audio track, for example). */
  note?: string;
}

export interface VerifyReport {
  /** One line for people. */
  verdict: string;
  /** `made-by-klappe` (untampered, trusted), `klappe-unsigned` (marks only), `tampered`, `untrusted-signer` or `not-klappe`. */
  outcome: 'made-by-klappe' | 'klappe-unsigned' | 'tampered' | 'untrusted-signer' | 'not-klappe';
  file: { name?: string; bytes: number; container: 'mp4' | 'other' };
  c2pa: C2paReport;
  videoMark: MarkReport;
  audioMark: MarkReport;
}

/** What a verifier knows about a mark id: filled in from a server's records. */
export interface MarkRecord {
  videoId: string;
  createdAt?: string;
  creator?: string;
}

/** `kind: 'audio'`: `markId` is the audio mark's 32 bits (the low bits of the video's 48-bit mark id). */
export type MarkLookup = (markId: bigint, instance: number | undefined, kind?: 'video' | 'audio') => Promise<MarkRecord | undefined>;
