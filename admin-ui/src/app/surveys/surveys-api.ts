import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

export type CampaignStatus = 'scheduled' | 'open' | 'closed';

export interface Question {
  code: string;
  text: string;
}

/** Một đợt khảo sát, as GET /api/surveys lists it. */
export interface Campaign {
  id: number;
  title: string;
  description: string | null;
  agencyCode: string | null;
  agencyName: string;
  startsOn: string;
  endsOn: string;
  status: CampaignStatus;
  statusLabel: string;
  closedAt: string | null;
  createdAt: string;
  responses: number;
  questions: Question[];
  /** Whether this officer may close it (it is run in their subtree). */
  manageable?: boolean;
}

export interface NewCampaign {
  title: string;
  description?: string;
  agencyCode?: string;
  startsOn: string;
  endsOn: string;
  questions?: string[];
}

export interface CampaignResults {
  campaign: Campaign;
  totals: { responses: number; average: number | null; satisfiedRate: number | null };
  questions: (Question & { average: number | null; counts: number[] })[];
  agencies: { agencyCode: string; agencyName: string; responses: number; average: number; satisfiedRate: number | null; questions: { code: string; average: number | null }[] }[];
  comments: { agencyName: string; comment: string; createdAt: string }[];
}

/** Khảo sát mức độ hài lòng theo đợt; the server scopes lists and results to the officer's agencies. */
@Injectable({ providedIn: 'root' })
export class SurveysApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Campaign[]> {
    return this.http.get<Campaign[]>('/api/surveys');
  }

  create(campaign: NewCampaign): Observable<Campaign> {
    return this.http.post<Campaign>('/api/surveys', campaign);
  }

  close(id: number): Observable<Campaign> {
    return this.http.post<Campaign>(`/api/surveys/${id}/close`, {});
  }

  results(id: number): Observable<CampaignResults> {
    return this.http.get<CampaignResults>(`/api/surveys/${id}/results`);
  }
}
