import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { OfficersApi, temporaryPassword, type Officer } from './officers-api';
import { OFFICER_TEXTS } from './officers.texts';

export type AccessAction = 'reset' | 'revoke';

/** Cấp lại mật khẩu or thu hồi tài khoản: the two actions that cut an officer's current sessions. */
@Component({
  selector: 'app-officer-access-dialog',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal-dialog #modal [heading]="action() === 'reset' ? t.resetTitle(officer().fullName) : t.revokeTitle(officer().fullName)"
                      [open]="true" (dismissed)="closed.emit()">
      @if (error()) {
        <div class="alert alert-error" role="alert">{{ error() }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (action() === 'reset') {
          <p>{{ t.resetIntro }}</p>
          <div class="field">
            <label for="reset-password" class="required">{{ t.newPassword }}</label>
            <div class="input-with-button">
              <input id="reset-password" type="text" class="mono" formControlName="password" autocomplete="new-password"
                     spellcheck="false" aria-describedby="reset-password-error">
              <button type="button" class="btn btn-secondary" (click)="generate()">{{ t.generate }}</button>
            </div>
            <app-field-error id="reset-password-error" [control]="form.controls.password" />
          </div>
        } @else {
          <p>{{ t.revokeIntro }}</p>
          <p><strong>{{ officer().fullName }}</strong> <span class="muted mono">({{ officer().username }})</span></p>
        }
        <div class="form-actions">
          <button type="button" class="btn btn-secondary" (click)="modal.close()">{{ t.cancel }}</button>
          <button type="submit" class="btn" [class.btn-primary]="action() === 'reset'" [class.btn-danger]="action() === 'revoke'" [disabled]="busy()">
            {{ busy() ? t.saving : action() === 'reset' ? t.resetPassword : t.confirmRevoke }}
          </button>
        </div>
      </form>
    </app-modal-dialog>
  `,
})
export class OfficerAccessDialog {
  readonly officer = input.required<Officer>();
  readonly action = input.required<AccessAction>();
  readonly done = output<string>();
  readonly closed = output<void>();

  protected readonly t = OFFICER_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [temporaryPassword(), [Validators.required, Validators.minLength(10)]],
  });

  private readonly api = inject(OfficersApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected generate(): void {
    this.form.controls.password.setValue(temporaryPassword());
  }

  protected submit(): void {
    const officer = this.officer();
    const resetting = this.action() === 'reset';
    if (this.busy() || (resetting && revealProblems(this.form, this.host.nativeElement))) return;
    this.busy.set(true);
    this.error.set('');
    const request = resetting ? this.api.resetPassword(officer.username, this.form.getRawValue().password) : this.api.revoke(officer.username);
    request.subscribe({
      next: () => this.done.emit(resetting ? this.t.passwordReset(officer.fullName) : this.t.revokedDone(officer.fullName)),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        const unplaced = applyServerErrors(this.form, error, { newPassword: 'password' });
        this.error.set([error.message, ...unplaced].join(' '));
      },
    });
  }
}
