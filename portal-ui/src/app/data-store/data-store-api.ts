import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** Một giấy tờ trong kho dữ liệu: a file of an earlier dossier, its result, a digitised result, or one kept in the store. */
export interface StoredDocument {
  id: string;
  kind: 'component' | 'result' | 'digitised';
  name: string;
  dossierCode: string | null;
  procedureName: string | null;
  componentCode: string | null;
  fileName: string | null;
  sizeBytes: number | null;
  createdAt: string;
  downloadUrl: string | null;
  removable: boolean;
  /** It carries a file that can fill a component of a new dossier. */
  reusable: boolean;
}

export interface DataStore {
  personalData: Record<string, unknown>;
  documents: StoredDocument[];
}

export const DOCUMENT_KIND_LABELS: Record<StoredDocument['kind'], string> = {
  component: 'Giấy tờ đã nộp', result: 'Kết quả giải quyết', digitised: 'Kết quả đã số hóa',
};

/** Kho dữ liệu cá nhân (C9): what the citizen gave or received before, for autofill and reuse. */
@Injectable({ providedIn: 'root' })
export class DataStoreApi {
  private readonly http = inject(HttpClient);

  load(): Promise<DataStore> {
    return firstValueFrom(this.http.get<DataStore>('/api/citizen/data-store'));
  }

  remember(values: Record<string, unknown>): Promise<Record<string, unknown>> {
    return firstValueFrom(this.http.patch<Record<string, unknown>>('/api/citizen/data-store/personal-data', values));
  }

  remove(id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/citizen/data-store/documents/${encodeURIComponent(id)}`));
  }

  /**
   * Puts a stored document's file in a dossier component. Digitised results go through the
   * documents feature's reuse route; files of earlier dossiers through the citizen's own.
   */
  reuse(dossierCode: string, componentCode: string, document: StoredDocument): Promise<{ id: number }> {
    const code = encodeURIComponent(dossierCode);
    const digitised = /^digitised-(\d+)$/.exec(document.id);
    return firstValueFrom(digitised
      ? this.http.post<{ id: number }>(`/api/dossiers/${code}/attachments/reuse`, { componentCode, digitisedResultId: Number(digitised[1]) })
      : this.http.post<{ id: number }>(`/api/citizen/dossiers/${code}/attachments/from-store`, { componentCode, documentId: document.id }));
  }
}
