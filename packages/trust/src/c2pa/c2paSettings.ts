/**
 * Settings for c2pa-rs (c2pa-node's Reader and Builder, and the WASM build): a JSON string
 * with snake_case keys — a camelCase object is silently ignored.
 */
export function c2paSettings(anchorsPem: string | undefined): string {
  return JSON.stringify({
    ...(anchorsPem ? { trust: { trust_anchors: anchorsPem } } : {}),
    verify: { verify_trust: true, verify_after_reading: true, ocsp_fetch: false, remote_manifest_fetch: false },
  });
}
