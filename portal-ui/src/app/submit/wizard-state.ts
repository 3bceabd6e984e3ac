import { signal } from '@angular/core';
import type { FieldModel, PageModel } from '@forms';
import { asApiError } from '../api/api-error';
import { dateTime } from '../ui/format';
import type { ResultDelivery, SubmissionApi } from './submission-api';

/** What the wizard needs to come back to where the citizen was. */
export interface WizardSnapshot {
  procedureCode: string;
  procedureName: string;
  agencyCode: string;
  formData: Record<string, unknown>;
  resultDelivery: ResultDelivery;
  step: number;
}

interface LocalCopy extends WizardSnapshot {
  savedAt: string;
  draftId: string | null;
  draftVersion: number | null;
}

const localKey = (procedureCode: string) => `tthc-ho-so-dang-khai:${procedureCode}`;

/**
 * Hồ sơ đang khai: kept in this browser after every change (a reload or a dropped connection
 * loses nothing), and on the server as a draft when the citizen asks (to finish on another
 * device). A server draft once made is updated quietly at each step.
 */
export class DraftKeeper {
  readonly draftId = signal<string | null>(null);
  readonly savedAt = signal('');
  readonly saving = signal(false);
  readonly message = signal('');
  readonly restored = signal('');
  private version: number | null = null;

  constructor(private readonly api: SubmissionApi) {}

  keepLocally(snapshot: WizardSnapshot): void {
    const copy: LocalCopy = { ...snapshot, savedAt: new Date().toISOString(), draftId: this.draftId(), draftVersion: this.version };
    try {
      localStorage.setItem(localKey(snapshot.procedureCode), JSON.stringify(copy));
    } catch {
      // Private browsing or a full storage: the server draft remains the way to keep the work.
    }
  }

  forgetLocal(procedureCode: string): void {
    try {
      localStorage.removeItem(localKey(procedureCode));
    } catch {
      // Nothing was kept.
    }
  }

  /** The server draft asked for, else what this browser kept for the procedure, else nothing. */
  async resume(procedureCode: string, draftId: string | undefined): Promise<Partial<WizardSnapshot> | null> {
    if (draftId) {
      const draft = await this.api.draft(draftId);
      this.draftId.set(draft.id);
      this.version = draft.version;
      this.savedAt.set(draft.updatedAt);
      this.restored.set(`Bạn đang tiếp tục hồ sơ đã lưu nháp lúc ${dateTime(draft.updatedAt)}.`);
      return {
        agencyCode: draft.agencyCode ?? '', formData: draft.formData, resultDelivery: draft.resultDelivery ?? 'counter',
        step: Number(draft.currentStep ?? 0) || 0,
      };
    }
    let copy: LocalCopy | null = null;
    try {
      copy = JSON.parse(localStorage.getItem(localKey(procedureCode)) ?? 'null') as LocalCopy | null;
    } catch {
      copy = null;
    }
    if (!copy || copy.procedureCode !== procedureCode) return null;
    this.draftId.set(copy.draftId);
    this.version = copy.draftVersion;
    this.restored.set(`Đã khôi phục thông tin bạn khai dở trên trình duyệt này lúc ${dateTime(copy.savedAt)}.`);
    return copy;
  }

  async save(snapshot: WizardSnapshot): Promise<void> {
    this.saving.set(true);
    this.message.set('');
    try {
      const draft = await this.api.saveDraft(this.draftId(), this.version, {
        procedureCode: snapshot.procedureCode, procedureName: snapshot.procedureName, agencyCode: snapshot.agencyCode || null,
        formData: snapshot.formData, resultDelivery: snapshot.resultDelivery, currentStep: String(snapshot.step),
      });
      this.draftId.set(draft.id);
      this.version = draft.version;
      this.savedAt.set(draft.updatedAt);
      this.message.set(`Đã lưu nháp lúc ${dateTime(draft.updatedAt)}. Bạn có thể tiếp tục trong mục Hồ sơ của tôi.`);
      this.keepLocally(snapshot);
    } catch (failure) {
      const error = asApiError(failure);
      if (error.code === 'CONFLICT' && this.draftId()) {
        const current = await this.api.draft(this.draftId()!).catch(() => null);
        this.version = current?.version ?? this.version;
        this.message.set('Bản nháp này vừa được lưu từ một thiết bị khác. Bấm “Lưu nháp” lần nữa để lưu nội dung đang có trên màn hình.');
      } else if (error.code === 'DRAFT_NOT_FOUND') {
        this.draftId.set(null);
        this.version = null;
        this.message.set('Bản nháp cũ đã bị xóa. Bấm “Lưu nháp” để lưu một bản mới.');
      } else {
        this.message.set(error.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** Keeps an existing server draft in step; silent, since the browser copy is the safety net. */
  async saveQuietly(snapshot: WizardSnapshot | null): Promise<void> {
    if (!snapshot || !this.draftId()) return;
    const draft = await this.api.saveDraft(this.draftId(), this.version, {
      procedureCode: snapshot.procedureCode, procedureName: snapshot.procedureName, agencyCode: snapshot.agencyCode || null,
      formData: snapshot.formData, resultDelivery: snapshot.resultDelivery, currentStep: String(snapshot.step),
    }).catch(() => null);
    if (draft) {
      this.version = draft.version;
      this.savedAt.set(draft.updatedAt);
    }
  }

  /** After submission: the drafts have served their purpose. */
  async finished(procedureCode: string): Promise<void> {
    this.forgetLocal(procedureCode);
    const id = this.draftId();
    this.draftId.set(null);
    if (id) await this.api.deleteDraft(id).catch(() => undefined);
  }
}

/**
 * What the personal data store learns from a submitted form: each field that names
 * `personalData.<key>` as an autofill source gives its value to that key, for next time (C9).
 */
export function learnedPersonalData(pages: readonly PageModel[]): Record<string, unknown> {
  const learned: Record<string, unknown> = {};
  const visit = (field: FieldModel) => {
    for (const source of field.autofill ?? []) {
      const key = source.startsWith('personalData.') ? source.slice('personalData.'.length) : '';
      const empty = field.value === undefined || field.value === null || field.value === '';
      if (key && /^[A-Za-z][A-Za-z0-9_]*$/.test(key) && !empty && !(key in learned)) learned[key] = field.value;
    }
    field.children?.forEach(visit);
  };
  for (const page of pages) for (const section of page.sections) section.fields.forEach(visit);
  return learned;
}
