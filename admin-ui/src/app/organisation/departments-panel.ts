import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { OrganisationApi, type CodeName } from './organisation-api';
import { ORG_TEXTS } from './organisation.texts';

/** Phòng chuyên môn of one agency: the list, and a short form to add one when allowed. */
@Component({
  selector: 'app-departments-panel',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="departments-heading">
      <div class="card-header">
        <h2 id="departments-heading">{{ t.departments }}</h2>
        <span class="badge">{{ t.count(departments().length) }}</span>
      </div>
      @if (loadError()) {
        <div class="alert alert-error" role="alert">{{ loadError() }}</div>
      } @else if (departments().length === 0) {
        <p class="muted">{{ t.noDepartments }}</p>
      } @else {
        <div class="table-wrap">
          <table class="data">
            <thead><tr><th scope="col">{{ t.departmentCode }}</th><th scope="col">{{ t.departmentName }}</th></tr></thead>
            <tbody>
              @for (d of departments(); track d.code) {
                <tr><td class="mono">{{ d.code }}</td><td>{{ d.name }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (canManage()) {
        <form class="department-form" [formGroup]="form" (ngSubmit)="add()" novalidate aria-labelledby="department-form-heading">
          <h3 id="department-form-heading">{{ t.addDepartment }}</h3>
          @if (message()) {
            <div class="alert" [class.alert-error]="failed()" [class.alert-success]="!failed()" [attr.role]="failed() ? 'alert' : 'status'">{{ message() }}</div>
          }
          <div class="department-fields">
            <div class="field">
              <label for="dept-code" class="required">{{ t.departmentCode }}</label>
              <input id="dept-code" type="text" class="mono" formControlName="code" aria-describedby="dept-code-error">
              <app-field-error id="dept-code-error" [control]="form.controls.code" />
            </div>
            <div class="field">
              <label for="dept-name" class="required">{{ t.departmentName }}</label>
              <input id="dept-name" type="text" formControlName="name" aria-describedby="dept-name-error">
              <app-field-error id="dept-name-error" [control]="form.controls.name" />
            </div>
            <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ t.addDepartment }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .department-form { margin-top: 1.25rem; padding-top: 1rem; border-top: 1px solid var(--border); }
    .department-fields { display: grid; grid-template-columns: 10rem 1fr auto; gap: 0.75rem; align-items: start; }
    .department-fields .btn { margin-top: 1.625rem; }
  `,
})
export class DepartmentsPanel {
  readonly agencyCode = input.required<string>();
  readonly canManage = input(false);

  protected readonly t = ORG_TEXTS;
  protected readonly departments = signal<CodeName[]>([]);
  protected readonly loadError = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly failed = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(50), Validators.pattern(/^[A-Za-z0-9._-]+$/)]],
    name: ['', [Validators.required, Validators.maxLength(300)]],
  });

  private readonly api = inject(OrganisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    effect(() => {
      const code = this.agencyCode();
      this.message.set('');
      this.load(code);
    });
  }

  private load(code: string): void {
    this.loadError.set('');
    this.api.departments(code).subscribe({
      next: (list) => this.departments.set(list),
      error: (failure: unknown) => {
        this.departments.set([]);
        this.loadError.set(asApiError(failure).message);
      },
    });
  }

  protected add(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const value = { code: this.form.getRawValue().code.trim(), name: this.form.getRawValue().name.trim() };
    this.busy.set(true);
    this.api.createDepartment(this.agencyCode(), value).subscribe({
      next: () => {
        this.busy.set(false);
        this.failed.set(false);
        this.message.set(this.t.departmentAdded(value.name));
        this.form.reset();
        this.load(this.agencyCode());
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.failed.set(true);
        this.message.set([error.message, ...applyServerErrors(this.form, error)].join(' '));
        if (error.code === 'DEPARTMENT_CODE_TAKEN') this.form.controls.code.setErrors({ server: error.message });
      },
    });
  }
}
