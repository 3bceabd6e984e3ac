import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiError } from '../api/api-error';

/**
 * Shows the API's field details next to the fields they name. `paths` maps the first segment of a
 * detail's JSON pointer to a control name when they differ. Returns the details that name no field
 * on this form, so the caller can show them in the form's summary.
 */
export function applyServerErrors(form: FormGroup, error: ApiError, paths: Record<string, string> = {}): string[] {
  const unplaced: string[] = [];
  for (const [field, messages] of error.byField()) {
    const control: AbstractControl | null = form.get(paths[field] ?? field);
    if (!control) {
      unplaced.push(...messages);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
    control.markAsTouched();
  }
  return unplaced;
}

/** Marks every control touched so that client-side problems show, and focuses the first invalid field. */
export function revealProblems(form: FormGroup, host: HTMLElement): boolean {
  form.markAllAsTouched();
  if (form.valid) return false;
  queueMicrotask(() => host.querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid:not(form):not(fieldset)')?.focus());
  return true;
}
