import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';

/** Room for the CMS in hex digits: a PAdES signature with a two-certificate chain takes about 5,000. */
export const SIGNATURE_HEX_LENGTH = 16_384;
const BYTE_RANGE_PLACEHOLDER = '**********';

export interface SignatureFields {
  /** Field name, unique in the document (Signature1, Signature2, …). */
  fieldName: string;
  reason: string;
  signerName: string;
  location: string;
  signingTime: Date;
}

/** Text in a PDF string as UTF-16BE with a byte-order mark, so Vietnamese names survive. */
function textString(value: string): string {
  const bytes = Buffer.from(`\ufeff${value}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/** D:YYYYMMDDHHmmSS+07'00', in Vietnam time. */
function pdfDate(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000).toISOString();
  return `(D:${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}${local.slice(11, 13)}${local.slice(14, 16)}${local.slice(17, 19)}+07'00')`;
}

/** Where the previous cross-reference section starts: the last `startxref`. */
function lastStartXref(pdf: Buffer): number {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new Error('Không tìm thấy bảng tham chiếu chéo (startxref) của tệp PDF.');
  return Number(match[1]);
}

/**
 * A file without signatures is rewritten once with a classic cross-reference table, so every
 * later signature can be an incremental update with a classic table too. The rewrite keeps
 * the pages as they are.
 */
export async function normalisedForSigning(pdf: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return Buffer.from(await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }));
}

/**
 * Appends an incremental update holding an empty signature (PAdES, SubFilter
 * ETSI.CAdES.detached): the signature dictionary with a ByteRange and Contents placeholder
 * that @signpdf fills, an invisible widget on the last page, and the AcroForm listing it.
 * Nothing before the update changes, so earlier signatures stay valid.
 */
export async function appendSignaturePlaceholder(pdf: Buffer, fields: SignatureFields): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = doc;
  const rootRef = context.trailerInfo.Root as PDFRef;
  const page = doc.getPages()[doc.getPageCount() - 1];
  const sigNumber = context.largestObjectNumber + 1;
  const widgetNumber = sigNumber + 1;
  const widgetRef = PDFRef.of(widgetNumber);

  const objects: { number: number; generation: number; body: string }[] = [];
  objects.push({
    number: sigNumber, generation: 0,
    body: [
      '<<', '/Type /Sig', '/Filter /Adobe.PPKLite', '/SubFilter /ETSI.CAdES.detached',
      `/ByteRange [0 /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER}]`,
      `/Contents <${'0'.repeat(SIGNATURE_HEX_LENGTH)}>`,
      `/Reason ${textString(fields.reason)}`, `/Name ${textString(fields.signerName)}`, `/Location ${textString(fields.location)}`,
      `/M ${pdfDate(fields.signingTime)}`, '>>',
    ].join('\n'),
  });
  objects.push({
    number: widgetNumber, generation: 0,
    body: `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/Rect [0 0 0 0]\n/V ${sigNumber} 0 R\n/T ${textString(fields.fieldName)}\n/F 132\n/P ${page.ref.toString()}\n>>`,
  });

  const pageDict = page.node.clone(context);
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const newAnnots = context.obj([...(annots?.asArray() ?? []), widgetRef]);
  pageDict.set(PDFName.of('Annots'), newAnnots);
  objects.push({ number: page.ref.objectNumber, generation: page.ref.generationNumber, body: pageDict.toString() });

  const catalog = doc.catalog;
  const acroFormEntry = catalog.get(PDFName.of('AcroForm'));
  const acroForm = (acroFormEntry instanceof PDFRef ? context.lookup(acroFormEntry, PDFDict) : (acroFormEntry as PDFDict | undefined))?.clone(context)
    ?? context.obj({});
  const fieldsArray = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray);
  acroForm.set(PDFName.of('Fields'), context.obj([...(fieldsArray?.asArray() ?? []), widgetRef]));
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  if (acroFormEntry instanceof PDFRef) {
    objects.push({ number: acroFormEntry.objectNumber, generation: acroFormEntry.generationNumber, body: acroForm.toString() });
  } else {
    const catalogDict = catalog.clone(context);
    catalogDict.set(PDFName.of('AcroForm'), acroForm);
    objects.push({ number: rootRef.objectNumber, generation: rootRef.generationNumber, body: catalogDict.toString() });
  }

  const base = pdf[pdf.length - 1] === 0x0a ? pdf : Buffer.concat([pdf, Buffer.from('\n')]);
  let offset = base.length;
  const chunks: Buffer[] = [];
  const xref: string[] = ['xref', '0 1', '0000000000 65535 f\r'];
  for (const object of objects.sort((a, b) => a.number - b.number)) {
    const text = Buffer.from(`${object.number} ${object.generation} obj\n${object.body}\nendobj\n`, 'latin1');
    xref.push(`${object.number} 1`, `${String(offset).padStart(10, '0')} ${String(object.generation).padStart(5, '0')} n\r`);
    chunks.push(text);
    offset += text.length;
  }
  const trailer = context.trailerInfo;
  const entries = [`/Size ${widgetNumber + 1}`, `/Root ${rootRef.toString()}`, `/Prev ${lastStartXref(pdf)}`];
  if (trailer.Info) entries.push(`/Info ${trailer.Info.toString()}`);
  if (trailer.ID) entries.push(`/ID ${trailer.ID.toString()}`);
  const tail = `${xref.join('\n')}\ntrailer\n<<\n${entries.join('\n')}\n>>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([base, ...chunks, Buffer.from(tail, 'latin1')]);
}

/** How many signature fields the document already has, to name the next one. */
export function signatureCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/ByteRange\s*\[\s*\d+/g) ?? []).length;
}
