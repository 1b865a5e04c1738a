/**
 * The independent check for tests: the C2PA reference implementation (c2pa-rs) compiled to
 * WASM (`@contentauth/c2pa-wasm`), loaded in Node. Reading and validating work there; signing
 * does not (it needs browser APIs), so signing stays with c2pa-node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initSync, WasmReader } from '@contentauth/c2pa-wasm';

const require = createRequire(import.meta.url);
let ready = false;

export interface WasmValidation {
  /** "Trusted", "Valid", "Invalid", or "absent" when there is no manifest. */
  state: string;
  failures: string[];
  manifest?: Record<string, unknown>;
}

export async function readWithC2paWasm(bytes: Uint8Array, anchorsPem?: string): Promise<WasmValidation> {
  if (!ready) {
    initSync({ module: readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
    ready = true;
  }
  const context = JSON.stringify({ ...(anchorsPem ? { trust: { trust_anchors: anchorsPem } } : {}), verify: { verify_trust: true } });
  let reader: WasmReader;
  try {
    reader = await WasmReader.fromBytes('video/mp4', bytes, context);
  } catch (err) {
    if (/JumbfNotFound/.test(String(err))) return { state: 'absent', failures: [] };
    throw err;
  }
  try {
    const store = JSON.parse(reader.json()) as {
      active_manifest: string;
      manifests: Record<string, Record<string, unknown>>;
      validation_state: string;
      validation_results?: { activeManifest?: { failure?: { code: string }[] } };
    };
    return {
      state: store.validation_state,
      failures: (store.validation_results?.activeManifest?.failure ?? []).map((f) => f.code),
      manifest: store.manifests[store.active_manifest],
    };
  } finally {
    reader.free();
  }
}
