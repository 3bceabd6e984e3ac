import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';

/** One open task of the caller, as GET /api/tasks lists it (API.md, Tasks). */
export interface InboxTask {
  id: string;
  dossierCode: string;
  taskKey: string;
  name: string;
  role: string;
  assignee: string | null;
  dueAt: string | null;
  procedureName: string;
  /** Tình trạng của hồ sơ (processing, supplement_requested, …). */
  dossierStatus?: string;
}

/** The page the inbox shows; the server may later page and filter (100,000 open tasks). */
export interface TaskPage {
  total: number;
  items: InboxTask[];
}

@Injectable({ providedIn: 'root' })
export class TasksApi {
  private readonly http = inject(HttpClient);

  /** Accepts today's plain array and a future `{total, items}` page alike. */
  list(): Observable<TaskPage> {
    return this.http.get<InboxTask[] | TaskPage>('/api/tasks').pipe(
      map((body) => (Array.isArray(body) ? { total: body.length, items: body } : body)),
    );
  }

  claim(id: string): Observable<unknown> {
    return this.http.post(`/api/tasks/${encodeURIComponent(id)}/claim`, {});
  }
}
