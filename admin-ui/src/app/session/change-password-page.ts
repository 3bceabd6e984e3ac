import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { safeReturnUrl } from './login-page';
import { Session } from './session';
import { SESSION_TEXTS } from './session.texts';
import { SignInFrame } from './sign-in-frame';

function confirmationMatches(group: AbstractControl): ValidationErrors | null {
  const { newPassword, confirmPassword } = group.value as { newPassword: string; confirmPassword: string };
  const confirm = group.get('confirmPassword');
  if (confirm && confirmPassword && newPassword !== confirmPassword) {
    confirm.setErrors({ ...(confirm.errors ?? {}), mismatch: true });
  } else if (confirm?.errors?.['mismatch']) {
    const { mismatch: _, ...rest } = confirm.errors;
    confirm.setErrors(Object.keys(rest).length ? rest : null);
  }
  return null;
}

/** Đổi mật khẩu: forced after the first login or a reset, and open to anyone signed in. */
@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid, SignInFrame],
  templateUrl: './change-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  readonly returnUrl = input<string>();

  protected readonly t = SESSION_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(10)]],
    confirmPassword: ['', Validators.required],
  }, { validators: confirmationMatches });

  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly forced = computed(() => this.session.user()?.mustChangePassword ?? false);

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set('');
    this.session.changePassword(currentPassword, newPassword).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        const unplaced = applyServerErrors(this.form, error, { password: 'newPassword' });
        // A wrong current password comes back as INVALID_CREDENTIALS without a field path.
        if (error.code === 'INVALID_CREDENTIALS') this.form.controls.currentPassword.setErrors({ server: 'Mật khẩu hiện tại không đúng.' });
        else if (error.code === 'PASSWORD_REUSED') this.form.controls.newPassword.setErrors({ server: error.message });
        this.error.set([error.message, ...unplaced].join(' '));
      },
    });
  }

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login']);
  }

  protected back(): void {
    void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
