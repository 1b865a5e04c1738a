/** What signing and marking need: the C2PA signer, the trust anchors, and this instance's watermark identity. */
export type SigningAlgorithm = 'ed25519' | 'es256' | 'es384' | 'es512' | 'ps256' | 'ps384' | 'ps512';

export interface TrustKeys {
  /** PEM: the signing certificate followed by any intermediates (never the root). */
  certChainPem: string;
  /** PEM (PKCS#8) of the signing key. */
  keyPem: string;
  algorithm: SigningAlgorithm;
  /** PEM: every certificate a signature may chain to and count as "Trusted" (ours and configured ones). */
  anchorsPem: string;
  /** This installation's 16-bit id, carried by the invisible marks. */
  instance: number;
  /** The secret that keys the invisible marks (hex). */
  watermarkKey: string;
  /** The folder the files live in. */
  dir: string;
}
