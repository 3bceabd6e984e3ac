import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { asApiError } from '../api/api-error';
import { date, dateTime } from '../ui/format';

interface Row {
  agencyCode: string;
  agencyName: string;
  received: number;
  resolved: number;
  resolvedOnTime: number;
  resolvedLate: number;
  inProgress: number;
  overdue: number;
  onTimeRate: number | null;
}
interface Statistics { from: string; to: string; totals: Omit<Row, 'agencyCode' | 'agencyName'>; agencies: Row[] }
interface Apology { issuedAt: string; dossierCode: string; procedureName: string; agencyName: string; applicantName: string; reason: string | null; previousDueAt: string | null; newDueAt: string | null }
interface Rating { agencyCode: string; agencyName: string; ratings: number; average: number; satisfiedRate: number }

type Period = 'month' | 'quarter' | 'year';

/** Công khai (C10): results per agency, satisfaction, and the apology letters for late dossiers. */
@Component({
  selector: 'app-statistics-page',
  templateUrl: './statistics-page.html',
  styleUrl: './statistics-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatisticsPage {
  private readonly http = inject(HttpClient);
  protected readonly period = signal<Period>('year');
  protected readonly stats = signal<Statistics | null>(null);
  protected readonly apologies = signal<Apology[]>([]);
  protected readonly ratings = signal<Rating[]>([]);
  protected readonly error = signal('');
  protected readonly date = date;
  protected readonly dateTime = dateTime;
  protected readonly periods: { id: Period; label: string }[] = [
    { id: 'month', label: 'Tháng này' }, { id: 'quarter', label: 'Quý này' }, { id: 'year', label: 'Năm nay' },
  ];

  constructor() {
    effect(() => void this.load(this.period()));
  }

  private range(period: Period): { from: string; to: string } {
    // The Vietnamese calendar day, whatever the browser's zone.
    const now = new Date(Date.now() + 7 * 3600_000);
    const y = now.getUTCFullYear();
    const m = now.getUTCMonth();
    const start = period === 'year' ? new Date(Date.UTC(y, 0, 1)) : period === 'quarter' ? new Date(Date.UTC(y, m - (m % 3), 1)) : new Date(Date.UTC(y, m, 1));
    return { from: start.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
  }

  private async load(period: Period): Promise<void> {
    const params = new HttpParams({ fromObject: this.range(period) });
    this.error.set('');
    try {
      const [stats, apologies, ratings] = await Promise.all([
        firstValueFrom(this.http.get<Statistics>('/api/public/statistics', { params })),
        firstValueFrom(this.http.get<Apology[]>('/api/public/apologies', { params })),
        firstValueFrom(this.http.get<Rating[]>('/api/public/ratings', { params })),
      ]);
      this.stats.set(stats);
      this.apologies.set(apologies);
      this.ratings.set(ratings);
    } catch (failure) {
      this.error.set(asApiError(failure).message);
    }
  }

  protected rate(value: number | null): string {
    return value === null ? '—' : `${String(value).replace('.', ',')}%`;
  }
}
