import type { Provenance } from '../api/types.ts';
import { Icon } from './Icon.tsx';

/** The post's provenance (content credentials and watermark), once the trust layer has checked it. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance | null | undefined }) {
  if (!provenance) return null;
  if (provenance.verified) {
    return (
      <span className="chip chip--trust" title="Signed content credentials and an intact watermark">
        <Icon name="shield" /> Made with Klappe · verified
      </span>
    );
  }
  const why = provenance.c2pa === 'invalid' ? 'credentials broken' : provenance.c2pa === 'missing' ? 'no credentials' : provenance.watermark === 'not_found' ? 'no watermark' : 'not verified';
  return (
    <span className="chip chip--warn" title="The content credentials or watermark of this video did not check out">
      <Icon name="shield" /> Provenance: {why}
    </span>
  );
}
