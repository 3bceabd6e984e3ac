import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import { sql, type Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import type { FileStore } from '../connectors/storage';
import { dossierFor, readerName, type DossierRecord, type Reader } from '../dossier-access';
import type { PdfRenderer } from '../pdf/pdf-renderer';
import { newVerificationId, qrDataUrl, recordVerifiable, verificationUrl } from '../verification/verifiable-documents';
import {
  applicability, loadComponentFiles, loadCoordinatingAgencies, loadEvents, loadProcedureFacts, loadSteps, type DossierEvent,
} from './dossier-facts';
import { dossierNoticeContext, statusLabel, type IssueFacts } from './notice-context';
import { periodContext, type RegisterAgency } from './register-context';
import { sampleContext } from './sample-context';
import type { NoticeTemplate, NoticeTemplateStore } from './template-store';
import { localYear } from './vietnamese-dates';

export interface RenderedNotice {
  pdf: Buffer;
  fileName: string;
  /** Set for notices kept and verifiable (their QR leads to GET /api/verify/{id}). */
  verificationId: string | null;
}

export interface NoticeServiceDeps {
  templates: NoticeTemplateStore;
  renderer: PdfRenderer;
  files: FileStore;
  publicUrl: string;
  log: FastifyBaseLogger;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Tra cứu link printed on the receipt (D4): the portal's tracking page for the code. */
export const trackingUrl = (publicUrl: string, code: string) => `${publicUrl.replace(/\/+$/, '')}/tra-cuu/${encodeURIComponent(code)}`;

/**
 * Phiếu, giấy tờ của Bộ phận Một cửa (F1): the active template of a kind, filled with the
 * dossier's data and printed by the pooled Chromium. A kept notice is issued once per dossier
 * and event, with its number, its verification code and its bytes stored, so every reprint is
 * the same paper; a living one (the control sheet) is printed afresh each time.
 */
export class NoticeService {
  constructor(private readonly deps: NoticeServiceDeps) {}

  async dossierNotice(em: EntityManager, reader: Reader, code: string, kind: string, now: Date): Promise<RenderedNotice> {
    const db = sql(em);
    const dossier = await dossierFor(db, reader, code);
    const template = await this.deps.templates.active(db, kind);
    if (!template || template.scope !== 'dossier') throw new AppError('NOTICE_KIND_NOT_FOUND');
    const events = await loadEvents(db, dossier.id);
    const fit = applicability(template.appliesWhen, dossier, events);
    const fileName = `${kind}-${dossier.code}.pdf`;
    if (!fit.applies) {
      // A notice once issued stays printable after the dossier has moved on (a supplement request after the papers came).
      const issued = template.kept ? await this.latestIssued(db, dossier.id, kind) : undefined;
      if (issued) return { pdf: await this.storedCopy(issued.storage_key, issued.sha256), fileName, verificationId: issued.verification_id };
      throw new AppError('NOTICE_NOT_APPLICABLE', [], `${template.title} không áp dụng cho hồ sơ ${dossier.code} ở trạng thái "${statusLabel(dossier.status)}".`);
    }
    if (!template.kept) {
      const pdf = await this.print(template, await this.context(db, template, dossier, fit.event, events, now, null));
      return { pdf, fileName, verificationId: null };
    }
    return em.transactional(async (tx) => {
      const txdb = sql(tx);
      await txdb.run('select pg_advisory_xact_lock(hashtext(?))', [`notice:${dossier.id}:${kind}`]);
      const issued = await txdb.one<{ storage_key: string; sha256: string; verification_id: string }>(
        'select storage_key, sha256, verification_id from issued_notice where dossier_id = ? and kind = ? and coalesce(event_id, 0) = ?',
        [dossier.id, kind, fit.event?.id ?? 0],
      );
      if (issued) return { pdf: await this.storedCopy(issued.storage_key, issued.sha256), fileName, verificationId: issued.verification_id };
      return this.issue(txdb, template, dossier, fit.event, events, now, readerName(reader), fileName);
    });
  }

  /** A period notice (the register, sổ theo dõi hồ sơ) of one agency; the caller has checked scope. */
  async periodNotice(db: Sql, kind: string, agency: RegisterAgency, from: Date, to: Date, now: Date): Promise<RenderedNotice> {
    const template = await this.deps.templates.active(db, kind);
    if (!template || template.scope !== 'period') throw new AppError('NOTICE_KIND_NOT_FOUND');
    const context = await periodContext(db, template, agency, from, to, now);
    return { pdf: await this.print(template, context), fileName: `${kind}-${agency.code}.pdf`, verificationId: null };
  }

  /** A template version filled with the sample dossier, so a province sees it before putting it in force. */
  async preview(template: NoticeTemplate): Promise<Buffer> {
    return this.print(template, sampleContext(template.scope, { paper: template.paper, landscape: template.landscape }));
  }

  private async issue(
    db: Sql, template: NoticeTemplate, dossier: DossierRecord, event: DossierEvent | null, events: DossierEvent[], now: Date, issuer: string, fileName: string,
  ): Promise<RenderedNotice> {
    const year = localYear(now);
    const { last } = (await db.one<{ last: number }>(
      `insert into notice_sequence (agency_id, kind, year, last) values (?, ?, ?, 1)
       on conflict (agency_id, kind, year) do update set last = notice_sequence.last + 1 returning last`,
      [dossier.agency.id, template.kind, year],
    ))!;
    const id = newVerificationId();
    const verify = verificationUrl(this.deps.publicUrl, id);
    const issue = { number: last, year, verification: { id, url: verify, qr: await qrDataUrl(verify) } };
    const pdf = await this.print(template, await this.context(db, template, dossier, event, events, now, issue));
    const digest = sha256(pdf);
    const key = `notices/${dossier.id}/${template.kind}-${event?.id ?? 0}-${id.toLowerCase()}.pdf`;
    await this.deps.files.put(key, pdf);
    const number = template.numberSymbol ? `${last}/${template.numberSymbol}` : dossier.code;
    await recordVerifiable(db, {
      id, kind: 'notice', title: template.title, code: number, issuerName: dossier.agency.name, agencyId: dossier.agency.id, dossierId: dossier.id,
      sha256: digest, copySha256: null, issuedAt: now, issuedByName: issuer,
    });
    await db.run(
      `insert into issued_notice (dossier_id, kind, template_id, event_id, number, year, issued_at, issued_by_name, storage_key, sha256, verification_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [dossier.id, template.kind, template.id, event?.id ?? null, last, year, now, issuer, key, digest, id],
    );
    return { pdf, fileName, verificationId: id };
  }

  private async context(
    db: Sql, template: NoticeTemplate, dossier: DossierRecord, event: DossierEvent | null, events: DossierEvent[], now: Date,
    issued: { number: number; year: number; verification: IssueFacts['verification'] } | null,
  ) {
    const [steps, procedure, files, coordinating] = await Promise.all([
      loadSteps(db, dossier.id), loadProcedureFacts(db, dossier.procedureVersionId), loadComponentFiles(db, dossier.id), loadCoordinatingAgencies(db, dossier.id),
    ]);
    const tracking = trackingUrl(this.deps.publicUrl, dossier.code);
    const issue: IssueFacts = {
      number: issued && template.numberSymbol ? `${issued.number}/${template.numberSymbol}` : null,
      issuedAt: now,
      trackingUrl: tracking,
      trackingQr: await qrDataUrl(tracking),
      register: issued ? { book: String(issued.year), number: issued.number } : null,
      verification: issued?.verification ?? null,
    };
    return dossierNoticeContext({ template, dossier, event, events, steps, procedure, files, coordinating, issue, now });
  }

  private async print(template: NoticeTemplate, context: object): Promise<Buffer> {
    let html: string;
    try {
      html = this.deps.templates.render(template, context);
    } catch (error) {
      // A stored template that fails on real data is the province's to fix; the officer gets a clear refusal.
      this.deps.log.error({ err: error, kind: template.kind, version: template.version }, 'notice template failed on real data');
      throw new AppError('NOTICE_TEMPLATE_INVALID', [{ path: `/notice-templates/${template.kind}/${template.version}`, message: String((error as Error).message).split('\n')[0] }]);
    }
    try {
      return await this.deps.renderer.render(html, { paper: template.paper, landscape: template.landscape });
    } catch (error) {
      this.deps.log.error({ err: error, kind: template.kind }, 'PDF rendering failed');
      throw new AppError('PDF_RENDER_FAILED');
    }
  }

  private latestIssued(db: Sql, dossierId: number, kind: string) {
    return db.one<{ storage_key: string; sha256: string; verification_id: string }>(
      'select storage_key, sha256, verification_id from issued_notice where dossier_id = ? and kind = ? order by id desc limit 1', [dossierId, kind],
    );
  }

  private async storedCopy(key: string, expected: string): Promise<Buffer> {
    const pdf = await this.deps.files.get(key);
    if (sha256(pdf) !== expected) {
      this.deps.log.error({ key }, 'stored notice does not match its checksum');
      throw new AppError('STORED_FILE_CORRUPTED');
    }
    return pdf;
  }
}
