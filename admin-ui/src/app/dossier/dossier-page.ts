import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FormFinding } from '@forms';
import { type Observable, catchError, forkJoin, of } from 'rxjs';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { Session } from '../session/session';
import { AttachmentsPanel } from './attachments-panel';
import { DeskActions } from './desk-actions';
import { DossierApi, type Attachment, type Dossier, type DossierDiagram, type HistoryEntry, type ProcedureVersion, type SentNotification } from './dossier-api';
import { DOSSIER_TEXTS } from './dossier.texts';
import { EFormPanel, applyChange, viewEditsForm, type FieldChange } from './e-form-panel';
import { HistoryTimeline } from './history-timeline';
import { NotificationsPanel } from './notifications-panel';
import { ProcessDiagram } from './process-diagram';
import { StepPanel } from './step-panel';

/**
 * Không gian xử lý hồ sơ: everything about one dossier on one screen — the header with its due
 * date and timeliness, the e-form in the view the officer's step allows, the files with an inline
 * viewer, the history, the diagram with the path taken, and the actions the officer may take now.
 */
@Component({
  selector: 'app-dossier-page',
  imports: [RouterLink, EFormPanel, AttachmentsPanel, HistoryTimeline, NotificationsPanel, ProcessDiagram, StepPanel, DeskActions],
  templateUrl: './dossier-page.html',
  styleUrl: './dossier-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DossierPage {
  /** The dossier code, from the route (/dossiers/:code). */
  readonly code = input.required<string>();

  private readonly api = inject(DossierApi);
  private readonly session = inject(Session);
  protected readonly t = DOSSIER_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly dossier = signal<Dossier | null>(null);
  protected readonly history = signal<HistoryEntry[]>([]);
  protected readonly notifications = signal<SentNotification[]>([]);
  protected readonly attachments = signal<Attachment[]>([]);
  protected readonly diagram = signal<DossierDiagram | null>(null);
  protected readonly procedure = signal<ProcedureVersion | null>(null);
  protected readonly loadError = signal('');
  protected readonly notice = signal('');
  protected readonly editedForm = signal<Record<string, unknown> | null>(null);
  protected readonly formErrors = signal<FormFinding[]>([]);

  protected readonly isDesk = computed(() => this.session.hasAnyRole(['desk_officer']));
  /** The step this officer is working: it decides the form view and whether the form takes edits. */
  protected readonly myStep = computed(() => {
    const username = this.session.user()?.username;
    return this.dossier()?.openTasks.find((s) => s.workable && s.assignee === username) ?? null;
  });
  protected readonly formView = computed(() => this.myStep()?.formView ?? this.dossier()?.openTasks.find((s) => s.workable)?.formView ?? null);
  protected readonly formEditable = computed(() => {
    const form = this.procedure()?.form;
    return Boolean(form && this.myStep() && viewEditsForm(form, this.myStep()!.formView));
  });
  protected readonly formData = computed(() => this.editedForm() ?? this.dossier()?.formData ?? {});
  protected readonly extended = computed(() => this.history().some((e) => e.kind === 'extended'));
  protected readonly timelinessClass = computed(() => {
    const t = this.dossier()?.timeliness;
    return t === 'overdue' || t === 'late' ? 'badge-danger' : t === 'on_time' ? 'badge-warn' : 'badge-ok';
  });

  constructor() {
    effect(() => {
      const code = this.code();
      untracked(() => this.load(code));
    });
  }

  protected reload(message: string): void {
    this.notice.set(message);
    this.load(this.code());
  }

  private load(code: string): void {
    this.loadError.set('');
    this.api.dossier(code).subscribe({
      next: (dossier) => {
        this.dossier.set(dossier);
        this.editedForm.set(null);
        this.formErrors.set([]);
        this.loadSideParts(dossier);
      },
      error: (failure: unknown) => this.loadError.set(asApiError(failure).message),
    });
  }

  /** Files, history, notices, diagram and form load side by side; one failing leaves the others on screen. */
  private loadSideParts(dossier: Dossier): void {
    const orEmpty = <T>(fallback: T) => catchError<T, Observable<T>>(() => of(fallback));
    const version = dossier.procedureVersion;
    forkJoin({
      history: this.api.history(dossier.code).pipe(orEmpty<HistoryEntry[]>([])),
      notifications: this.api.notifications(dossier.code).pipe(orEmpty<SentNotification[]>([])),
      attachments: this.api.attachments(dossier.code).pipe(orEmpty<Attachment[]>([])),
      diagram: this.api.diagram(dossier.code).pipe(orEmpty<DossierDiagram | null>(null)),
      procedure: version && this.procedure()?.version !== version
        ? this.api.procedureVersion(dossier.procedureCode, version).pipe(orEmpty<ProcedureVersion | null>(null))
        : of(this.procedure()),
    }).subscribe((parts) => {
      this.history.set(parts.history);
      this.notifications.set(parts.notifications);
      this.attachments.set(parts.attachments);
      this.diagram.set(parts.diagram);
      this.procedure.set(parts.procedure);
    });
  }

  protected changeForm(change: FieldChange): void {
    this.editedForm.set(applyChange(this.formData(), change));
    this.formErrors.update((errors) => errors.filter((e) => e.path !== `/formData${change.path}`));
  }
}
