/** The verify report as a few readable lines (the CLI's output without --json). */
import type { MarkReport, VerifyReport } from './VerifyReport.ts';

const C2PA_STATE = {
  trusted: 'Trusted (signed by a trusted certificate, content hashes match)',
  'valid-untrusted': 'Valid but untrusted signer',
  invalid: 'Invalid',
  absent: 'absent (no manifest in the file)',
} as const;

function mark(m: MarkReport): string {
  if (!m.found) return `not found${m.note ? ` (${m.note})` : ''}`;
  const facts = [
    m.videoId ? `video ${m.videoId}` : `mark id ${m.markId}`,
    m.createdAt ? `made ${m.createdAt}` : undefined,
    m.creator ? `by ${m.creator}` : undefined,
    m.instance !== undefined ? `instance ${m.instance}` : undefined,
    m.bitAccuracy !== undefined ? `bit accuracy ${m.bitAccuracy.toFixed(2)}` : undefined,
  ].filter(Boolean);
  return `found — ${facts.join(', ')}`;
}

export function formatVerifyReport(r: VerifyReport): string {
  const lines = [r.verdict, '', `file         ${r.file.name ?? ''} (${r.file.bytes} bytes)`];
  lines.push(`C2PA         ${C2PA_STATE[r.c2pa.state]}`);
  if (r.c2pa.failures.length) lines.push(`  failures   ${r.c2pa.failures.join(', ')}`);
  if (r.c2pa.claimGenerator) lines.push(`  generator  ${r.c2pa.claimGenerator}`);
  if (r.c2pa.signer) lines.push(`  signer     ${[r.c2pa.signer.commonName, r.c2pa.signer.issuer && `issued by ${r.c2pa.signer.issuer}`, r.c2pa.signer.algorithm].filter(Boolean).join(', ')}`);
  for (const a of r.c2pa.actions ?? []) {
    lines.push(`  action     ${a.action}${a.digitalSourceType ? ` (${a.digitalSourceType.split('/').pop()})` : ''}${a.softwareAgent ? ` by ${a.softwareAgent}` : ''}`);
  }
  for (const i of r.c2pa.ingredients ?? []) lines.push(`  ingredient ${i.title ?? '(untitled)'}${i.relationship ? ` (${i.relationship})` : ''}`);
  lines.push(`video mark   ${mark(r.videoMark)}`);
  lines.push(`audio mark   ${mark(r.audioMark)}`);
  return `${lines.join('\n')}\n`;
}
