import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { OrganisationApi, type AdminLevel } from './organisation-api';
import { ORG_TEXTS } from './organisation.texts';

/** Cấp hành chính: the configured levels of the agency tree (a two-tier province has no district). */
@Component({
  selector: 'app-levels-page',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div><h1>{{ t.levelsTitle }}</h1><p>{{ t.levelsIntro }}</p></div>
    </div>
    <div class="split-layout">
      <section class="card" aria-labelledby="level-list-heading">
        <h2 id="level-list-heading">{{ t.levelsTitle }}</h2>
        @if (loadError()) {
          <div class="alert alert-error" role="alert">{{ loadError() }}</div>
        }
        <div class="table-wrap">
          <table class="data">
            <thead><tr><th scope="col">{{ t.levelRank }}</th><th scope="col">{{ t.levelCode }}</th><th scope="col">{{ t.levelName }}</th></tr></thead>
            <tbody>
              @for (l of levels(); track l.code) {
                <tr><td>{{ l.rank }}</td><td class="mono">{{ l.code }}</td><td>{{ l.name }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="level-form-heading">
        <h2 id="level-form-heading">{{ t.addLevel }}</h2>
        @if (message()) {
          <div class="alert" [class.alert-error]="failed()" [class.alert-success]="!failed()" [attr.role]="failed() ? 'alert' : 'status'">{{ message() }}</div>
        }
        <form [formGroup]="form" (ngSubmit)="add()" novalidate>
          <div class="field">
            <label for="level-code" class="required">{{ t.levelCode }}</label>
            <input id="level-code" type="text" class="mono" formControlName="code" aria-describedby="level-code-hint level-code-error">
            <p class="field-hint" id="level-code-hint">{{ t.levelCodeHint }}</p>
            <app-field-error id="level-code-error" [control]="form.controls.code" />
          </div>
          <div class="field">
            <label for="level-name" class="required">{{ t.levelName }}</label>
            <input id="level-name" type="text" formControlName="name" aria-describedby="level-name-error">
            <app-field-error id="level-name-error" [control]="form.controls.name" />
          </div>
          <div class="field">
            <label for="level-rank" class="required">{{ t.levelRank }}</label>
            <input id="level-rank" type="number" min="1" max="20" formControlName="rank" aria-describedby="level-rank-hint level-rank-error">
            <p class="field-hint" id="level-rank-hint">{{ t.levelRankHint }}</p>
            <app-field-error id="level-rank-error" [control]="form.controls.rank" />
          </div>
          <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ busy() ? t.saving : t.addLevel }}</button>
        </form>
      </section>
    </div>
  `,
})
export class LevelsPage {
  protected readonly t = ORG_TEXTS;
  protected readonly levels = signal<AdminLevel[]>([]);
  protected readonly loadError = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly failed = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(50), Validators.pattern(/^[a-z][a-z0-9_]*$/)]],
    name: ['', [Validators.required, Validators.maxLength(300)]],
    rank: [4, [Validators.required, Validators.min(1), Validators.max(20)]],
  });

  private readonly api = inject(OrganisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    this.load();
  }

  private load(): void {
    this.api.levels().subscribe({
      next: (list) => this.levels.set(list),
      error: (failure: unknown) => this.loadError.set(asApiError(failure).message),
    });
  }

  protected add(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const raw = this.form.getRawValue();
    const value = { code: raw.code.trim(), name: raw.name.trim(), rank: Number(raw.rank) };
    this.busy.set(true);
    this.api.createLevel(value).subscribe({
      next: () => {
        this.busy.set(false);
        this.failed.set(false);
        this.message.set(this.t.levelAdded(value.name));
        this.form.reset();
        this.load();
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.failed.set(true);
        this.message.set([error.message, ...applyServerErrors(this.form, error)].join(' '));
        if (error.code === 'LEVEL_CODE_TAKEN') this.form.controls.code.setErrors({ server: error.message });
      },
    });
  }
}
