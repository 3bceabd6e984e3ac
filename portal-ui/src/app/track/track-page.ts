import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { asApiError } from '../api/api-error';
import { date, dateTime, statusTone } from '../ui/format';

interface Tracked {
  code: string;
  procedureName: string;
  sectorName: string | null;
  agencyName: string;
  applicantName: string;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  status: string;
  statusLabel: string;
}

/**
 * Tra cứu hồ sơ (C3): by the code on the receipt, or straight from its QR code (/tra-cuu/<code>),
 * without signing in. Only a masked name is shown.
 */
@Component({
  selector: 'app-track-page',
  imports: [RouterLink],
  templateUrl: './track-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrackPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  readonly code = input<string>();
  protected readonly result = signal<Tracked | null>(null);
  protected readonly error = signal('');
  protected readonly loading = signal(false);
  protected readonly date = date;
  protected readonly dateTime = dateTime;
  protected readonly tone = statusTone;

  constructor() {
    effect(() => {
      const code = this.code()?.trim();
      this.result.set(null);
      this.error.set('');
      if (!code) return;
      this.loading.set(true);
      firstValueFrom(this.http.get<Tracked>(`/api/track/${encodeURIComponent(code)}`)).then(
        (found) => this.result.set(found),
        (failure: unknown) => {
          const error = asApiError(failure);
          this.error.set(error.status === 404
            ? `Không tìm thấy hồ sơ có mã “${code}”. Vui lòng kiểm tra lại mã trên giấy tiếp nhận hồ sơ.`
            : error.message);
        },
      ).finally(() => this.loading.set(false));
    });
  }

  protected search(event: Event, code: string): void {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed) {
      this.error.set('Vui lòng nhập mã hồ sơ.');
      return;
    }
    void this.router.navigate(['/tra-cuu', trimmed]);
  }
}
