import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { imageSize } from '../attachments/content-checks';
import { longDate } from '../notices/vietnamese-dates';
import type { PdfRenderer } from '../pdf/pdf-renderer';
import { newVerificationId, qrDataUrl, recordVerifiable, verificationUrl } from './verifiable-documents';

/** The electronic original a paper copy is made from. */
export interface PaperCopySource {
  content: Buffer;
  extension: string;
  sha256: string;
  title: string;
  /** The document's code: the dossier code, a component of it, a result's number. */
  code: string;
  issuerName: string;
  agencyId: number | null;
  dossierId: number | null;
  /** Who signed the original, as its signature check found them. */
  signers: string[];
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The band printed at the foot of every page: what the copy is, who made it, and the QR code to check it. */
function stampHtml(source: PaperCopySource, converter: string, now: Date, id: string, url: string, qr: string): string {
  const signed = source.signers.length ? ` Văn bản điện tử đã được ký số bởi: ${escape(source.signers.join('; '))}.` : '';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
    @page { size: 180mm 24mm; margin: 0; }
    html, body { margin: 0; }
    body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 7.6pt; line-height: 1.25; }
    .band { display: flex; gap: 2.5mm; align-items: center; height: 23mm; border-top: 0.5pt solid #000; padding-top: 0.8mm; }
    img { width: 21mm; height: 21mm; flex: none; }
  </style></head><body><div class="band"><img src="${qr}" alt="QR">
  <div><b>BẢN CHUYỂN ĐỔI TỪ VĂN BẢN ĐIỆN TỬ SANG VĂN BẢN GIẤY</b> (Điều 18 Nghị định 45/2020/NĐ-CP)<br>
  Văn bản: ${escape(source.title)} — Mã: ${escape(source.code)}. Cơ quan phát hành: ${escape(source.issuerName)}.${signed}<br>
  Người chuyển đổi: ${escape(converter)}, ${longDate(now)}. Mã kiểm tra (SHA-256) của văn bản điện tử: ${source.sha256.slice(0, 16)}…<br>
  Mã xác thực: <b>${id}</b> — quét mã QR hoặc truy cập ${escape(url)} để đối chiếu.</div></div></body></html>`;
}

/** A signed original's signature fields would show as broken on a copy: the copy carries the signers in its band instead. */
function dropSignatureFields(doc: PDFDocument): void {
  doc.catalog.delete(PDFName.of('AcroForm'));
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    const kept = annots.asArray().filter((ref) => {
      const annot = doc.context.lookup(ref);
      return !(annot instanceof PDFDict && annot.get(PDFName.of('FT'))?.toString() === '/Sig');
    });
    page.node.set(PDFName.of('Annots'), doc.context.obj(kept));
  }
}

async function pagesOf(source: PaperCopySource): Promise<PDFDocument> {
  if (source.extension === 'pdf') {
    try {
      const doc = await PDFDocument.load(source.content, { updateMetadata: false });
      dropSignatureFields(doc);
      return doc;
    } catch {
      throw new AppError('PAPER_COPY_UNSUPPORTED', [{ path: '/file', message: 'Không đọc được tệp PDF (có thể đã được mã hóa).' }]);
    }
  }
  if (source.extension !== 'jpg' && source.extension !== 'png') throw new AppError('PAPER_COPY_UNSUPPORTED');
  const size = imageSize(source.content, source.extension);
  if (!size || size.width * size.height > 40_000_000) throw new AppError('PAPER_COPY_UNSUPPORTED', [{ path: '/file', message: 'Ảnh quá lớn để in.' }]);
  const doc = await PDFDocument.create();
  const image = source.extension === 'jpg' ? await doc.embedJpg(source.content) : await doc.embedPng(source.content);
  const page = doc.addPage([595.28, 841.89]);
  const box = { width: 595.28 - 80, height: 841.89 - 40 - 90 };
  const scale = Math.min(box.width / image.width, box.height / image.height, 1.5);
  page.drawImage(image, { x: 40 + (box.width - image.width * scale) / 2, y: 90, width: image.width * scale, height: image.height * scale });
  return doc;
}

/**
 * Bản giấy có mã xác thực (F4): every page of the original gets a band with the verification QR
 * code; the verification register keeps the original's checksum and the copy's. The copy itself
 * is not stored: it can be made again, and the register is what a reader checks against.
 */
export async function makePaperCopy(
  deps: { renderer: PdfRenderer; publicUrl: string }, db: Sql, source: PaperCopySource, converter: string, now: Date,
): Promise<{ pdf: Buffer; verificationId: string }> {
  const id = newVerificationId();
  const url = verificationUrl(deps.publicUrl, id);
  let stamp: Buffer;
  try {
    stamp = await deps.renderer.render(stampHtml(source, converter, now, id, url, await qrDataUrl(url)), { paper: 'A4' });
  } catch {
    // Chromium missing, crashed or overloaded: the caller may try again; nothing was recorded.
    throw new AppError('PDF_RENDER_FAILED');
  }
  const doc = await pagesOf(source);
  const [band] = await doc.embedPdf(stamp, [0]);
  for (const page of doc.getPages()) {
    const box = page.getMediaBox();
    const scale = Math.min(1, (box.width - 40) / band.width);
    page.drawPage(band, { x: box.x + (box.width - band.width * scale) / 2, y: box.y + 6, xScale: scale, yScale: scale });
  }
  const pdf = Buffer.from(await doc.save());
  await recordVerifiable(db, {
    id, kind: 'paper_copy', title: source.title, code: source.code, issuerName: source.issuerName, agencyId: source.agencyId,
    dossierId: source.dossierId, sha256: source.sha256, copySha256: createHash('sha256').update(pdf).digest('hex'), issuedAt: now, issuedByName: converter,
  });
  return { pdf, verificationId: id };
}
