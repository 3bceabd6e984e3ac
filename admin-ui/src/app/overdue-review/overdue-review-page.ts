import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { AREA_ROLES } from '../session/roles';
import { Session } from '../session/session';
import { OverdueApi, type OverdueDossier } from './overdue-api';

interface AgencyGroup {
  agencyName: string;
  overdue: number;
  dueSoon: number;
  dossiers: OverdueDossier[];
}

/**
 * Rà soát hồ sơ quá hạn (D13): every open dossier past its due time or due within one working day,
 * grouped by agency, for the daily review. The control office sees every agency; a desk head or a
 * leader sees their own. "Overdue" is the server's verdict, by the platform's clock.
 */
@Component({
  selector: 'app-overdue-review-page',
  imports: [RouterLink],
  templateUrl: './overdue-review-page.html',
  styleUrl: './overdue-review-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverdueReviewPage {
  private readonly api = inject(OverdueApi);

  protected readonly formatDateTime = formatDateTime;
  /** The dossier workspace is for officers who work dossiers; the control office reads the list. */
  protected readonly canOpenDossiers = inject(Session).hasAnyRole(AREA_ROLES.inbox);
  protected readonly dossiers = signal<OverdueDossier[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly onlyOverdue = signal(false);
  protected readonly checkedAt = signal<Date | null>(null);

  protected readonly groups = computed<AgencyGroup[]>(() => {
    const byAgency = new Map<string, OverdueDossier[]>();
    for (const dossier of this.dossiers()) {
      if (this.onlyOverdue() && !dossier.overdue) continue;
      byAgency.set(dossier.agencyName, [...(byAgency.get(dossier.agencyName) ?? []), dossier]);
    }
    return [...byAgency].map(([agencyName, dossiers]) => ({
      agencyName,
      dossiers,
      overdue: dossiers.filter((d) => d.overdue).length,
      dueSoon: dossiers.filter((d) => !d.overdue).length,
    }));
  });
  protected readonly totals = computed(() => ({
    overdue: this.dossiers().filter((d) => d.overdue).length,
    dueSoon: this.dossiers().filter((d) => !d.overdue).length,
  }));

  constructor() {
    this.reload();
  }

  protected reload(): void {
    this.loading.set(true);
    this.api.list().subscribe({
      next: (dossiers) => {
        this.loading.set(false);
        this.error.set('');
        this.dossiers.set(dossiers);
        this.checkedAt.set(new Date());
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(asApiError(failure).message);
      },
    });
  }

  protected print(): void {
    window.print();
  }
}
