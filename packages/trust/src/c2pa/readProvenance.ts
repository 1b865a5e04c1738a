/**
 * Reads and validates the C2PA manifest of an MP4 with c2pa-node, against the given trust
 * anchors: "trusted" (signed by a trusted anchor, hashes match), "valid-untrusted" (intact,
 * but the signer chains to no anchor), "invalid" (with the failure codes) or "absent".
 */
import { Reader } from '@contentauth/c2pa-node';
import { c2paSettings } from './c2paSettings.ts';
import type { C2paAction, C2paIngredient, C2paReport } from './C2paReport.ts';

interface StatusEntry {
  code: string;
}
interface ManifestJson {
  claim_generator_info?: { name?: string; version?: string }[];
  claim_generator?: string;
  signature_info?: { common_name?: string; issuer?: string; alg?: string; time?: string };
  assertions?: { label: string; data?: { actions?: Record<string, unknown>[] } }[];
  ingredients?: { title?: string; relationship?: string; active_manifest?: string }[];
}
interface StoreJson {
  active_manifest?: string;
  manifests?: Record<string, ManifestJson>;
  validation_state?: string;
  validation_results?: { activeManifest?: { failure?: StatusEntry[] } };
  validation_status?: StatusEntry[];
}

function agentText(agent: unknown): string | undefined {
  if (typeof agent === 'string') return agent;
  if (agent && typeof agent === 'object') {
    const a = agent as Record<string, unknown>;
    const parts = [a.name, a.version].filter((x) => typeof x === 'string');
    const model = a['org.klappe.model'];
    return `${parts.join(' ')}${typeof model === 'string' ? ` (model ${model})` : ''}` || undefined;
  }
  return undefined;
}

/** The report for a manifest store as c2pa-rs returns it (c2pa-node and the WASM build alike). */
export function reportFromStore(store: StoreJson | null): C2paReport {
  if (!store || !store.active_manifest || !store.manifests) return { state: 'absent', failures: [] };
  const manifest = store.manifests[store.active_manifest];
  const failures = [...new Set([...(store.validation_results?.activeManifest?.failure ?? []), ...(store.validation_status ?? [])].map((f) => f.code))];
  const state = store.validation_state === 'Trusted' ? 'trusted' : store.validation_state === 'Valid' ? 'valid-untrusted' : 'invalid';
  if (!manifest) return { state: 'invalid', failures: failures.length ? failures : ['claim.missing'] };
  const actions: C2paAction[] = [];
  let videoId: string | undefined;
  for (const a of manifest.assertions ?? []) {
    if (!a.label.startsWith('c2pa.actions')) continue;
    for (const act of a.data?.actions ?? []) {
      actions.push({
        action: String(act.action),
        ...(typeof act.digitalSourceType === 'string' ? { digitalSourceType: act.digitalSourceType } : {}),
        ...(agentText(act.softwareAgent) ? { softwareAgent: agentText(act.softwareAgent) } : {}),
        ...(typeof act.description === 'string' ? { description: act.description } : {}),
      });
      const id = (act.parameters as Record<string, unknown> | undefined)?.['org.klappe.video_id'];
      if (typeof id === 'string') videoId ??= id;
    }
  }
  const ingredients: C2paIngredient[] = (manifest.ingredients ?? []).map((i) => ({
    ...(i.title ? { title: i.title } : {}),
    ...(i.relationship ? { relationship: i.relationship } : {}),
    ...(i.active_manifest ? { manifest: i.active_manifest } : {}),
  }));
  const gen = manifest.claim_generator_info?.[0];
  const sig = manifest.signature_info;
  return {
    state,
    failures,
    claimGenerator: gen ? [gen.name, gen.version].filter(Boolean).join(' ') : manifest.claim_generator,
    ...(sig ? { signer: { commonName: sig.common_name, issuer: sig.issuer, algorithm: sig.alg, ...(sig.time ? { time: sig.time } : {}) } } : {}),
    actions,
    ingredients,
    ...(videoId ? { videoId } : {}),
  };
}

/** Validate the C2PA manifest in an MP4 (its bytes, or its path), trusting `anchorsPem`. */
export async function readProvenance(input: Buffer | string, anchorsPem: string | undefined): Promise<C2paReport> {
  let store: StoreJson | null;
  try {
    const asset = typeof input === 'string' ? { path: input, mimeType: 'video/mp4' } : { buffer: input, mimeType: 'video/mp4' };
    const reader = await Reader.fromAsset(asset, c2paSettings(anchorsPem));
    store = reader ? (reader.json() as unknown as StoreJson) : null;
  } catch (err) {
    // A manifest box that is there but cannot be parsed is a broken (tampered) manifest.
    const message = (err as Error).message ?? String(err);
    if (/JumbfNotFound|not found|NotFound/i.test(message)) return { state: 'absent', failures: [] };
    return { state: 'invalid', failures: [`manifest.unreadable: ${message.slice(0, 200)}`] };
  }
  return reportFromStore(store);
}
