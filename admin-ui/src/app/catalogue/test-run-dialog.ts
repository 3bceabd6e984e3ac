import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { CatalogueApi, type TestRun } from './catalogue-api';
import { PROCEDURE_TEXTS } from './procedure.texts';

/** Chạy thử (A5): the outcome of walking a dossier through the open version, recorded before publication. */
@Component({
  selector: 'app-test-run-dialog',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal-dialog #modal [heading]="t.testRunTitle" [open]="true" (dismissed)="closed.emit()">
      <p>{{ t.testRunIntro }}</p>
      @if (error()) { <div class="alert alert-error" role="alert">{{ error() }}</div> }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <fieldset class="field">
          <legend class="required">{{ t.outcome }}</legend>
          <label class="checkbox-inline"><input type="radio" formControlName="outcome" value="passed" name="outcome"> {{ t.passed }}</label>
          <label class="checkbox-inline"><input type="radio" formControlName="outcome" value="failed" name="outcome"> {{ t.failed }}</label>
        </fieldset>
        <div class="field">
          <label for="test-run-dossier">{{ t.dossierCode }}</label>
          <input id="test-run-dossier" type="text" class="mono" formControlName="dossierCode" aria-describedby="test-run-dossier-hint test-run-dossier-error">
          <p class="field-hint" id="test-run-dossier-hint">{{ t.dossierCodeHint }}</p>
          <app-field-error id="test-run-dossier-error" [control]="form.controls.dossierCode" />
        </div>
        <div class="field">
          <label for="test-run-notes">{{ t.notes }}</label>
          <textarea id="test-run-notes" rows="4" formControlName="notes" aria-describedby="test-run-notes-error"></textarea>
          <app-field-error id="test-run-notes-error" [control]="form.controls.notes" />
        </div>
        <div class="form-actions">
          <button type="button" class="btn btn-secondary" (click)="modal.close()">{{ t.cancel }}</button>
          <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ busy() ? t.saving : t.confirmTestRun }}</button>
        </div>
      </form>
    </app-modal-dialog>
  `,
})
export class TestRunDialog {
  readonly code = input.required<string>();
  readonly done = output<TestRun>();
  readonly closed = output<void>();

  protected readonly t = PROCEDURE_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    outcome: ['passed' as 'passed' | 'failed', Validators.required],
    dossierCode: ['', Validators.maxLength(60)],
    notes: ['', Validators.maxLength(4000)],
  });

  private readonly api = inject(CatalogueApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    this.busy.set(true);
    this.error.set('');
    const { outcome, dossierCode, notes } = this.form.getRawValue();
    this.api.recordTestRun(this.code(), { outcome, ...(dossierCode.trim() ? { dossierCode: dossierCode.trim() } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) })
      .subscribe({
        next: (run) => this.done.emit(run),
        error: (failure: unknown) => {
          const error = asApiError(failure);
          this.busy.set(false);
          const unplaced = applyServerErrors(this.form, error);
          this.error.set([error.message, ...unplaced].join(' '));
        },
      });
  }
}
