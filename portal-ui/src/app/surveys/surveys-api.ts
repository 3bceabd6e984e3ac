import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ScaleLevel } from '../ui/score-question';

/** Một đợt khảo sát mức độ hài lòng, as the portal shows it. */
export interface Campaign {
  id: number;
  title: string;
  description: string | null;
  agencyName: string;
  startsOn: string;
  endsOn: string;
  status: 'scheduled' | 'open' | 'closed';
  statusLabel: string;
  questions: { code: string; text: string }[];
}

export interface CampaignDetail extends Campaign {
  scale: ScaleLevel[];
  /** The agencies a respondent may assess in this campaign. */
  agencies: { code: string; name: string }[];
}

export interface Answered {
  campaignId: number;
  agencyName: string;
  answeredAt: string;
}

/** Khảo sát mức độ hài lòng: open campaigns for everyone; answering for a signed-in citizen. */
@Injectable({ providedIn: 'root' })
export class SurveysApi {
  private readonly http = inject(HttpClient);

  open(): Promise<Campaign[]> {
    return firstValueFrom(this.http.get<Campaign[]>('/api/public/surveys'));
  }

  campaign(id: number): Promise<CampaignDetail> {
    return firstValueFrom(this.http.get<CampaignDetail>(`/api/public/surveys/${id}`));
  }

  answered(): Promise<Answered[]> {
    return firstValueFrom(this.http.get<Answered[]>('/api/citizen/surveys'));
  }

  answer(id: number, answer: { agencyCode: string; scores: Record<string, number>; comment?: string }): Promise<{ average: number; agencyName: string }> {
    return firstValueFrom(this.http.post<{ average: number; agencyName: string }>(`/api/citizen/surveys/${id}/responses`, answer));
  }
}
