import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

export type FeedbackKind = 'feedback' | 'question';
export type FeedbackStatus = 'open' | 'answered';

/** Một phản ánh, kiến nghị hoặc câu hỏi, as GET /api/feedback lists it for officers. */
export interface FeedbackItem {
  id: number;
  kind: FeedbackKind;
  kindLabel: string;
  agencyCode: string;
  agencyName: string;
  procedureCode: string | null;
  dossierCode: string | null;
  title: string;
  body: string;
  status: FeedbackStatus;
  statusLabel: string;
  dueAt: string;
  overdue: boolean;
  /** Working days left to answer, negative once late; null once answered. */
  workingDaysLeft: number | null;
  answer: string | null;
  answeredAt: string | null;
  published: boolean;
  createdAt: string;
}

/** Thời hạn trả lời, in working days, per kind. */
export type AnswerDeadlines = Record<FeedbackKind, number>;

/** The back office's side of phản ánh, kiến nghị and hỏi đáp; the server scopes every call to the officer's agencies. */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);

  list(filter: { status: FeedbackStatus; kind: FeedbackKind | '' }): Observable<FeedbackItem[]> {
    let params = new HttpParams().set('status', filter.status);
    if (filter.kind) params = params.set('kind', filter.kind);
    return this.http.get<FeedbackItem[]>('/api/feedback', { params });
  }

  answer(id: number, answer: string, publish: boolean): Observable<FeedbackItem> {
    return this.http.post<FeedbackItem>(`/api/feedback/${id}/answer`, { answer, publish });
  }

  setPublished(id: number, published: boolean): Observable<FeedbackItem> {
    return this.http.put<FeedbackItem>(`/api/feedback/${id}/published`, { published });
  }

  deadlines(): Observable<AnswerDeadlines> {
    return this.http.get<AnswerDeadlines>('/api/admin/feedback-settings');
  }

  setDeadlines(deadlines: AnswerDeadlines): Observable<AnswerDeadlines> {
    return this.http.put<AnswerDeadlines>('/api/admin/feedback-settings', deadlines);
  }
}
