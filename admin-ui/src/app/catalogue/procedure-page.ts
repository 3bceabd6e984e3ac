import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { asApiError } from '../api/api-error';
import { Session } from '../session/session';
import { AgenciesPanel } from './agencies-panel';
import { CatalogueApi, type ProcedureVersion, type PublicationReview, type TestRun, type VersionSummary } from './catalogue-api';
import { STATUS_BADGES, STATUS_LABELS, displayDate, displayDateTime } from './catalogue-vocabulary';
import { DecisionDialog, type DecisionKind } from './decision-dialog';
import { FaqPanel } from './faq-panel';
import { FindingsList } from './findings-list';
import { PROCEDURE_TEXTS } from './procedure.texts';
import { ReturnDialog } from './return-dialog';
import { TestRunDialog } from './test-run-dialog';
import { VersionRecord } from './version-record';

type Dialog = { kind: DecisionKind } | { kind: 'return' } | { kind: 'test-run' };

/**
 * Một thủ tục: its versions, the record of the one chosen, and what can be done with it now.
 * Drafters edit and submit; the control office (control_office) also reviews, records test runs,
 * publishes with the decision, returns, abolishes and localises (A4-A6).
 */
@Component({
  selector: 'app-procedure-page',
  imports: [RouterLink, VersionRecord, FindingsList, DecisionDialog, ReturnDialog, TestRunDialog, AgenciesPanel, FaqPanel],
  templateUrl: './procedure-page.html',
  styleUrl: './procedure-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcedurePage {
  /** Route parameter and query parameter (withComponentInputBinding). */
  readonly code = input.required<string>();
  readonly version = input<string>();

  private readonly api = inject(CatalogueApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  protected readonly t = PROCEDURE_TEXTS;
  protected readonly badges = STATUS_BADGES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly displayDate = displayDate;
  protected readonly displayDateTime = displayDateTime;
  protected readonly versions = signal<VersionSummary[]>([]);
  protected readonly current = signal<ProcedureVersion | null>(null);
  protected readonly testRuns = signal<TestRun[]>([]);
  protected readonly review = signal<PublicationReview | null>(null);
  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly error = signal('');

  protected readonly isControlOffice = computed(() => this.session.hasAnyRole(['control_office']));
  protected readonly isOpen = computed(() => ['draft', 'in_review'].includes(this.current()?.status ?? ''));
  protected readonly isLive = computed(() => this.current()?.status === 'published');
  /** An amendment starts from the version in force, and only when no other version is being written. */
  protected readonly canAmend = computed(() => this.isLive() && !this.versions().some((v) => v.status === 'draft' || v.status === 'in_review'));

  constructor() {
    effect(() => this.load(this.code(), Number(this.version()) || undefined));
  }

  protected show(version: number): void {
    void this.router.navigate([], { queryParams: { version }, replaceUrl: true });
  }

  protected submit(): void {
    this.run(this.api.submit(this.code()), () => this.t.submitted);
  }

  protected check(): void {
    this.busy.set(true);
    this.error.set('');
    this.api.check(this.code()).subscribe({
      next: (review) => {
        this.busy.set(false);
        this.review.set(review);
      },
      error: (failure: unknown) => this.failed(failure),
    });
  }

  protected amend(): void {
    this.run(this.api.amend(this.code()), (draft) => this.t.amended(draft.version));
  }

  protected discard(): void {
    if (!confirm(this.t.discardConfirm)) return;
    this.busy.set(true);
    this.api.discardDraft(this.code()).subscribe({
      next: () => this.reloadWith(this.t.discarded),
      error: (failure: unknown) => this.failed(failure),
    });
  }

  protected decided(kind: DecisionKind, version: ProcedureVersion): void {
    this.reloadWith(kind === 'publish' ? this.t.published(version.decision?.number ?? '') : this.t.abolished(version.abolition?.number ?? ''), version.version);
  }

  protected reloadWith(message: string, version?: number): void {
    this.dialog.set(null);
    this.busy.set(false);
    this.review.set(null);
    this.notice.set(message);
    if (version && version !== Number(this.version())) this.show(version);
    else this.load(this.code(), version ?? (Number(this.version()) || undefined));
  }

  private run(request: ReturnType<CatalogueApi['submit']>, message: (version: ProcedureVersion) => string): void {
    this.busy.set(true);
    this.notice.set('');
    this.error.set('');
    request.subscribe({
      next: (version) => this.reloadWith(message(version), version.version),
      error: (failure: unknown) => this.failed(failure),
    });
  }

  private failed(failure: unknown): void {
    this.busy.set(false);
    this.error.set(asApiError(failure).message);
  }

  private load(code: string, version?: number): void {
    this.error.set('');
    this.api.versions(code).subscribe({
      next: (versions) => {
        this.versions.set(versions);
        const chosen = version ?? versions[0]?.version;
        if (!chosen) return;
        forkJoin([this.api.version(code, chosen), this.api.testRuns(code)]).subscribe({
          next: ([record, runs]) => {
            this.current.set(record);
            this.testRuns.set(runs);
          },
          error: (failure: unknown) => this.failed(failure),
        });
      },
      error: (failure: unknown) => this.failed(failure),
    });
  }
}
