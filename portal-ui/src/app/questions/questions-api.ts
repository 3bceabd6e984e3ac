import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

export interface FeedbackItem {
  id: number;
  kind: 'feedback' | 'question';
  kindLabel: string;
  agencyCode: string;
  agencyName: string;
  procedureCode: string | null;
  dossierCode?: string | null;
  title: string;
  body: string;
  status: 'open' | 'answered';
  statusLabel: string;
  dueAt?: string;
  overdue?: boolean;
  answer: string | null;
  answeredAt: string | null;
  published: boolean;
  createdAt: string;
}

export interface NewFeedback {
  kind: 'feedback' | 'question';
  agencyCode: string;
  procedureCode?: string;
  dossierCode?: string;
  title: string;
  body: string;
}

/** Hỏi đáp, phản ánh, kiến nghị: published answers for everyone, the citizen's own messages. */
@Injectable({ providedIn: 'root' })
export class QuestionsApi {
  private readonly http = inject(HttpClient);

  async published(q: string, page = 1): Promise<{ items: FeedbackItem[]; total: number }> {
    let params = new HttpParams().set('page', page).set('pageSize', 20);
    if (q) params = params.set('q', q);
    const response = await firstValueFrom(this.http.get<FeedbackItem[]>('/api/public/questions', { params, observe: 'response' }));
    return { items: response.body ?? [], total: Number(response.headers.get('x-total-count') ?? 0) };
  }

  mine(): Promise<FeedbackItem[]> {
    return firstValueFrom(this.http.get<FeedbackItem[]>('/api/citizen/feedback'));
  }

  send(message: NewFeedback): Promise<FeedbackItem> {
    return firstValueFrom(this.http.post<FeedbackItem>('/api/citizen/feedback', message));
  }
}
