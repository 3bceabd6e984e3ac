import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ProcedureVersion } from '../dossier/dossier-api';

/** A procedure of the agency's catalogue, as the search lists it. */
export interface ProcedureHit {
  code: string;
  name: string;
  sectorName: string;
  postalAllowed: boolean;
  processingTime: { value: number; unit: 'working_days' | 'working_hours' };
}

/** The procedure in force, with what reception needs: the e-form, components and agencies. */
export interface ProcedureInForce extends ProcedureVersion {
  agencyCodes: string[];
  serviceLevel: string;
}

/** Người nộp hồ sơ, as the desk keys them in (API.md, POST /api/dossiers). */
export interface Applicant {
  fullName: string;
  idNumber: string;
  phone?: string;
  email?: string;
  address?: string;
}

export type Channel = 'counter' | 'postal';
export type ResultDelivery = 'counter' | 'postal';

export interface NewDossier {
  procedureCode: string;
  agencyCode: string;
  channel: Channel;
  applicant: Applicant;
  formData: Record<string, unknown>;
  resultDelivery: ResultDelivery;
}

export interface ReceivedDossier {
  code: string;
  status: string;
  receivedAt: string | null;
  dueAt: string | null;
}

/** An online submission waiting for the desk, with the time by which it must be received or refused. */
export interface QueuedSubmission {
  code: string;
  procedureName: string;
  applicantName: string;
  agencyCode: string;
  submittedAt: string;
  decideBy: string;
  overdue: boolean;
}

/** Tiếp nhận hồ sơ: the catalogue of the desk's agency, filing a dossier, and the online queue. */
@Injectable({ providedIn: 'root' })
export class ReceptionApi {
  private readonly http = inject(HttpClient);

  /** The procedures the agency implements; a desk's catalogue fits in one page of 100. */
  procedures(agencyCode: string): Observable<ProcedureHit[]> {
    return this.http.get<ProcedureHit[]>('/api/procedures', { params: new HttpParams().set('agencyCode', agencyCode).set('pageSize', 100) });
  }

  procedure(code: string): Observable<ProcedureInForce> {
    return this.http.get<ProcedureInForce>(`/api/procedures/${encodeURIComponent(code)}`);
  }

  receive(dossier: NewDossier): Observable<ReceivedDossier> {
    return this.http.post<ReceivedDossier>('/api/dossiers', dossier);
  }

  queue(): Observable<QueuedSubmission[]> {
    return this.http.get<QueuedSubmission[]>('/api/reception-queue');
  }

  receiveOnline(code: string): Observable<{ status: string; dueAt: string | null }> {
    return this.http.post<{ status: string; dueAt: string | null }>(`/api/dossiers/${encodeURIComponent(code)}/receive`, {});
  }

  refuseOnline(code: string, reason: string): Observable<{ status: string }> {
    return this.http.post<{ status: string }>(`/api/dossiers/${encodeURIComponent(code)}/refuse`, { reason });
  }
}
