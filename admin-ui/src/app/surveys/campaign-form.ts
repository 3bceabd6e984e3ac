import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AgencyDirectory } from '../organisation/agency-directory';
import { agenciesInScope, indentedName } from '../organisation/agency-tree';
import { PROVINCE_WIDE_ROLES } from '../session/roles';
import { Session } from '../session/session';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { SurveysApi, type Campaign } from './surveys-api';
import { SURVEY_TEXTS } from './surveys.texts';

/** Today in Vietnam, as a date input wants it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * Tạo đợt khảo sát: a title, an introduction, the agency that runs it (or the whole province for
 * province-wide roles), a period, and the questions, one per line (the rating criteria when empty).
 */
@Component({
  selector: 'app-campaign-form',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal-dialog [heading]="t.formTitle" [open]="true" [wide]="true" (dismissed)="closed.emit()">
      @if (error().length) {
        <div class="alert alert-error" role="alert">{{ error().join(' ') }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <div class="field">
          <label for="survey-title" class="required">{{ t.titleLabel }}</label>
          <input id="survey-title" type="text" formControlName="title" aria-describedby="survey-title-error">
          <app-field-error id="survey-title-error" [control]="form.controls.title" />
        </div>
        <div class="field">
          <label for="survey-description">{{ t.description }}</label>
          <textarea id="survey-description" rows="2" formControlName="description" aria-describedby="survey-description-error"></textarea>
          <app-field-error id="survey-description-error" [control]="form.controls.description" />
        </div>
        <div class="field">
          <label for="survey-agency">{{ t.agency }}</label>
          <select id="survey-agency" formControlName="agencyCode" aria-describedby="survey-agency-hint survey-agency-error">
            @if (provinceWide) { <option value="">{{ t.wholeProvince }}</option> }
            @for (a of agencies(); track a.code) { <option [value]="a.code">{{ indentedName(a) }}</option> }
          </select>
          <p class="field-hint" id="survey-agency-hint">{{ t.agencyHint }}</p>
          <app-field-error id="survey-agency-error" [control]="form.controls.agencyCode" />
        </div>
        <div class="form-grid">
          <div class="field">
            <label for="survey-starts" class="required">{{ t.startsOn }}</label>
            <input id="survey-starts" type="date" formControlName="startsOn" aria-describedby="survey-starts-error">
            <app-field-error id="survey-starts-error" [control]="form.controls.startsOn" />
          </div>
          <div class="field">
            <label for="survey-ends" class="required">{{ t.endsOn }}</label>
            <input id="survey-ends" type="date" formControlName="endsOn" aria-describedby="survey-ends-error">
            <app-field-error id="survey-ends-error" [control]="form.controls.endsOn" />
          </div>
        </div>
        <div class="field">
          <label for="survey-questions">{{ t.questions }}</label>
          <p class="field-hint" id="survey-questions-hint">{{ t.questionsHint }}</p>
          <textarea id="survey-questions" rows="5" formControlName="questions" aria-describedby="survey-questions-hint survey-questions-error"></textarea>
          <app-field-error id="survey-questions-error" [control]="form.controls.questions" />
        </div>
        <div class="form-actions">
          <button type="button" class="btn btn-secondary" (click)="closed.emit()">{{ t.cancel }}</button>
          <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ busy() ? t.saving : t.save }}</button>
        </div>
      </form>
    </app-modal-dialog>
  `,
  styles: `textarea { width: 100%; }`,
})
export class CampaignForm {
  readonly saved = output<Campaign>();
  readonly closed = output<void>();

  protected readonly t = SURVEY_TEXTS;
  protected readonly indentedName = indentedName;
  protected readonly busy = signal(false);
  protected readonly error = signal<string[]>([]);
  private readonly api = inject(SurveysApi);
  private readonly session = inject(Session);
  private readonly directory = inject(AgencyDirectory);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly provinceWide = this.session.hasAnyRole(PROVINCE_WIDE_ROLES);
  protected readonly agencies = computed(() => agenciesInScope(this.directory.tree(), this.provinceWide ? null : this.session.user()?.agencyCode ?? null));
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(300)]],
    description: ['', Validators.maxLength(4000)],
    agencyCode: [this.provinceWide ? '' : this.session.user()?.agencyCode ?? ''],
    startsOn: [today(), Validators.required],
    endsOn: ['', Validators.required],
    questions: [''],
  });

  constructor() {
    void this.directory.ensureLoaded().catch(() => undefined);
  }

  protected save(): void {
    if (revealProblems(this.form, this.host.nativeElement)) return;
    const value = this.form.getRawValue();
    const questions = value.questions.split('\n').map((line) => line.trim()).filter(Boolean);
    this.busy.set(true);
    this.error.set([]);
    this.api.create({
      title: value.title.trim(), startsOn: value.startsOn, endsOn: value.endsOn,
      ...(value.description.trim() ? { description: value.description.trim() } : {}),
      ...(value.agencyCode ? { agencyCode: value.agencyCode } : {}),
      ...(questions.length ? { questions } : {}),
    }).subscribe({
      next: (campaign) => this.saved.emit(campaign),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        // A detail about one question ("/questions/2") belongs under the questions box.
        const unplaced = applyServerErrors(this.form, error);
        this.error.set(unplaced.length || !error.details.length ? [error.message, ...unplaced] : []);
      },
    });
  }
}
