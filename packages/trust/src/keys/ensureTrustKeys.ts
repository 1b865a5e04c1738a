/**
 * The trust keys of an installation, made on first use in `<dataDir>/trust/`:
 * `root-ca.pem` (a private root CA, the default trust anchor), `signing-cert.pem` and
 * `signing-key.pem` (Ed25519, issued by that root; key files are 0600) and `instance.json`
 * (`{ instance, watermarkKey }`). Creation is atomic: everything is written to a temporary
 * folder that is renamed into place, so processes starting together (a server and its
 * workers sharing the data folder) all end up with the same keys.
 *
 * An operator can bring their own chain instead: `KLAPPE_C2PA_CERT_CHAIN` (PEM, signing
 * certificate first, then intermediates) with `KLAPPE_C2PA_KEY` (PEM private key), and more
 * anchors with `KLAPPE_TRUST_ANCHORS` (PEM file of certificates).
 */
import { createPrivateKey, randomBytes, randomInt, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { issueTrustChain } from './issueTrustChain.ts';
import type { SigningAlgorithm, TrustKeys } from './TrustKeys.ts';

export class TrustKeyError extends Error {
  override name = 'TrustKeyError';
}

export interface TrustKeyConfig {
  /** PEM file: signing certificate, then intermediates (`KLAPPE_C2PA_CERT_CHAIN`). */
  certChainPath?: string;
  /** PEM file: the signing key (`KLAPPE_C2PA_KEY`). */
  keyPath?: string;
  /** PEM file: extra trust anchors (`KLAPPE_TRUST_ANCHORS`). */
  anchorsPath?: string;
}

export function trustKeyConfigFromEnv(env: Record<string, string | undefined> = process.env): TrustKeyConfig {
  const v = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  return { certChainPath: v('KLAPPE_C2PA_CERT_CHAIN'), keyPath: v('KLAPPE_C2PA_KEY'), anchorsPath: v('KLAPPE_TRUST_ANCHORS') };
}

interface InstanceFile {
  instance: number;
  watermarkKey: string;
}

const FILES = { root: 'root-ca.pem', cert: 'signing-cert.pem', key: 'signing-key.pem', instance: 'instance.json' } as const;

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

/** Create the folder with every file, or leave the one another process made first. */
async function createOnce(dir: string): Promise<void> {
  if (await exists(join(dir, FILES.instance))) return;
  const parent = join(dir, '..');
  await mkdir(parent, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(tmp, { mode: 0o700 });
  try {
    const chain = await issueTrustChain({ name: hostname() });
    const instance: InstanceFile = { instance: randomInt(0, 0x10000), watermarkKey: randomBytes(32).toString('hex') };
    await writeFile(join(tmp, FILES.root), chain.rootPem, { mode: 0o644 });
    await writeFile(join(tmp, FILES.cert), chain.signingCertPem, { mode: 0o644 });
    await writeFile(join(tmp, FILES.key), chain.signingKeyPem, { mode: 0o600 });
    await writeFile(join(tmp, FILES.instance), `${JSON.stringify(instance, null, 2)}\n`, { mode: 0o600 });
    await chmod(tmp, 0o700);
    try {
      await rename(tmp, dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Another process won the race (or a folder without keys is in the way).
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err;
      if (!(await exists(join(dir, FILES.instance)))) {
        throw new TrustKeyError(`${dir} exists but has no ${FILES.instance}: move it away so Klappe can create its keys there`);
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function readPem(path: string, what: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new TrustKeyError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!text.includes('-----BEGIN')) throw new TrustKeyError(`${what} ${path} is not a PEM file`);
  return text;
}

/** The certificates in a PEM text, checked to parse. */
export function splitPemCertificates(pem: string, what: string): string[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new TrustKeyError(`${what} holds no certificate`);
  for (const b of blocks) {
    try {
      new X509Certificate(b);
    } catch (err) {
      throw new TrustKeyError(`${what} holds a certificate that cannot be read: ${(err as Error).message}`);
    }
  }
  return blocks.map((b) => `${b}\n`);
}

/** The C2PA signing algorithm that goes with a private key. */
export function signingAlgorithmOf(keyPem: string): SigningAlgorithm {
  let key;
  try {
    key = createPrivateKey(keyPem);
  } catch (err) {
    throw new TrustKeyError(`the signing key cannot be read: ${(err as Error).message}`);
  }
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return 'ed25519';
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return 'es256';
    if (curve === 'secp384r1') return 'es384';
    if (curve === 'secp521r1') return 'es512';
    throw new TrustKeyError(`the signing key's curve ${curve} is not one C2PA allows (P-256, P-384, P-521)`);
  }
  if (type === 'rsa-pss') return 'ps256';
  throw new TrustKeyError(`the signing key is ${type}: C2PA needs Ed25519, ECDSA (P-256/384/521) or RSA-PSS`);
}

export async function ensureTrustKeys(dataDir: string, config: TrustKeyConfig = {}): Promise<TrustKeys> {
  const dir = join(dataDir, 'trust');
  await createOnce(dir);
  const instanceText = await readFile(join(dir, FILES.instance), 'utf8');
  const parsed = JSON.parse(instanceText) as Partial<InstanceFile>;
  if (!Number.isInteger(parsed.instance) || parsed.instance! < 0 || parsed.instance! > 0xffff || typeof parsed.watermarkKey !== 'string' || parsed.watermarkKey.length < 16) {
    throw new TrustKeyError(`${join(dir, FILES.instance)} is damaged: it needs { "instance": 0-65535, "watermarkKey": "<hex>" }`);
  }
  if ((config.certChainPath === undefined) !== (config.keyPath === undefined)) {
    throw new TrustKeyError('set both KLAPPE_C2PA_CERT_CHAIN and KLAPPE_C2PA_KEY, or neither');
  }
  const certChainPem = config.certChainPath
    ? splitPemCertificates(await readPem(config.certChainPath, 'certificate chain'), config.certChainPath).join('')
    : await readPem(join(dir, FILES.cert), 'signing certificate');
  const keyPem = await readPem(config.keyPath ?? join(dir, FILES.key), 'signing key');
  const algorithm = signingAlgorithmOf(keyPem);
  const anchors = [await readPem(join(dir, FILES.root), 'root certificate')];
  if (config.anchorsPath) anchors.push(splitPemCertificates(await readPem(config.anchorsPath, 'trust anchors'), config.anchorsPath).join(''));
  return { certChainPem, keyPem, algorithm, anchorsPem: anchors.join(''), instance: parsed.instance!, watermarkKey: parsed.watermarkKey, dir };
}
