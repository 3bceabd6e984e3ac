import type { Sql } from '../../../db/sql';

/** Who signs (D11): the competent officer personally, or the agency (its seal, applied by the clerk). */
export type SignerIdentity =
  | { kind: 'officer'; id: number; commonName: string; organisation: string; username: string }
  | { kind: 'agency'; id: number; commonName: string; organisation: string; agencyCode: string };

/** A key that can sign, wherever it lives: in the database (demo), an HSM, a remote-signing service. */
export interface SigningKey {
  /** The signer's certificate first, then its issuers, DER-encoded. */
  chain: Buffer[];
  /** RSA PKCS#1 v1.5 signature over the SHA-256 of `data` (the CMS signed attributes). */
  sign(data: Buffer): Promise<Buffer>;
}

/**
 * Chữ ký số (connectors/signing): where signing keys and trusted roots come from. The `demo`
 * connector makes a local CA and a certificate per signer; a province plugs in its CA's
 * certificates or a remote-signing service (ký số từ xa) behind the same two calls.
 */
export interface SigningConnector {
  readonly name: string;
  keyFor(db: Sql, signer: SignerIdentity, now: Date): Promise<SigningKey>;
  /** Root certificates a signature must chain to for it to count as trusted, DER-encoded. */
  trustAnchors(db: Sql): Promise<Buffer[]>;
}
