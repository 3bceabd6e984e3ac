import { SignPdf } from '@signpdf/signpdf';
import type { SigningKey } from '../connectors/signing';
import { PadesSigner } from './cms';
import { appendSignaturePlaceholder, normalisedForSigning, signatureCount, type SignatureFields } from './placeholder';

/**
 * Signs a PDF with one more PAdES signature: the first signer's copy is normalised, each
 * signature is an incremental update, so the officer's signature stays valid under the agency's
 * (D11). @signpdf computes the byte range and places the CMS.
 */
export async function signPdf(pdf: Buffer, key: SigningKey, fields: Omit<SignatureFields, 'fieldName'>): Promise<Buffer> {
  const count = signatureCount(pdf);
  const base = count === 0 ? await normalisedForSigning(pdf) : pdf;
  const prepared = await appendSignaturePlaceholder(base, { ...fields, fieldName: `Signature${count + 1}` });
  return new SignPdf().sign(prepared, new PadesSigner(key));
}
