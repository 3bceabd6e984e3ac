import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { revealProblems } from '../ui/server-errors';
import { Session } from './session';
import { SESSION_TEXTS } from './session.texts';
import { SignInFrame } from './sign-in-frame';

/** Đăng nhập: the only screen an anonymous visitor sees. */
@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid, SignInFrame],
  templateUrl: './login-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  /** Where to go after signing in (query parameter, set by the guards and the interceptor). */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  protected readonly t = SESSION_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly showPassword = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });

  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const { username, password } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set('');
    this.session.login(username.trim(), password).subscribe({
      next: ({ user }) => {
        const target = safeReturnUrl(this.returnUrl());
        if (user.mustChangePassword) void this.router.navigate(['/change-password'], { queryParams: { returnUrl: target } });
        else void this.router.navigateByUrl(target);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(asApiError(failure).message);
        this.form.controls.password.reset();
        queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('#login-password')?.focus());
      },
    });
  }
}

/** Only an in-app path: never an absolute URL someone slipped into the link. */
export function safeReturnUrl(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
}
