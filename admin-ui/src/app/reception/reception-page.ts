import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { autofill, type FormFinding } from '@forms';
import { firstValueFrom } from 'rxjs';
import { asApiError, type ApiError } from '../api/api-error';
import { DossierApi, noticeUrl } from '../dossier/dossier-api';
import { EFormPanel, applyChange, formProblems, type FieldChange } from '../dossier/e-form-panel';
import { formatDateTime } from '../inbox/time-left';
import { Session } from '../session/session';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { revealProblems } from '../ui/server-errors';
import { ComponentFiles } from './component-files';
import { ReceptionApi, type Channel, type NewDossier, type ProcedureHit, type ProcedureInForce, type ReceivedDossier, type ResultDelivery } from './reception-api';
import { ReceptionDraftKeeper } from './reception-draft';
import { RECEPTION_TEXTS } from './reception.texts';

/** Folds Vietnamese diacritics away so "cap phep" finds "Cấp phép". */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * Tiếp nhận hồ sơ tại quầy / qua bưu chính (D1, D4): choose the procedure, key in the applicant
 * and the e-form, attach a scan per component, receive, then print the receipt. A refused
 * submission keeps everything typed, with the server's findings next to their fields.
 */
@Component({
  selector: 'app-reception-page',
  imports: [ReactiveFormsModule, RouterLink, EFormPanel, ComponentFiles, FieldError, AriaInvalid],
  templateUrl: './reception-page.html',
  styleUrl: './reception-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceptionPage {
  private readonly api = inject(ReceptionApi);
  private readonly dossiers = inject(DossierApi);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly drafts = new ReceptionDraftKeeper(this.session.user()?.username ?? '');

  protected readonly t = RECEPTION_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly channels = computed<Channel[]>(() => [
    ...(this.session.hasAnyRole(['desk_officer']) ? ['counter' as const] : []),
    ...(this.session.hasAnyRole(['postal_staff']) ? ['postal' as const] : []),
  ]);
  protected readonly channel = signal<Channel>(this.channels()[0] ?? 'counter');
  protected readonly catalogue = signal<ProcedureHit[]>([]);
  protected readonly filter = signal('');
  protected readonly shownCatalogue = computed(() => {
    const wanted = plain(this.filter().trim());
    return wanted ? this.catalogue().filter((p) => plain(`${p.code} ${p.name}`).includes(wanted)) : this.catalogue();
  });
  protected readonly procedureCode = signal('');
  protected readonly procedure = signal<ProcedureInForce | null>(null);
  protected readonly formData = signal<Record<string, unknown>>({});
  protected readonly formErrors = signal<FormFinding[]>([]);
  protected readonly formChecks = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly files = signal<ReadonlyMap<string, File>>(new Map());
  protected readonly missingFiles = signal<ReadonlySet<string>>(new Set());
  protected readonly resultDelivery = signal<ResultDelivery>('counter');
  protected readonly busy = signal('');
  protected readonly problems = signal<string[]>([]);
  protected readonly restored = signal(false);
  protected readonly received = signal<ReceivedDossier | null>(null);
  protected readonly uploadFailures = signal<string[]>([]);

  protected readonly applicant = this.fb.group({
    fullName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    idNumber: ['', [Validators.required, Validators.pattern(/^\d{9,14}(-\d{3})?$/)]],
    phone: ['', [Validators.maxLength(20), Validators.pattern(/^[0-9 +().-]*$/)]],
    email: ['', [Validators.email, Validators.maxLength(200)]],
    address: ['', Validators.maxLength(500)],
  });
  private readonly applicantValue = toSignal(this.applicant.valueChanges, { initialValue: this.applicant.getRawValue() });
  protected readonly formView = computed(() => {
    const views = this.procedure()?.form?.views;
    return views && 'submission' in views ? 'submission' : null;
  });

  constructor() {
    const draft = this.drafts.load();
    if (draft) {
      this.channel.set(this.channels().includes(draft.channel) ? draft.channel : this.channel());
      this.applicant.patchValue(draft.applicant);
      this.formData.set(draft.formData);
      this.resultDelivery.set(draft.resultDelivery);
      this.restored.set(Boolean(draft.procedureCode || draft.applicant.fullName));
      if (draft.procedureCode) this.choose(draft.procedureCode, false);
    }
    this.api.procedures(this.session.user()?.agencyCode ?? '').subscribe({
      next: (list) => this.catalogue.set([...list].sort((a, b) => a.name.localeCompare(b.name, 'vi'))),
      error: (failure: unknown) => this.problems.set([asApiError(failure).message]),
    });
    // Every keystroke is kept for this tab: an expired session or a reload loses nothing.
    effect(() => {
      const snapshot = {
        channel: this.channel(), procedureCode: this.procedureCode(), applicant: this.applicantValue() as NewDossier['applicant'],
        formData: this.formData(), resultDelivery: this.resultDelivery(),
      };
      if (!this.received()) untracked(() => this.drafts.keep(snapshot));
    });
  }

  protected choose(code: string, resetForm = true): void {
    this.procedureCode.set(code);
    this.procedure.set(null);
    this.files.set(new Map());
    this.formErrors.set([]);
    this.formChecks.set(new Map());
    if (resetForm) this.formData.set({});
    if (!code) return;
    this.api.procedure(code).subscribe({
      next: (procedure) => {
        this.procedure.set(procedure);
        if (!procedure.postalAllowed) this.resultDelivery.set('counter');
      },
      error: (failure: unknown) => this.problems.set([asApiError(failure).message]),
    });
  }

  protected changeForm(change: FieldChange): void {
    this.formData.update((data) => applyChange(data, change));
    const pointer = `/formData${change.path}`;
    this.formErrors.update((errors) => errors.filter((e) => e.path !== pointer));
    if (this.formChecks().has(change.path)) this.formChecks.update((checks) => new Map([...checks].filter(([path]) => path !== change.path)));
  }

  /** Copies the applicant's name, number and contacts into the e-form's fields that take them, leaving what is typed. */
  protected fillFromApplicant(): void {
    const form = this.procedure()?.form;
    if (!form) return;
    const identity = Object.fromEntries(Object.entries(this.applicant.getRawValue()).filter(([, value]) => value.trim()));
    this.formData.set(autofill(form, { identity, personalData: {} }, this.formData()).data);
  }

  protected pickFile(componentCode: string, file: File | null): void {
    this.files.update((files) => {
      const next = new Map(files);
      if (file) next.set(componentCode, file);
      else next.delete(componentCode);
      return next;
    });
    this.missingFiles.update((missing) => new Set([...missing].filter((code) => code !== componentCode)));
  }

  protected async submit(): Promise<void> {
    const procedure = this.procedure();
    if (this.busy() || !procedure) return;
    this.problems.set([]);
    const checks = procedure.form ? formProblems(procedure.form, this.formView(), this.formData()) : new Map<string, string>();
    const missing = new Set(procedure.components.filter((c) => c.required && !this.files().has(c.code)).map((c) => c.code));
    this.formChecks.set(checks);
    this.missingFiles.set(missing);
    const applicantInvalid = revealProblems(this.applicant, this.host.nativeElement);
    if (applicantInvalid || checks.size || missing.size) {
      this.problems.set([this.t.problems]);
      if (!applicantInvalid) queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input, .file-missing input')?.focus());
      return;
    }
    this.busy.set(this.t.submitting);
    try {
      const received = await firstValueFrom(this.api.receive(this.request(procedure)));
      await this.upload(received.code, procedure);
      this.drafts.clear();
      this.received.set(received);
    } catch (failure) {
      this.showServerProblems(asApiError(failure));
    } finally {
      this.busy.set('');
    }
  }

  private request(procedure: ProcedureInForce): NewDossier {
    const raw = this.applicant.getRawValue();
    const optional = Object.fromEntries(Object.entries({ phone: raw.phone, email: raw.email, address: raw.address })
      .map(([key, value]) => [key, value.trim()]).filter(([, value]) => value));
    const own = this.session.user()?.agencyCode ?? '';
    return {
      procedureCode: procedure.code,
      agencyCode: procedure.agencyCodes.includes(own) || !procedure.agencyCodes.length ? own : procedure.agencyCodes[0],
      channel: this.channel(),
      applicant: { fullName: raw.fullName.trim(), idNumber: raw.idNumber.trim(), ...optional },
      formData: this.formData(),
      resultDelivery: this.resultDelivery(),
    };
  }

  /** The scans go up one by one once the dossier exists; a refused file does not undo the reception. */
  private async upload(code: string, procedure: ProcedureInForce): Promise<void> {
    const entries = [...this.files()];
    const failures: string[] = [];
    for (const [index, [componentCode, file]] of entries.entries()) {
      this.busy.set(this.t.uploading(index + 1, entries.length));
      try {
        await firstValueFrom(this.dossiers.attachComponent(code, componentCode, file));
      } catch (failure) {
        const name = procedure.components.find((c) => c.code === componentCode)?.name ?? componentCode;
        failures.push(this.t.uploadFailed(name, asApiError(failure).message));
      }
    }
    this.uploadFailures.set(failures);
  }

  /** Each finding goes next to the field it names; the rest are listed above the form. */
  private showServerProblems(error: ApiError): void {
    const loose: string[] = [];
    const formFindings: FormFinding[] = [];
    for (const detail of error.details) {
      const [, head, field] = detail.path.split('/');
      const control = head === 'applicant' && field ? this.applicant.get(field) : null;
      if (head === 'formData') formFindings.push(detail);
      else if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: detail.message });
        control.markAsTouched();
      } else loose.push(detail.message);
    }
    this.formErrors.set(formFindings);
    this.problems.set([error.message, ...loose]);
    queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"], .alert-error')?.focus());
  }

  protected receiptUrl(code: string): string {
    return noticeUrl(code, 'receipt');
  }

  protected startOver(): void {
    this.drafts.clear();
    this.received.set(null);
    this.uploadFailures.set([]);
    this.restored.set(false);
    this.applicant.reset();
    this.choose('');
    this.formData.set({});
  }
}
