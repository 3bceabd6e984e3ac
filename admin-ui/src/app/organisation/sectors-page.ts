import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { OrganisationApi, type CodeName } from './organisation-api';
import { ORG_TEXTS } from './organisation.texts';

/** Lĩnh vực: the list of sectors and a form to add one. */
@Component({
  selector: 'app-sectors-page',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div><h1>{{ t.sectorsTitle }}</h1><p>{{ t.sectorsIntro }}</p></div>
    </div>
    <div class="split-layout">
      <section class="card" aria-labelledby="sector-list-heading">
        <div class="card-header">
          <h2 id="sector-list-heading">{{ t.sectorsTitle }}</h2>
          <span class="badge">{{ t.count(sectors().length) }}</span>
        </div>
        @if (loadError()) {
          <div class="alert alert-error" role="alert">{{ loadError() }}</div>
        } @else if (!sectors().length) {
          <p class="muted">{{ t.noSectors }}</p>
        } @else {
          <div class="table-wrap">
            <table class="data">
              <thead><tr><th scope="col">{{ t.sectorCode }}</th><th scope="col">{{ t.sectorName }}</th></tr></thead>
              <tbody>
                @for (s of sectors(); track s.code) {
                  <tr><td class="mono">{{ s.code }}</td><td>{{ s.name }}</td></tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>
      <section class="card" aria-labelledby="sector-form-heading">
        <h2 id="sector-form-heading">{{ t.addSector }}</h2>
        @if (message()) {
          <div class="alert" [class.alert-error]="failed()" [class.alert-success]="!failed()" [attr.role]="failed() ? 'alert' : 'status'">{{ message() }}</div>
        }
        <form [formGroup]="form" (ngSubmit)="add()" novalidate>
          <div class="field">
            <label for="sector-code" class="required">{{ t.sectorCode }}</label>
            <input id="sector-code" type="text" class="mono" formControlName="code" aria-describedby="sector-code-error">
            <app-field-error id="sector-code-error" [control]="form.controls.code" />
          </div>
          <div class="field">
            <label for="sector-name" class="required">{{ t.sectorName }}</label>
            <input id="sector-name" type="text" formControlName="name" aria-describedby="sector-name-error">
            <app-field-error id="sector-name-error" [control]="form.controls.name" />
          </div>
          <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ busy() ? t.saving : t.addSector }}</button>
        </form>
      </section>
    </div>
  `,
})
export class SectorsPage {
  protected readonly t = ORG_TEXTS;
  protected readonly sectors = signal<CodeName[]>([]);
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
    this.load();
  }

  private load(): void {
    this.api.sectors().subscribe({
      next: (list) => this.sectors.set(list),
      error: (failure: unknown) => this.loadError.set(asApiError(failure).message),
    });
  }

  protected add(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const value = { code: this.form.getRawValue().code.trim(), name: this.form.getRawValue().name.trim() };
    this.busy.set(true);
    this.api.createSector(value).subscribe({
      next: () => {
        this.busy.set(false);
        this.failed.set(false);
        this.message.set(this.t.sectorAdded(value.name));
        this.form.reset();
        this.load();
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.failed.set(true);
        this.message.set([error.message, ...applyServerErrors(this.form, error)].join(' '));
        if (error.code === 'SECTOR_CODE_TAKEN') this.form.controls.code.setErrors({ server: error.message });
      },
    });
  }
}
