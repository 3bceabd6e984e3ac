import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FormDefinition } from '@forms';
import type { Observable } from 'rxjs';

/** An open step of a dossier, as GET /api/dossiers/{code} lists it. */
export interface OpenStep {
  id: number;
  taskKey: string;
  name: string;
  role: string;
  dueAt: string | null;
  assignee: string | null;
  assigneeName: string | null;
  actions: string[];
  formView: string | null;
  /** The caller may claim and complete it now. */
  workable: boolean;
}

/** Hồ sơ, as an officer in scope reads it (API.md, Dossiers). */
export interface Dossier {
  code: string;
  status: string;
  statusLabel: string;
  channel: 'online' | 'counter' | 'postal';
  procedureCode: string;
  procedureName: string;
  procedureVersion: number | null;
  sectorName: string | null;
  agencyCode: string;
  agencyName: string;
  applicant: { fullName?: string; idNumber?: string; phone?: string; email?: string; address?: string };
  formData: Record<string, unknown>;
  resultDelivery: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  resolvedAt: string | null;
  completedAt: string | null;
  clockStopped: boolean;
  timeliness: 'early' | 'on_time' | 'late' | 'overdue' | null;
  version: number;
  openTasks: OpenStep[];
}

/** One line of the dossier's history (nhật ký xử lý). */
export interface HistoryEntry {
  at: string;
  actor: string | null;
  kind: string;
  taskKey: string | null;
  action: string | null;
  comment: string | null;
  data: Record<string, unknown> | null;
}

/** A message sent, or tried, to the applicant (G1). */
export interface SentNotification {
  at: string;
  kind: string;
  channel: 'email' | 'sms' | 'zalo';
  recipient: string;
  subject: string;
  body: string;
  status: 'sent' | 'failed';
  error: string | null;
  attempt: number;
}

/** A stored file of the dossier: a component scan or a result. */
export interface Attachment {
  id: number;
  purpose: 'component' | 'result' | string;
  componentCode: string | null;
  originalName: string;
  mediaType: string;
  size: number;
  signatureStatus: string;
  resultStage: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

/** The diagram the dossier runs on and the steps it went through. */
export interface DossierDiagram {
  processKey: string;
  processVersion: number;
  bpmnXml: string;
  steps: { taskKey: string; name: string; status: 'open' | 'completed' | 'cancelled'; action: string | null; openedAt: string; closedAt: string | null }[];
  waiting: string[];
  ended: boolean;
  outcome: string | null;
}

/** The procedure version a dossier was filed under, with its e-form and components. */
export interface ProcedureVersion {
  code: string;
  name: string;
  version: number;
  form: FormDefinition | null;
  components: { code: string; name: string; required: boolean; originals: number; copies: number }[];
  postalAllowed: boolean;
}

/** Completing a step: the action, the reason or remark, and the form as this step leaves it. */
export interface StepCompletion {
  action: string;
  comment?: string;
  formData?: Record<string, unknown>;
  /** Phân công thụ lý: the officer who takes the step this action opens. */
  assignTo?: number;
}

/** An officer who could take the next step, with the work they already hold. */
export interface Assignee {
  id: number;
  username: string;
  fullName: string;
  departmentCode: string | null;
  steps: string[];
  openTasks: number;
}

/** What a desk action answers: the dossier's new status and dates. */
export interface StatusChange {
  status: string;
  dueAt: string | null;
  completedAt: string | null;
  /** Số hiệu bưu gửi, when the result went by post. */
  trackingNumber?: string | null;
}

const path = (code: string) => `/api/dossiers/${encodeURIComponent(code)}`;

/** The dossier workspace's calls: reading the dossier and acting on it. */
@Injectable({ providedIn: 'root' })
export class DossierApi {
  private readonly http = inject(HttpClient);

  dossier(code: string): Observable<Dossier> {
    return this.http.get<Dossier>(path(code));
  }

  history(code: string): Observable<HistoryEntry[]> {
    return this.http.get<HistoryEntry[]>(`${path(code)}/history`);
  }

  notifications(code: string): Observable<SentNotification[]> {
    return this.http.get<SentNotification[]>(`${path(code)}/notifications`);
  }

  attachments(code: string): Observable<Attachment[]> {
    return this.http.get<Attachment[]>(`${path(code)}/attachments`);
  }

  diagram(code: string): Observable<DossierDiagram> {
    return this.http.get<DossierDiagram>(`${path(code)}/diagram`);
  }

  procedureVersion(code: string, version: number): Observable<ProcedureVersion> {
    return this.http.get<ProcedureVersion>(`/api/procedures/${encodeURIComponent(code)}/versions/${version}`);
  }

  claim(taskId: number): Observable<unknown> {
    return this.http.post(`/api/tasks/${taskId}/claim`, {});
  }

  assignees(taskId: number, action: string): Observable<Assignee[]> {
    return this.http.get<Assignee[]>(`/api/tasks/${taskId}/assignees`, { params: { action } });
  }

  complete(taskId: number, completion: StepCompletion): Observable<{ status: string }> {
    return this.http.post<{ status: string }>(`/api/tasks/${taskId}/complete`, completion);
  }

  /** Dự thảo kết quả: a PDF attached to be signed. */
  attachResult(code: string, file: File): Observable<Attachment> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<Attachment>(`${path(code)}/result`, body);
  }

  attachComponent(code: string, componentCode: string, file: File): Observable<Attachment> {
    const body = new FormData();
    body.append('componentCode', componentCode);
    body.append('file', file, file.name);
    return this.http.post<Attachment>(`${path(code)}/attachments`, body);
  }

  returnResult(code: string, method: 'counter' | 'postal' | 'online', note?: string, address?: string): Observable<StatusChange> {
    return this.http.post<StatusChange>(`${path(code)}/return`, { method, ...(note ? { note } : {}), ...(address ? { address } : {}) });
  }

  receiveSupplement(code: string, note?: string): Observable<StatusChange> {
    return this.http.post<StatusChange>(`${path(code)}/supplement`, note ? { note } : {});
  }

  extend(code: string, newDueAt: string, reason: string): Observable<StatusChange> {
    return this.http.post<StatusChange>(`${path(code)}/extend`, { newDueAt, reason });
  }
}

/** Where the browser opens a file of the dossier in the page (PDF in a frame, image in an img). */
export function attachmentUrl(code: string, id: number): string {
  return `${path(code)}/attachments/${id}?inline=true`;
}

/**
 * Phiếu của hồ sơ (api/documents/notices): `receipt` (giấy tiếp nhận và hẹn trả kết quả),
 * `supplement-request`, `refusal`, `apology`, `control-sheet`, `stop`.
 */
export type NoticeKind = 'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'control-sheet' | 'stop';

export function noticeUrl(code: string, kind: NoticeKind): string {
  return `${path(code)}/notices/${kind}.pdf`;
}
