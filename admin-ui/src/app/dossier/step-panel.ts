import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { FormFinding } from '@forms';
import { firstValueFrom } from 'rxjs';
import { asApiError, type ApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { TASK_ACTIONS } from '../process-designer/platform-extension/vocabulary';
import { roleLabel } from '../session/roles';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { DossierApi, type Assignee, type Dossier, type OpenStep } from './dossier-api';
import { ACTIONS_NEEDING_REASON, ACTIONS_WITH_ASSIGNEE, ACTIONS_WITH_DRAFT, DOSSIER_TEXTS } from './dossier.texts';

/** Who may attach a draft result (the server's `result upload` permission). */
const RESULT_ROLES = ['specialist', 'department_head', 'agency_leader', 'clerk'];

/**
 * Bước xử lý hiện tại: claim the step, then take one of the actions the diagram offers it. Each
 * action asks only for what it needs: a reason where the law wants one in writing, a remark
 * otherwise, a draft result where the step produces one. The form edits of the step go along.
 */
@Component({
  selector: 'app-step-panel',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  templateUrl: './step-panel.html',
  styles: `
    .step { padding: 0.5rem 0; border-bottom: 1px solid var(--border); }
    .step:last-of-type { border-bottom: 0; }
    .step p { margin: 0 0 0.375rem; }
    .step-meta { font-size: 0.8125rem; }
    .step-actions { display: flex; flex-wrap: wrap; gap: 0.375rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StepPanel {
  readonly dossier = input.required<Dossier>();
  /** The form as the officer edited it at this step, or null when the step does not edit it. */
  readonly formData = input<Record<string, unknown> | null>(null);
  /** The dossier changed (or someone else changed it): the page reloads. */
  readonly changed = output<string>();
  readonly formErrors = output<FormFinding[]>();

  private readonly api = inject(DossierApi);
  protected readonly t = DOSSIER_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly roleLabel = roleLabel;
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly choosing = signal<{ step: OpenStep; action: string } | null>(null);
  protected readonly draft = signal<File | null>(null);
  /** Officers the chosen action may hand the dossier to (phân công); empty when it names no one. */
  protected readonly assignees = signal<Assignee[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({ comment: [''], assignTo: [''] });

  protected readonly steps = computed(() => this.dossier().openTasks);
  protected readonly needsReason = computed(() => ACTIONS_NEEDING_REASON.includes(this.choosing()?.action ?? ''));
  protected readonly offersDraft = computed(() => {
    const chosen = this.choosing();
    return Boolean(chosen && ACTIONS_WITH_DRAFT.includes(chosen.action) && RESULT_ROLES.includes(chosen.step.role));
  });

  protected actionLabel(action: string): string {
    return (TASK_ACTIONS as Record<string, string>)[action] ?? action;
  }

  protected async claim(step: OpenStep): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.claim(step.id));
      this.changed.emit(this.t.claimed);
    });
  }

  protected choose(step: OpenStep, action: string): void {
    this.error.set('');
    this.form.reset();
    this.draft.set(null);
    this.assignees.set([]);
    this.choosing.set({ step, action });
    if (ACTIONS_WITH_ASSIGNEE.includes(action)) {
      // Without the list the head can still act; the step then waits for anyone in the department.
      firstValueFrom(this.api.assignees(step.id, action)).then((list) => this.assignees.set(list), () => undefined);
    }
  }

  protected pickDraft(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected async confirm(): Promise<void> {
    const chosen = this.choosing();
    const comment = this.form.controls.comment;
    if (!chosen) return;
    if (this.needsReason() && !comment.value.trim()) {
      comment.setErrors({ required: true });
      comment.markAsTouched();
      return;
    }
    await this.run(async () => {
      const file = this.draft();
      if (file) await firstValueFrom(this.api.attachResult(this.dossier().code, file));
      const formData = this.formData();
      const assignTo = Number(this.form.controls.assignTo.value);
      const result = await firstValueFrom(this.api.complete(chosen.step.id, {
        action: chosen.action,
        ...(comment.value.trim() ? { comment: comment.value.trim() } : {}),
        ...(formData ? { formData } : {}),
        ...(assignTo ? { assignTo } : {}),
      }));
      this.choosing.set(null);
      this.changed.emit(this.t.done(this.actionLabel(chosen.action), result.status));
    });
  }

  /** One call at a time; a 409 (someone else settled or holds the step) shows the server's sentence, naming them, and reloads. */
  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await work();
    } catch (failure) {
      this.show(asApiError(failure));
    } finally {
      this.busy.set(false);
    }
  }

  private show(error: ApiError): void {
    const formFindings = error.details.filter((d) => d.path.startsWith('/formData'));
    for (const name of ['comment', 'assignTo'] as const) {
      const finding = error.details.find((d) => d.path === `/${name}`);
      if (finding && this.choosing()) {
        this.form.controls[name].setErrors({ server: finding.message });
        this.form.controls[name].markAsTouched();
        return;
      }
    }
    if (formFindings.length) this.formErrors.emit(formFindings);
    this.choosing.set(null);
    this.error.set(error.message);
    if (error.status === 409) this.changed.emit('');
  }
}
