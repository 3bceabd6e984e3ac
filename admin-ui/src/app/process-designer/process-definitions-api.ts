import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/** A deployed, immutable version of a process (POST/GET /api/admin/process-definitions). */
export interface ProcessVersion {
  key: string;
  version: number;
  name?: string | null;
  deployedAt?: string;
  deployedBy?: string | null;
}

@Injectable({ providedIn: 'root' })
export class ProcessDefinitionsApi {
  private readonly http = inject(HttpClient);

  /** 201 with the new version, or 422 whose details name the offending element ids. */
  deploy(key: string, bpmnXml: string): Observable<ProcessVersion> {
    return this.http.post<ProcessVersion>('/api/admin/process-definitions', { key, bpmnXml });
  }

  /** The BPMN XML of one deployed version. */
  source(key: string, version: number): Observable<string> {
    return this.http.get(`/api/admin/process-definitions/${encodeURIComponent(key)}/versions/${version}`, { responseType: 'text' });
  }

  /** The engine's verdict on one flow condition, as deployment would give it. */
  checkFeel(expression: string): Observable<{ valid: boolean; message?: string }> {
    return this.http.post<{ valid: boolean; message?: string }>('/api/admin/feel/check', { expression });
  }

  list(): Observable<ProcessVersion[] | { items: ProcessVersion[] }> {
    return this.http.get<ProcessVersion[] | { items: ProcessVersion[] }>('/api/admin/process-definitions');
  }
}
