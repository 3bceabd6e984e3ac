import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type { Urgency } from './time-left';

/** One open task of the caller, as GET /api/tasks lists it (API.md, Tasks). */
export interface InboxTask {
  id: string;
  dossierCode: string;
  taskKey: string;
  name: string;
  role: string;
  assignee: string | null;
  dueAt: string | null;
  procedureCode: string;
  procedureName: string;
  /** Tình trạng của hồ sơ (processing, supplement_requested, …). */
  dossierStatus: string;
  /** Counted by the server in working hours: due soon is at most 4 working hours left. */
  timeLeft: Urgency;
}

/** The inbox's filters, as the API takes them (the page's URL keeps the same names). */
export interface InboxFilters {
  timeLeft: Urgency | '';
  procedureCode: string;
  dossierStatus: string;
  /** A day (yyyy-mm-dd): tasks due by its end, Vietnam time. */
  dueBy: string;
  q: string;
  mine: boolean;
}

export interface InboxQuery extends InboxFilters {
  page: number;
  pageSize: number;
}

export interface TaskPage {
  items: InboxTask[];
  total: number;
  /** The server stops counting at its cap: the total is "more than" it. */
  capped: boolean;
}

/** GET /api/tasks/summary: each count under the other filters. */
export interface InboxSummary {
  timeLeft: Record<Urgency, number>;
  procedures: { code: string; name: string; count: number }[];
  dossierStatuses: { status: string; count: number }[];
}

function filterParams(filters: InboxFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.timeLeft) params['timeLeft'] = filters.timeLeft;
  if (filters.procedureCode) params['procedureCode'] = filters.procedureCode;
  if (filters.dossierStatus) params['dossierStatus'] = filters.dossierStatus;
  if (filters.dueBy) params['dueBefore'] = `${filters.dueBy}T23:59:59+07:00`;
  if (filters.q.trim()) params['q'] = filters.q.trim();
  if (filters.mine) params['mine'] = 'true';
  return params;
}

@Injectable({ providedIn: 'root' })
export class TasksApi {
  private readonly http = inject(HttpClient);

  /** One page, filtered by the server; the total comes in the X-Total-Count header. */
  list(query: InboxQuery): Observable<TaskPage> {
    const params = { ...filterParams(query), page: query.page, pageSize: query.pageSize };
    return this.http.get<InboxTask[]>('/api/tasks', { params, observe: 'response' }).pipe(
      map((response: HttpResponse<InboxTask[]>) => ({
        items: response.body ?? [],
        total: Number(response.headers.get('x-total-count') ?? response.body?.length ?? 0),
        capped: response.headers.get('x-total-count-capped') === 'true',
      })),
    );
  }

  summary(filters: InboxFilters): Observable<InboxSummary> {
    return this.http.get<InboxSummary>('/api/tasks/summary', { params: filterParams(filters) });
  }

  claim(id: string): Observable<unknown> {
    return this.http.post(`/api/tasks/${encodeURIComponent(id)}/claim`, {});
  }
}
