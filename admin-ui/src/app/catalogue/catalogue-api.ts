import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FormDefinition } from '@forms';
import { type Observable, map } from 'rxjs';
import type { FieldProblem } from '../api/api-error';

/** The types of the catalogue routes (api/catalogue), as the back office reads them. */

export type VersionStatus = 'draft' | 'in_review' | 'published' | 'superseded' | 'abolished';
export type ServiceLevel = 'full_online' | 'partial_online' | 'offline' | 'level2' | 'level3' | 'level4';
export type DurationUnit = 'working_days' | 'working_hours';
export type Channel = 'counter' | 'postal' | 'online';

export interface WorkingDuration {
  value: number;
  unit: DurationUnit;
}

/** Quyết định công bố (or bãi bỏ): number and date (YYYY-MM-DD). */
export interface Decision {
  number: string;
  date: string;
}

/** Thành phần hồ sơ. */
export interface DossierComponent {
  code: string;
  name: string;
  originals: number;
  copies: number;
  formTemplate?: string | null;
  required: boolean;
}

/** Phí, lệ phí, in đồng. */
export interface Fee {
  name: string;
  amount: number;
  note?: string;
}

/** Cách thức thực hiện: a channel and, when it differs, its own processing time. */
export interface ProcedureMethod {
  channel: Channel;
  description?: string;
  processingTime?: WorkingDuration;
}

/** The editable fields of a procedure record (A3). */
export interface ProcedureFields {
  name: string;
  sectorCode: string;
  agencyCodes: string[];
  steps: string;
  methods: ProcedureMethod[];
  components: DossierComponent[];
  processingTime: WorkingDuration;
  applicants: string;
  result: string;
  fees: Fee[];
  conditions: string;
  legalBasis: string;
  serviceLevel: ServiceLevel;
  postalAllowed: boolean;
  immediateResult: boolean;
  crossBoundary: boolean;
  processKey: string | null;
  processVersion: number | null;
  formSchema: FormDefinition | Record<string, unknown> | null;
  decision: Decision | null;
}

/** One version in a list. */
export interface VersionSummary {
  code: string;
  version: number;
  status: VersionStatus;
  revision: number;
  name: string;
  sectorCode: string;
  serviceLevel: ServiceLevel;
  decision: Decision | null;
  publishedAt: string | null;
  abolishedAt: string | null;
  updatedAt: string | null;
}

/** One whole version (GET /api/admin/procedures/:code/versions/:version). */
export interface ProcedureVersion extends VersionSummary, Omit<ProcedureFields, 'formSchema'> {
  sectorName: string;
  agencies?: { code: string; name: string; level: string }[];
  form: FormDefinition | null;
  formSchema: Record<string, unknown> | null;
  abolition: Decision | null;
  reviewNote: string | null;
  submittedAt: string | null;
  createdAt: string | null;
}

export interface PublicationReview {
  publishable: boolean;
  version: number;
  revision: number;
  findings: FieldProblem[];
}

export interface TestRun {
  id: number;
  version: number;
  revision: number;
  outcome: 'passed' | 'failed';
  notes: string;
  dossierCode: string | null;
  runBy: string | null;
  runAt: string;
}

export interface StaffQuery {
  q: string;
  status: VersionStatus | '';
  page: number;
  pageSize: number;
}

const path = (code: string) => `/api/admin/procedures/${encodeURIComponent(code)}`;

/** Soạn thảo, thẩm định, công bố, sửa đổi và bãi bỏ thủ tục (the API's /api/admin/procedures routes). */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  /** A page of the staff list; the total comes in the x-total-count header. */
  list(query: StaffQuery): Observable<{ items: VersionSummary[]; total: number }> {
    const params: Record<string, string | number> = { page: query.page, pageSize: query.pageSize };
    if (query.q.trim()) params['q'] = query.q.trim();
    if (query.status) params['status'] = query.status;
    return this.http.get<VersionSummary[]>('/api/admin/procedures', { params, observe: 'response' }).pipe(
      map((response: HttpResponse<VersionSummary[]>) => ({
        items: response.body ?? [],
        total: Number(response.headers.get('x-total-count') ?? response.body?.length ?? 0),
      })),
    );
  }

  create(record: ProcedureFields & { code: string }): Observable<ProcedureVersion> {
    return this.http.post<ProcedureVersion>('/api/admin/procedures', record);
  }

  versions(code: string): Observable<VersionSummary[]> {
    return this.http.get<VersionSummary[]>(`${path(code)}/versions`);
  }

  version(code: string, version: number): Observable<ProcedureVersion> {
    return this.http.get<ProcedureVersion>(`${path(code)}/versions/${version}`);
  }

  /** Saves a draft; `expectedRevision` turns a concurrent edit into a 409 instead of a lost update. */
  update(code: string, version: number, changes: Partial<ProcedureFields>, expectedRevision: number): Observable<ProcedureVersion> {
    return this.http.patch<ProcedureVersion>(`${path(code)}/versions/${version}`, { ...changes, expectedRevision });
  }

  amend(code: string): Observable<ProcedureVersion> {
    return this.http.post<ProcedureVersion>(`${path(code)}/versions`, {});
  }

  discardDraft(code: string): Observable<void> {
    return this.http.delete<void>(`${path(code)}/draft`);
  }

  submit(code: string): Observable<ProcedureVersion> {
    return this.http.post<ProcedureVersion>(`${path(code)}/submit`, {});
  }

  returnForRevision(code: string, note: string): Observable<ProcedureVersion> {
    return this.http.post<ProcedureVersion>(`${path(code)}/return`, { note });
  }

  check(code: string, decision?: Decision): Observable<PublicationReview> {
    return this.http.post<PublicationReview>(`${path(code)}/publication-check`, decision ? { decision } : {});
  }

  publish(code: string, decision: Decision): Observable<ProcedureVersion> {
    return this.http.post<ProcedureVersion>(`${path(code)}/publish`, { decision });
  }

  abolish(code: string, decision: Decision): Observable<ProcedureVersion> {
    return this.http.post<ProcedureVersion>(`${path(code)}/abolish`, { decision });
  }

  testRuns(code: string): Observable<TestRun[]> {
    return this.http.get<TestRun[]>(`${path(code)}/test-runs`);
  }

  recordTestRun(code: string, run: { outcome: 'passed' | 'failed'; notes?: string; dossierCode?: string }): Observable<TestRun> {
    return this.http.post<TestRun>(`${path(code)}/test-runs`, run);
  }

  /** Localises a published procedure to agencies, by code or every agency of a level. */
  localise(code: string, target: { agencyCodes?: string[]; level?: string }): Observable<{ added: number; agencies: { code: string; name: string }[] }> {
    return this.http.post<{ added: number; agencies: { code: string; name: string }[] }>(`${path(code)}/agencies`, target);
  }

  /** The agencies whose catalogue lists the procedure in force (the public record). */
  liveAgencies(code: string): Observable<{ code: string; name: string; level: string }[]> {
    return this.http.get<{ agencies?: { code: string; name: string; level: string }[] }>(`/api/procedures/${encodeURIComponent(code)}`)
      .pipe(map((live) => live.agencies ?? []));
  }

  removeAgency(code: string, agencyCode: string): Observable<void> {
    return this.http.delete<void>(`${path(code)}/agencies/${encodeURIComponent(agencyCode)}`);
  }
}
