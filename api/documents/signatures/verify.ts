import { createHash, verify as rsaVerify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;

export type SignatureStatus = 'valid' | 'untrusted' | 'tampered' | 'modified_after_signing';
export type DocumentSignatureStatus = 'none' | SignatureStatus;

/** One signature of a PDF, checked (D11). */
export interface SignatureCheck {
  signer: string;
  organisation: string | null;
  issuer: string | null;
  serial: string | null;
  signedAt: Date | null;
  reason: string | null;
  /** The signed bytes hash to the signed digest and the signature over it verifies with the signer's key. */
  intact: boolean;
  /** The signature covers the file to its last byte: nothing was added after it. */
  coversWholeFile: boolean;
  /** The signer's certificate chains to a trusted root and was valid when it signed. */
  trusted: boolean;
  status: SignatureStatus;
  problem: string | null;
}

export interface SignatureReport {
  status: DocumentSignatureStatus;
  signatures: SignatureCheck[];
}

const OIDS = { messageDigest: '1.2.840.113549.1.9.4', signingTime: '1.2.840.113549.1.9.5', sha256: '2.16.840.1.101.3.4.2.1', sha1: '1.3.14.3.2.26', sha512: '2.16.840.1.101.3.4.2.3' };
const HASHES: Record<string, string> = { [OIDS.sha256]: 'sha256', [OIDS.sha1]: 'sha1', [OIDS.sha512]: 'sha512' };

function utf8(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    return forge.util.decodeUtf8(value);
  } catch {
    return value;
  }
}

/** A PDF text string: UTF-16BE with a byte-order mark, or PDFDocEncoding (close enough to Latin-1). */
function pdfText(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s/g, ''), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/** The signature dictionary around a ByteRange, for its /Reason and /M. */
function dictionaryField(pdf: string, at: number, key: string): string | undefined {
  const start = pdf.lastIndexOf('<<', at);
  const end = pdf.indexOf('>>', pdf.indexOf('/Contents', at));
  const dict = pdf.slice(start, end);
  const match = new RegExp(`/${key}\\s*(<[0-9A-Fa-f\\s]*>|\\((?:[^()\\\\]|\\\\.)*\\))`).exec(dict);
  return match?.[1];
}

