import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/** Câu hỏi thường gặp của một thủ tục (A6). */
export interface FaqArticle {
  id: number;
  title: string;
  body: string;
  position: number;
  updatedAt: string;
}

export interface FaqInput {
  title: string;
  body: string;
  position?: number;
}

/** The FAQ routes of api/catalogue/help-routes.ts: public reading, staff writing. */
@Injectable({ providedIn: 'root' })
export class HelpApi {
  private readonly http = inject(HttpClient);

  faqs(code: string): Observable<FaqArticle[]> {
    return this.http.get<FaqArticle[]>(`/api/procedures/${encodeURIComponent(code)}/faqs`);
  }

  createFaq(code: string, article: FaqInput): Observable<FaqArticle> {
    return this.http.post<FaqArticle>(`/api/admin/procedures/${encodeURIComponent(code)}/faqs`, article);
  }

  updateFaq(id: number, article: Partial<FaqInput>): Observable<FaqArticle> {
    return this.http.patch<FaqArticle>(`/api/admin/faqs/${id}`, article);
  }

  deleteFaq(id: number): Observable<void> {
    return this.http.delete<void>(`/api/admin/faqs/${id}`);
  }
}
