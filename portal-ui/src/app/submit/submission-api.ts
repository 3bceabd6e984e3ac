import { HttpClient, HttpEventType, HttpRequest } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, filter, firstValueFrom, map } from 'rxjs';

export type ResultDelivery = 'counter' | 'postal' | 'online';

export interface NewDossier {
  procedureCode: string;
  agencyCode: string;
  channel: 'online';
  applicant: { fullName: string; idNumber: string; phone?: string; email?: string; address?: string };
  formData: Record<string, unknown>;
  resultDelivery: ResultDelivery;
}

export interface Draft {
  id: string;
  procedureCode: string;
  procedureName: string;
  agencyCode: string | null;
  formData: Record<string, unknown>;
  resultDelivery: ResultDelivery | null;
  currentStep: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type DraftInput = Omit<Draft, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** Progress of one upload: a percentage while it runs, the stored file's id at the end. */
export type UploadProgress = { percent: number; done: false } | { percent: 100; done: true; id: number };

/** Nộp hồ sơ: the dossier itself, its files and the drafts. */
@Injectable({ providedIn: 'root' })
export class SubmissionApi {
  private readonly http = inject(HttpClient);

  submit(dossier: NewDossier): Promise<{ code: string; status: string }> {
    return firstValueFrom(this.http.post<{ code: string; status: string }>('/api/dossiers', dossier));
  }

  /** multipart componentCode + file, reporting progress (XMLHttpRequest underneath). */
  upload(code: string, componentCode: string, file: File): Observable<UploadProgress> {
    const body = new FormData();
    body.append('componentCode', componentCode);
    body.append('file', file, file.name);
    const request = new HttpRequest('POST', `/api/dossiers/${encodeURIComponent(code)}/attachments`, body, { reportProgress: true });
    return this.http.request<{ id: number }>(request).pipe(
      filter((event) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
      map((event): UploadProgress => {
        if (event.type === HttpEventType.Response) return { percent: 100, done: true, id: event.body?.id ?? 0 };
        const total = event.total ?? file.size;
        return { percent: total ? Math.min(99, Math.round((event.loaded / total) * 100)) : 0, done: false };
      }),
    );
  }

  supplement(code: string, note: string): Promise<{ status: string }> {
    return firstValueFrom(this.http.post<{ status: string }>(`/api/dossiers/${encodeURIComponent(code)}/supplement`, note ? { note } : {}));
  }

  draft(id: string): Promise<Draft> {
    return firstValueFrom(this.http.get<Draft>(`/api/citizen/drafts/${encodeURIComponent(id)}`));
  }

  drafts(): Promise<Draft[]> {
    return firstValueFrom(this.http.get<Draft[]>('/api/citizen/drafts'));
  }

  saveDraft(id: string | null, version: number | null, draft: DraftInput): Promise<Draft> {
    return id
      ? firstValueFrom(this.http.put<Draft>(`/api/citizen/drafts/${encodeURIComponent(id)}`, { ...draft, version }))
      : firstValueFrom(this.http.post<Draft>('/api/citizen/drafts', draft));
  }

  deleteDraft(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/citizen/drafts/${encodeURIComponent(id)}`));
  }
}
