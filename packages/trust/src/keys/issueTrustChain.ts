/**
 * A private root CA and an Ed25519 signing certificate it issues, with the profile C2PA
 * validators require of a claim signer: X.509 v3, key usage digitalSignature, a non-empty
 * extended key usage (C2PA claim signing and emailProtection), subject and authority key
 * identifiers, and not a CA. The root's private key is not returned: it is used once, here.
 */
import './reflectMetadata.ts';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

const crypto = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(crypto);

/** id-kp-c2pa-claimSigning (C2PA 2.x). */
export const C2PA_CLAIM_SIGNING_EKU = '1.3.6.1.4.1.62558.2.1';
const ED25519 = { name: 'Ed25519' } as const;

export interface IssuedTrustChain {
  rootPem: string;
  /** The signing certificate (leaf) alone: the chain to embed (no intermediates here). */
  signingCertPem: string;
  /** PKCS#8 PEM of the signing key. */
  signingKeyPem: string;
}

export interface IssueOptions {
  /** Shown in both certificates' common names, e.g. the host the instance runs on. */
  name?: string;
  now?: Date;
  /** Years the signing certificate is valid (default 10; the root 30). */
  years?: number;
}

function addYears(d: Date, years: number): Date {
  const r = new Date(d);
  r.setUTCFullYear(r.getUTCFullYear() + years);
  return r;
}

function randomSerial(): string {
  const b = webcrypto.getRandomValues(new Uint8Array(16));
  b[0]! &= 0x7f; // positive
  b[0]! |= 0x01; // no leading zero byte
  return Buffer.from(b).toString('hex');
}

function toPem(der: ArrayBuffer, label: string): string {
  const b64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64.endsWith('\n') ? b64 : `${b64}\n`}-----END ${label}-----\n`;
}

export async function issueTrustChain(opts: IssueOptions = {}): Promise<IssuedTrustChain> {
  const now = opts.now ?? new Date();
  const notBefore = new Date(now.getTime() - 3_600_000); // an hour of clock skew
  const label = opts.name ? ` (${opts.name.replace(/[,=+<>#;"\\]/g, ' ').slice(0, 40)})` : '';
  const rootKeys = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const leafKeys = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const rootName = `CN=Klappe Root CA${label}, O=Klappe`;
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: rootName,
    notBefore,
    notAfter: addYears(now, 30),
    keys: rootKeys,
    signingAlgorithm: ED25519,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=Klappe Content Signing${label}, O=Klappe`,
    issuer: root.subject,
    notBefore,
    notAfter: addYears(now, opts.years ?? 10),
    publicKey: leafKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: ED25519,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([C2PA_CLAIM_SIGNING_EKU, x509.ExtendedKeyUsage.emailProtection]),
      await x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', leafKeys.privateKey);
  return { rootPem: root.toString('pem') + '\n', signingCertPem: leaf.toString('pem') + '\n', signingKeyPem: toPem(pkcs8, 'PRIVATE KEY') };
}
