import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import type { Sql } from '../../db/sql';
import { asDate, asInstant } from '../sql-dates';

/** What a printed copy's QR code confirms (F4): which document, who issued it, and its checksum. */
export interface VerifiableDocument {
  id: string;
  kind: 'notice' | 'paper_copy' | 'result';
  title: string;
  code: string;
  issuerName: string;
  agencyId: number | null;
  dossierId: number | null;
  /** SHA-256 of the electronic original. */
  sha256: string;
  /** SHA-256 of the printable copy, when it differs from the original (a stamped paper copy). */
  copySha256: string | null;
  issuedAt: Date;
  issuedByName: string | null;
  revokedAt: Date | null;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 characters of Crockford base32 (80 random bits): unguessable, and easy to read aloud or type from paper. */
export function newVerificationId(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export const verificationUrl = (publicUrl: string, id: string) => `${publicUrl.replace(/\/+$/, '')}/api/verify/${id}`;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * A QR code as a greyscale PNG, `scale` pixels per module with a one-module quiet zone. Encoded
 * here with node:zlib rather than through qrcode's own PNG writer, which costs tens of
 * milliseconds per code (a whole notice renders in about that).
 */
export function qrPng(text: string, scale = 8): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const margin = 1;
  const side = (modules.size + 2 * margin) * scale;
  const rows = Buffer.alloc((side + 1) * side, 0xff);
  for (let y = 0; y < side; y += 1) {
    rows[y * (side + 1)] = 0;
    const row = Math.floor(y / scale) - margin;
    for (let x = 0; x < side; x += 1) {
      const col = Math.floor(x / scale) - margin;
      if (row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col)) rows[y * (side + 1) + 1 + x] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8;
  header[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A QR code as a PNG data URL, the only kind of image a notice page may load. */
export async function qrDataUrl(text: string): Promise<string> {
  return `data:image/png;base64,${qrPng(text).toString('base64')}`;
}

export async function recordVerifiable(db: Sql, doc: Omit<VerifiableDocument, 'revokedAt'>): Promise<void> {
  await db.run(
    `insert into verifiable_document (id, kind, title, code, issuer_name, agency_id, dossier_id, sha256, copy_sha256, issued_at, issued_by_name)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [doc.id, doc.kind, doc.title, doc.code, doc.issuerName, doc.agencyId, doc.dossierId, doc.sha256, doc.copySha256, doc.issuedAt, doc.issuedByName],
  );
}

export async function findVerifiable(db: Sql, id: string): Promise<VerifiableDocument | undefined> {
  const row = await db.one<{
    id: string; kind: VerifiableDocument['kind']; title: string; code: string; issuer_name: string; agency_id: number | null; dossier_id: string | null;
    sha256: string; copy_sha256: string | null; issued_at: Date; issued_by_name: string | null; revoked_at: Date | null;
  }>('select * from verifiable_document where id = ?', [id.toUpperCase()]);
  if (!row) return undefined;
  return {
    id: row.id, kind: row.kind, title: row.title, code: row.code, issuerName: row.issuer_name, agencyId: row.agency_id,
    dossierId: row.dossier_id === null ? null : Number(row.dossier_id), sha256: row.sha256, copySha256: row.copy_sha256, issuedAt: asInstant(row.issued_at),
    issuedByName: row.issued_by_name, revokedAt: asDate(row.revoked_at),
  };
}