function pdfDate(raw: string | undefined): Date | null {
  const m = /D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})'?(\d{2}))?/.exec(raw ?? '');
  if (!m) return null;
  const offset = m[7] ? `${m[7]}${m[8]}:${m[9]}` : 'Z';
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`);
}

function chainsToAnchor(chain: X509Certificate[], signer: X509Certificate, anchors: X509Certificate[], at: Date): boolean {
  let current = signer;
  for (let depth = 0; depth < 5; depth += 1) {
    const from = new Date(current.validFrom);
    const to = new Date(current.validTo);
    if (at < from || at > to) return false;
    const anchor = anchors.find((a) => current.checkIssued(a) && current.verify(a.publicKey));
    if (anchor) return true;
    const parent = chain.find((c) => c !== current && current.checkIssued(c) && current.verify(c.publicKey));
    if (!parent) return false;
    current = parent;
  }
  return false;
}

function check(pdf: Buffer, text: string, at: number, range: number[], anchors: X509Certificate[]): SignatureCheck {
  const [a, b, c, d] = range;
  const base = {
    signer: 'Không xác định', organisation: null, issuer: null, serial: null, reason: pdfText(dictionaryField(text, at, 'Reason')),
    signedAt: pdfDate(pdfText(dictionaryField(text, at, 'M')) ?? undefined), coversWholeFile: c + d === pdf.length,
  };
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) {
    return { ...base, intact: false, trusted: false, status: 'tampered', problem: 'Vùng ký (ByteRange) không khớp với tệp.' };
  }
  const hex = pdf.subarray(b + 1, c - 1).toString('latin1').replace(/\s/g, '');
  try {
    const der = Buffer.from(hex, 'hex');
    const p7 = forge.pkcs7.messageFromAsn1(asn1.fromDer(der.toString('binary'), { parseAllBytes: false } as never)) as forge.pkcs7.PkcsSignedData & { rawCapture: Record<string, unknown> };
    const capture = p7.rawCapture as { authenticatedAttributes?: forge.asn1.Asn1[]; signature: string; serial: string; digestAlgorithm: string };
    const chain = p7.certificates.map((cert) => new X509Certificate(Buffer.from(asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary')));
    const serial = forge.util.createBuffer(capture.serial).toHex().replace(/^0+/, '').toUpperCase();
    const signerCert = chain.find((cert) => cert.serialNumber.replace(/^0+/, '').toUpperCase() === serial) ?? chain[0];
    const signerForge = p7.certificates[chain.indexOf(signerCert)];
    const who = {
      signer: utf8(signerForge?.subject.getField('CN')?.value) ?? 'Không xác định',
      organisation: utf8(signerForge?.subject.getField('O')?.value),
      issuer: utf8(signerForge?.issuer.getField('CN')?.value),
      serial: signerCert?.serialNumber ?? null,
    };
    const hash = HASHES[asn1.derToOid(capture.digestAlgorithm)] ?? 'sha256';
    const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    const attributes = capture.authenticatedAttributes ?? [];
    const digestAttribute = attributes.find((attr) => asn1.derToOid((attr.value as forge.asn1.Asn1[])[0].value as string) === OIDS.messageDigest);
    const timeAttribute = attributes.find((attr) => asn1.derToOid((attr.value as forge.asn1.Asn1[])[0].value as string) === OIDS.signingTime);
    const signedAt = timeAttribute
      ? asn1.utcTimeToDate(((timeAttribute.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0].value as string)
      : base.signedAt;
    const expected = digestAttribute ? Buffer.from(((digestAttribute.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0].value as string, 'binary') : null;
    const digestMatches = expected !== null && createHash(hash).update(signed).digest().equals(expected);
    const attributesDer = Buffer.from(asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes)).getBytes(), 'binary');
    const signatureVerifies = Boolean(signerCert) && rsaVerify(hash, attributesDer, signerCert.publicKey, Buffer.from(capture.signature, 'binary'));
    const intact = digestMatches && signatureVerifies;
    const trusted = intact && chainsToAnchor(chain, signerCert, anchors, signedAt ?? new Date());
    const status: SignatureStatus = !intact ? 'tampered' : !trusted ? 'untrusted' : 'valid';
    const problem = !digestMatches ? 'Nội dung tệp đã bị thay đổi sau khi ký.' : !signatureVerifies ? 'Chữ ký không khớp với chứng thư số.'
      : !trusted ? 'Chứng thư số không thuộc tổ chức cung cấp dịch vụ chứng thực được tin cậy.' : null;
    return { ...base, ...who, signedAt, intact, trusted, status, problem };
  } catch {
    return { ...base, intact: false, trusted: false, status: 'tampered', problem: 'Không đọc được dữ liệu chữ ký (CMS/PKCS#7).' };
  }
}

/**
 * Checks every signature of a PDF: the bytes each one covers, the signature over them, the
 * chain to a trusted root, and whether anything follows the last one. Earlier signatures cover
 * their own revision only: that is how a second signer adds to a signed file.
 */
export function verifyPdfSignatures(pdf: Buffer, trustAnchors: Buffer[]): SignatureReport {
  const text = pdf.toString('latin1');
  const anchors = trustAnchors.map((der) => new X509Certificate(der));
  const pattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  const signatures: SignatureCheck[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    signatures.push(check(pdf, text, match.index, match.slice(1, 5).map(Number), anchors));
  }
  if (!signatures.length) return { status: 'none', signatures };
  if (signatures.some((s) => s.status === 'tampered')) return { status: 'tampered', signatures };
  if (!signatures.some((s) => s.coversWholeFile)) {
    const last = signatures[signatures.length - 1];
    last.status = 'modified_after_signing';
    last.problem = 'Tệp có nội dung được thêm vào sau chữ ký cuối cùng.';
    return { status: 'modified_after_signing', signatures };
  }
  return { status: signatures.some((s) => s.status === 'untrusted') ? 'untrusted' : 'valid', signatures };
}
