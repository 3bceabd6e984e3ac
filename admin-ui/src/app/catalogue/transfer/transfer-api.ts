import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { FieldProblem } from '../../api/api-error';

/** One row the import refused, with the reason (a failed row never half-imports). */
export interface ImportRejection {
  row: number;
  code: string | null;
  error: string;
  message: string;
  details?: FieldProblem[];
}

/** Một lượt nhập danh mục and its progress (GET /api/admin/catalogue/imports/:id). */
export interface ImportJob {
  id: number;
  status: 'running' | 'finished' | 'failed';
  format: 'json' | 'csv' | 'xlsx';
  total: number;
  processed: number;
  drafted: number;
  published: number;
  rejected: number;
  rejections: ImportRejection[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** The body an import starts with: the export's JSON (or a bare list of records), a CSV text, or an Excel workbook. */
export type ImportBody = { procedures: unknown[] } | { csv: string } | { xlsx: Blob };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Injectable({ providedIn: 'root' })
export class TransferApi {
  private readonly http = inject(HttpClient);

  start(body: ImportBody): Observable<ImportJob> {
    if ('xlsx' in body) {
      return this.http.post<ImportJob>('/api/admin/catalogue/imports.xlsx', body.xlsx, { headers: { 'content-type': XLSX_TYPE } });
    }
    return this.http.post<ImportJob>('/api/admin/catalogue/imports', body);
  }

  progress(id: number): Observable<ImportJob> {
    return this.http.get<ImportJob>(`/api/admin/catalogue/imports/${id}`);
  }
}

/** The export routes, opened as downloads with the session cookie. */
export const EXPORT_URLS = {
  json: '/api/admin/catalogue/export?format=json',
  csv: '/api/admin/catalogue/export?format=csv',
  xlsx: '/api/admin/catalogue/export?format=xlsx',
} as const;
