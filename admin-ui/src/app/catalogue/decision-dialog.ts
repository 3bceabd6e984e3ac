import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError, type FieldProblem } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { revealProblems } from '../ui/server-errors';
import { CatalogueApi, type Decision, type ProcedureVersion } from './catalogue-api';
import { FindingsList } from './findings-list';
import { PROCEDURE_TEXTS } from './procedure.texts';

/** Công bố or bãi bỏ: both take effect by a decision, with its number and date. */
export type DecisionKind = 'publish' | 'abolish';

/**
 * Asks for the decision and sends it. Publishing is checked once more by the server: a refusal
 * comes back as findings, shown here without losing what was typed.
 */
@Component({
  selector: 'app-decision-dialog',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid, FindingsList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal-dialog #modal [heading]="kind() === 'publish' ? t.publishTitle : t.abolishTitle" [open]="true" (dismissed)="closed.emit()">
      <p>{{ kind() === 'publish' ? t.publishIntro : t.abolishIntro }}</p>
      @if (error()) {
        <div class="alert alert-error" role="alert">
          {{ error() }}
          @if (findings().length) { <app-findings-list [findings]="findings()" /> }
        </div>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form-grid">
        <div class="field">
          <label for="decision-number" class="required">{{ t.decisionNumber }}</label>
          <input id="decision-number" type="text" formControlName="number" aria-describedby="decision-number-hint decision-number-error">
          <p class="field-hint" id="decision-number-hint">{{ t.decisionNumberHint }}</p>
          <app-field-error id="decision-number-error" [control]="form.controls.number" />
        </div>
        <div class="field">
          <label for="decision-date" class="required">{{ t.decisionDate }}</label>
          <input id="decision-date" type="date" formControlName="date" aria-describedby="decision-date-error">
          <app-field-error id="decision-date-error" [control]="form.controls.date" />
        </div>
        <div class="form-actions span-2">
          <button type="button" class="btn btn-secondary" (click)="modal.close()">{{ t.cancel }}</button>
          <button type="submit" class="btn" [class.btn-primary]="kind() === 'publish'" [class.btn-danger]="kind() === 'abolish'" [disabled]="busy()">
            {{ busy() ? t.saving : kind() === 'publish' ? t.confirmPublish : t.confirmAbolish }}
          </button>
        </div>
      </form>
    </app-modal-dialog>
  `,
})
export class DecisionDialog implements OnInit {
  readonly code = input.required<string>();
  readonly kind = input.required<DecisionKind>();
  /** The decision already written on the draft, if any. */
  readonly initial = input<Decision | null>(null);
  readonly done = output<ProcedureVersion>();
  readonly closed = output<void>();

  protected readonly t = PROCEDURE_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly findings = signal<readonly FieldProblem[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    number: ['', [Validators.required, Validators.maxLength(100)]],
    date: ['', [Validators.required]],
  });

  private readonly api = inject(CatalogueApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.setValue({ number: initial.number, date: initial.date });
  }

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    this.busy.set(true);
    this.error.set('');
    this.findings.set([]);
    const decision = this.form.getRawValue();
    const request = this.kind() === 'publish' ? this.api.publish(this.code(), decision) : this.api.abolish(this.code(), decision);
    request.subscribe({
      next: (version) => this.done.emit(version),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set(error.message);
        // Details on the decision belong next to its fields; the others are the record's findings.
        const decisionDetails = error.details.filter((d) => d.path.startsWith('/decision/'));
        this.findings.set(error.details.filter((d) => !d.path.startsWith('/decision/') && d.path !== '/decision'));
        for (const detail of decisionDetails) {
          const control = this.form.get(detail.path.split('/')[2] ?? '');
          control?.setErrors({ server: detail.message });
          control?.markAsTouched();
        }
      },
    });
  }
}
