/**
 * The C2PA manifest definition for a Klappe video: a `c2pa.created` action with the IPTC
 * digital source type for AI output and Klappe (version, model) as the software agent. A remix
 * names its source as an `inputTo` ingredient referenced from that action. The hard binding
 * (`c2pa.hash.bmff.v3`) is added by the signer.
 */
export const TRAINED_ALGORITHMIC_MEDIA = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
export const SOURCE_INGREDIENT_LABEL = 'source';

export interface ManifestInfo {
  /** Klappe's version. */
  version: string;
  /** The model (quality tier or alias) that made the video. */
  model: string;
  /** The file's title, e.g. "video_abc.mp4". */
  title: string;
  /** The id of the video on the server (or a generated id for CLI renders). */
  videoId: string;
  /** Set for a remix. */
  remixOf?: { title: string };
}

export function klappeManifest(info: ManifestInfo): Record<string, unknown> {
  const agent = { name: 'Klappe', version: info.version, 'org.klappe.model': info.model };
  return {
    claim_generator_info: [{ name: 'Klappe', version: info.version }],
    title: info.title,
    format: 'video/mp4',
    assertions: [
      {
        label: 'c2pa.actions',
        data: {
          actions: [
            {
              action: 'c2pa.created',
              digitalSourceType: TRAINED_ALGORITHMIC_MEDIA,
              softwareAgent: agent,
              description: info.remixOf ? `AI-generated remix of "${info.remixOf.title}" made with Klappe` : 'AI-generated video made with Klappe',
              parameters: { 'org.klappe.video_id': info.videoId, ...(info.remixOf ? { ingredientIds: [SOURCE_INGREDIENT_LABEL] } : {}) },
            },
          ],
        },
      },
    ],
  };
}
