import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/** One dossier of the daily review (GET /api/dossiers/overdue). */
export interface OverdueDossier {
  code: string;
  procedureName: string;
  agencyName: string;
  dueAt: string;
  receivedAt: string | null;
  status: string;
  /** The names of the steps still open, comma-separated: where the dossier waits. */
  openSteps: string | null;
  /** Past its due time by the server's clock; false means due within one working day. */
  overdue: boolean;
}

@Injectable({ providedIn: 'root' })
export class OverdueApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OverdueDossier[]> {
    return this.http.get<OverdueDossier[]>('/api/dossiers/overdue');
  }
}
