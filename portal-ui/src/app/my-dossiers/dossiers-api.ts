import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

export interface DossierSummary {
  code: string;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  status: string;
  statusLabel: string;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  resolvedAt: string | null;
  timeliness: string | null;
  timelinessLabel: string | null;
  actionNeeded: boolean;
  canRate: boolean;
}

export interface DossierDetail extends DossierSummary {
  sectorName: string | null;
  agencyCode: string;
  channelLabel: string;
  explanation: string;
  completedAt: string | null;
  resultDelivery: string | null;
  resultDeliveryLabel: string | null;
  formData: Record<string, unknown>;
  supplement: { requestedAt: string; reason: string | null; items: string[] } | null;
  refusal: { at: string; reason: string | null } | null;
  rating: { average: number; createdAt: string } | null;
  notices: { kind: string; label: string; url: string }[];
  history: { at: string; title: string; detail: string | null }[];
}

export interface DossierFile {
  id: number;
  purpose: 'component' | 'result';
  componentCode: string | null;
  originalName: string;
  size: number;
  resultStage: string | null;
  uploadedAt: string;
}

/** A message the platform sent the applicant about this dossier (G1). */
export interface SentNotice {
  at: string;
  channel: 'email' | 'sms' | 'zalo';
  recipient: string;
  subject: string;
  status: 'sent' | 'failed';
}

export interface Criterion {
  code: string;
  name: string;
}

/** Hồ sơ của tôi: the citizen's dossiers, their files and their rating. */
@Injectable({ providedIn: 'root' })
export class DossiersApi {
  private readonly http = inject(HttpClient);

  async list(state?: 'open' | 'closed'): Promise<DossierSummary[]> {
    const params = state ? new HttpParams().set('state', state).set('pageSize', 100) : new HttpParams().set('pageSize', 100);
    return firstValueFrom(this.http.get<DossierSummary[]>('/api/citizen/dossiers', { params }));
  }

  detail(code: string): Promise<DossierDetail> {
    return firstValueFrom(this.http.get<DossierDetail>(`/api/citizen/dossiers/${encodeURIComponent(code)}`));
  }

  /** The dossier's files; an empty list where the documents feature does not answer. */
  files(code: string): Promise<DossierFile[]> {
    return firstValueFrom(this.http.get<DossierFile[]>(`/api/dossiers/${encodeURIComponent(code)}/attachments`)).catch(() => []);
  }

  /** What the applicant was told by e-mail, SMS and Zalo; an empty list where that feature does not answer. */
  notices(code: string): Promise<SentNotice[]> {
    return firstValueFrom(this.http.get<SentNotice[]>(`/api/dossiers/${encodeURIComponent(code)}/notifications`)).catch(() => []);
  }

  criteria(): Promise<{ criteria: Criterion[]; scale: { score: number; label: string }[] }> {
    return firstValueFrom(this.http.get<{ criteria: Criterion[]; scale: { score: number; label: string }[] }>('/api/public/rating-criteria'));
  }

  rate(code: string, scores: Record<string, number>, comment: string): Promise<{ average: number }> {
    return firstValueFrom(this.http.post<{ average: number }>(`/api/citizen/dossiers/${encodeURIComponent(code)}/rating`, { scores, ...(comment ? { comment } : {}) }));
  }
}
