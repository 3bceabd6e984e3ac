import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { CatalogueApi, type ProcedureVersion } from './catalogue-api';
import { PROCEDURE_TEXTS } from './procedure.texts';

/** Trả lại: the control office sends a version under review back to its drafters, saying why. */
@Component({
  selector: 'app-return-dialog',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal-dialog #modal [heading]="t.returnTitle" [open]="true" (dismissed)="closed.emit()">
      <p>{{ t.returnIntro }}</p>
      @if (error()) { <div class="alert alert-error" role="alert">{{ error() }}</div> }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="return-note" class="required">{{ t.returnNote }}</label>
          <textarea id="return-note" rows="5" formControlName="note" aria-describedby="return-note-error"></textarea>
          <app-field-error id="return-note-error" [control]="form.controls.note" />
        </div>
        <div class="form-actions">
          <button type="button" class="btn btn-secondary" (click)="modal.close()">{{ t.cancel }}</button>
          <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ busy() ? t.saving : t.confirmReturn }}</button>
        </div>
      </form>
    </app-modal-dialog>
  `,
})
export class ReturnDialog {
  readonly code = input.required<string>();
  readonly done = output<ProcedureVersion>();
  readonly closed = output<void>();

  protected readonly t = PROCEDURE_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({ note: ['', [Validators.required, Validators.maxLength(4000)]] });

  private readonly api = inject(CatalogueApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    this.busy.set(true);
    this.error.set('');
    this.api.returnForRevision(this.code(), this.form.getRawValue().note.trim()).subscribe({
      next: (version) => this.done.emit(version),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        const unplaced = applyServerErrors(this.form, error);
        this.error.set([error.message, ...unplaced].join(' '));
      },
    });
  }
}
