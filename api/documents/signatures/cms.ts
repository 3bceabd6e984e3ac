import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { Signer } from '@signpdf/signpdf';
import type { SigningKey } from '../connectors/signing';

const { asn1 } = forge;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

type Node = forge.asn1.Asn1;
const seq = (value: Node[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, value);
const set = (value: Node[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, value);
const oid = (value: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (value: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, value.toString('binary'));
const int = (value: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const nil = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const algorithm = (id: string) => seq([oid(id), nil()]);
const toDer = (node: Node) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const fromDer = (bytes: Buffer) => asn1.fromDer(bytes.toString('binary'));

/** DER wants the members of a SET OF sorted by their encodings. */
function derSet(members: Node[]): Node {
  return set(members.map((m) => ({ m, der: toDer(m) })).sort((a, b) => Buffer.compare(a.der, b.der)).map(({ m }) => m));
}

/**
 * A CMS SignedData as PAdES baseline B-B wants it (ETSI EN 319 142-1, SubFilter
 * ETSI.CAdES.detached): detached content, SHA-256, and the signed attributes content-type,
 * message-digest and signing-certificate-v2 — no signing-time attribute; the time is the
 * signature dictionary's /M. The private key never has to be here: `key.sign` may call a CA's
 * remote-signing service.
 */
export async function padesSignedData(content: Buffer, key: SigningKey): Promise<Buffer> {
  const [signerDer] = key.chain;
  const signerCert = fromDer(signerDer);
  const tbs = (signerCert.value as Node[])[0].value as Node[];
  // tbsCertificate: [0] version, serialNumber, signature, issuer, …
  const hasVersion = tbs[0].tagClass === asn1.Class.CONTEXT_SPECIFIC;
  const serial = tbs[hasVersion ? 1 : 0];
  const issuer = tbs[hasVersion ? 3 : 2];
  const attributes = derSet([
    seq([oid(OID.contentType), set([oid(OID.data)])]),
    seq([oid(OID.messageDigest), set([octets(createHash('sha256').update(content).digest())])]),
    seq([oid(OID.signingCertificateV2), set([seq([seq([seq([octets(createHash('sha256').update(signerDer).digest())])])])])]),
  ]);
  const signature = await key.sign(toDer(attributes));
  const signedAttrs = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes.value as Node[]);
  const signerInfo = seq([
    int(1), seq([issuer, serial]), algorithm(OID.sha256), signedAttrs, algorithm(OID.rsaEncryption), octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, key.chain.map(fromDer)),
    set([signerInfo]),
  ]);
  return toDer(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

/** The @signpdf Signer that puts a PAdES CMS in the placeholder @signpdf prepared. */
export class PadesSigner extends Signer {
  constructor(private readonly key: SigningKey) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return padesSignedData(pdfBuffer, this.key);
  }
}
