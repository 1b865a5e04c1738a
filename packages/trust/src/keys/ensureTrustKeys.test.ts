import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureTrustKeys, TrustKeyError, splitPemCertificates } from './ensureTrustKeys.ts';
import * as x509 from '@peculiar/x509';
import { C2PA_CLAIM_SIGNING_EKU } from './issueTrustChain.ts';

describe('ensureTrustKeys', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'klappe-keys-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the root, the signing certificate and key, and the instance file once', async () => {
    const data = join(dir, 'a');
    const [k1, k2, k3] = await Promise.all([ensureTrustKeys(data), ensureTrustKeys(data), ensureTrustKeys(data)]);
    assert.equal(k1.keyPem, k2.keyPem, 'processes starting together agree on one key');
    assert.equal(k1.keyPem, k3.keyPem);
    const again = await ensureTrustKeys(data);
    assert.equal(again.certChainPem, k1.certChainPem);
    assert.equal(again.watermarkKey, k1.watermarkKey);
    assert.deepEqual(readdirSync(join(data, 'trust')).sort(), ['instance.json', 'root-ca.pem', 'signing-cert.pem', 'signing-key.pem']);
    assert.deepEqual(readdirSync(data), ['trust'], 'no temporary folders left behind');
    assert.equal(statSync(join(data, 'trust', 'signing-key.pem')).mode & 0o777, 0o600);
    assert.equal(statSync(join(data, 'trust', 'instance.json')).mode & 0o777, 0o600);
    assert.ok(k1.instance >= 0 && k1.instance <= 0xffff);
    assert.match(k1.watermarkKey, /^[0-9a-f]{64}$/);
    assert.equal(k1.algorithm, 'ed25519');
  });

  it('issues a signing certificate with the C2PA profile, chained to the root', async () => {
    const keys = await ensureTrustKeys(join(dir, 'b'));
    const leaf = new X509Certificate(keys.certChainPem);
    const root = new X509Certificate(readFileSync(join(dir, 'b', 'trust', 'root-ca.pem')));
    assert.equal(leaf.ca, false);
    assert.equal(root.ca, true);
    assert.ok(leaf.verify(root.publicKey), 'signed by the root');
    assert.ok(leaf.checkIssued(root));
    assert.deepEqual(leaf.keyUsage?.sort(), [C2PA_CLAIM_SIGNING_EKU, '1.3.6.1.5.5.7.3.4'].sort(), 'extended key usage');
    assert.equal(splitPemCertificates(keys.certChainPem, 'chain').length, 1, 'the chain holds the leaf, not the root');
    assert.equal(keys.anchorsPem.trim(), root.toString().trim());
    assert.ok(new Date(leaf.validTo) > new Date(Date.now() + 5 * 365 * 86_400_000));
    const parsed = new x509.X509Certificate(keys.certChainPem);
    assert.equal(parsed.getExtension(x509.KeyUsagesExtension)?.usages, x509.KeyUsageFlags.digitalSignature, 'key usage: digitalSignature only');
    const aki = parsed.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId;
    const rootSki = new x509.X509Certificate(root.toString()).getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
    assert.ok(aki && aki === rootSki, 'authority key identifier names the root');
  });

  it('uses a configured chain and key, and adds configured anchors', async () => {
    const other = await ensureTrustKeys(join(dir, 'source'));
    writeFileSync(join(dir, 'chain.pem'), other.certChainPem);
    writeFileSync(join(dir, 'key.pem'), other.keyPem);
    writeFileSync(join(dir, 'anchors.pem'), readFileSync(join(dir, 'source', 'trust', 'root-ca.pem')));
    const keys = await ensureTrustKeys(join(dir, 'c'), { certChainPath: join(dir, 'chain.pem'), keyPath: join(dir, 'key.pem'), anchorsPath: join(dir, 'anchors.pem') });
    assert.equal(keys.certChainPem.trim(), other.certChainPem.trim());
    assert.equal(keys.keyPem, other.keyPem);
    assert.equal(splitPemCertificates(keys.anchorsPem, 'anchors').length, 2, 'our root plus the configured one');
  });

  it('explains bad configuration in one sentence', async () => {
    writeFileSync(join(dir, 'junk.pem'), 'not a pem');
    await assert.rejects(ensureTrustKeys(join(dir, 'd'), { certChainPath: join(dir, 'chain.pem') }), (e: Error) => e instanceof TrustKeyError && /both/.test(e.message));
    await assert.rejects(ensureTrustKeys(join(dir, 'd'), { certChainPath: join(dir, 'junk.pem'), keyPath: join(dir, 'key.pem') }), (e: Error) => e instanceof TrustKeyError && /not a PEM/.test(e.message));
    await assert.rejects(ensureTrustKeys(join(dir, 'd'), { certChainPath: join(dir, 'missing.pem'), keyPath: join(dir, 'key.pem') }), (e: Error) => e instanceof TrustKeyError && /ENOENT/.test(e.message));
  });
});
