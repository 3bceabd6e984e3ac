import { createPrivateKey, generateKeyPair, randomBytes, sign as rsaSign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import type { Sql } from '../../../db/sql';
import type { SignerIdentity, SigningConnector, SigningKey } from './signing-connector';

interface IdentityRow { id: number; certificate_pem: string; pkcs12: Buffer }

const YEAR_MS = 365 * 24 * 3600_000;

/** Attribute values as UTF8String (forge encodes them), so Vietnamese names survive in the certificate. */
function name(commonName: string, organisation: string): forge.pki.CertificateField[] {
  return [
    { shortName: 'C', value: 'VN' },
    { shortName: 'O', value: organisation, valueTagClass: forge.asn1.Type.UTF8 as never },
    { shortName: 'CN', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as never },
  ];
}

const generateRsa = promisify(generateKeyPair);

/** RSA 2048 made off the event loop (about a second of CPU), then handed to forge for the certificate. */
async function newKeyPair(): Promise<{ privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey }> {
  const pair = await generateRsa('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }) as string) as forge.pki.rsa.PublicKey,
  };
}

function certificate(subject: forge.pki.CertificateField[], publicKey: forge.pki.rsa.PublicKey, issuer: { fields: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey } | null, now: Date, ca: boolean) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + (ca ? 10 : 3) * YEAR_MS);
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.fields : subject);
  cert.setExtensions(ca
    ? [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }, { name: 'subjectKeyIdentifier' }]
    : [{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }, { name: 'subjectKeyIdentifier' }]);
  return cert;
}

const der = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');

/**
 * The demo connector: a "CA Demo" made on first use and a certificate per officer and per agency
 * issued by it, each kept as a PKCS#12 in `signing_identity`, protected by a passphrase that is
 * itself a shared secret of the database. Good for trying the flow; worthless as a legal
 * signature, which is why the CA says so in its name.
 */
export class DemoSigningConnector implements SigningConnector {
  readonly name = 'demo';
  private readonly keys = new Map<number, KeyObject>();

  constructor(private readonly passphrase: string) {}

  private async row(db: Sql, ownerKind: 'ca' | 'officer' | 'agency', ownerId: number | null): Promise<IdentityRow | undefined> {
    return db.one<IdentityRow>(
      'select id, certificate_pem, pkcs12 from signing_identity where owner_kind = ? and coalesce(owner_id, 0) = ?', [ownerKind, ownerId ?? 0],
    );
  }

  private async store(db: Sql, ownerKind: 'ca' | 'officer' | 'agency', ownerId: number | null, cert: forge.pki.Certificate, chain: forge.pki.Certificate[], key: forge.pki.rsa.PrivateKey) {
    const p12 = forge.pkcs12.toPkcs12Asn1(key, chain, this.passphrase, { algorithm: '3des', friendlyName: ownerKind });
    await db.run(
      `insert into signing_identity (owner_kind, owner_id, subject, serial, certificate_pem, pkcs12, not_after)
       values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
      [ownerKind, ownerId, cert.subject.getField('CN')?.value ?? '', cert.serialNumber, forge.pki.certificateToPem(cert),
        Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), cert.validity.notAfter],
    );
  }

  private unlock(row: IdentityRow): KeyObject {
    const cached = this.keys.get(row.id);
    if (cached) return cached;
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(Buffer.from(row.pkcs12).toString('binary')), false, this.passphrase);
    const bag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]![0];
    const key = createPrivateKey(forge.pki.privateKeyToPem(bag.key!));
    this.keys.set(row.id, key);
    return key;
  }

  /** The demo CA, made once per database; concurrent nodes agree on the first one stored. */
  private async ca(db: Sql, now: Date): Promise<IdentityRow> {
    const existing = await this.row(db, 'ca', null);
    if (existing) return existing;
    const { privateKey, publicKey } = await newKeyPair();
    const subject = name('CA Demo - chỉ dùng thử, không có giá trị pháp lý', 'Hệ thống thông tin giải quyết TTHC (demo)');
    const cert = certificate(subject, publicKey, null, now, true);
    cert.sign(privateKey, forge.md.sha256.create());
    await this.store(db, 'ca', null, cert, [cert], privateKey);
    return (await this.row(db, 'ca', null))!;
  }

  async keyFor(db: Sql, signer: SignerIdentity, now: Date): Promise<SigningKey> {
    const caRow = await this.ca(db, now);
    let row = await this.row(db, signer.kind, signer.id);
    if (!row) {
      const caCert = forge.pki.certificateFromPem(caRow.certificate_pem);
      const caKey = forge.pki.privateKeyFromPem(this.unlock(caRow).export({ type: 'pkcs1', format: 'pem' }) as string) as forge.pki.rsa.PrivateKey;
      const { privateKey, publicKey } = await newKeyPair();
      // Parsed UTF8String values are UTF-8 bytes; forge encodes again when writing, so decode them first.
      const issuer = caCert.subject.attributes.map((a) => ({ ...a, value: (a.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(a.value as string) : a.value }));
      const cert = certificate(name(signer.commonName, signer.organisation), publicKey, { fields: issuer, key: caKey }, now, false);
      cert.sign(caKey, forge.md.sha256.create());
      await this.store(db, signer.kind, signer.id, cert, [cert, caCert], privateKey);
      row = (await this.row(db, signer.kind, signer.id))!;
    }
    const key = this.unlock(row);
    const chain = [der(forge.pki.certificateFromPem(row.certificate_pem)), der(forge.pki.certificateFromPem(caRow.certificate_pem))];
    return { chain, sign: async (data) => rsaSign('sha256', data, key) };
  }

  async trustAnchors(db: Sql): Promise<Buffer[]> {
    const rows = await db.all<{ certificate_pem: string }>("select certificate_pem from signing_identity where owner_kind = 'ca'");
    return rows.map((r) => der(forge.pki.certificateFromPem(r.certificate_pem)));
  }
}
