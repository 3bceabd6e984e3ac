import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { autofill, buildFormModel, type FieldModel, type FormFinding } from '@forms';
import { asApiError } from '../api/api-error';
import { EFormField, type FieldChange } from '../e-form/e-form-field';
import { EFormSummary } from '../e-form/e-form-summary';
import { checkFields } from '../e-form/field-checks';
import { addItem, fieldId, removeItem, setAt } from '../e-form/form-data';
import { ProceduresApi, type Procedure } from '../procedures/procedures-api';
import { CitizenSession, type CitizenProfile } from '../session/citizen-session';
import { FilePicker } from '../ui/file-picker';
import { date, dateTime, duration, fileSize, ONLINE_LEVELS } from '../ui/format';
import { DataStoreApi } from '../data-store/data-store-api';
import { ComponentFiles, sourceName, sourceSize } from './component-files';
import { SubmissionApi, type ResultDelivery } from './submission-api';
import { UploadQueue } from './upload-queue';
import { DraftKeeper, learnedPersonalData, type WizardSnapshot } from './wizard-state';

type Step =
  | { kind: 'start'; title: string }
  | { kind: 'section'; title: string; description?: string; fields: FieldModel[]; shown: FieldModel[] }
  | { kind: 'files'; title: string }
  | { kind: 'delivery'; title: string }
  | { kind: 'review'; title: string };

const DELIVERY = {
  counter: { label: 'Nhận tại Bộ phận Một cửa', hint: 'Bạn đến nhận kết quả theo ngày hẹn trên giấy tiếp nhận.' },
  postal: { label: 'Nhận qua bưu chính công ích', hint: 'Kết quả được gửi đến địa chỉ của bạn; bạn trả cước theo giá của bưu điện.' },
  online: { label: 'Nhận kết quả điện tử', hint: 'Bản điện tử có chữ ký số, tải về trong mục Hồ sơ của tôi.' },
} as const;

/**
 * Nộp hồ sơ trực tuyến (C2, C6): the e-form one part per page, autofilled from the identity and
 * the personal data store; a file per dossier component; how to receive the result; a review;
 * then the dossier code. Everything typed survives a reload (kept in this browser) and can be
 * saved as a draft to finish later on any device.
 */
@Component({
  selector: 'app-submit-wizard',
  imports: [RouterLink, EFormField, EFormSummary, FilePicker],
  templateUrl: './submit-wizard.html',
  styleUrl: './submit-wizard.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitWizard {
  private readonly procedures = inject(ProceduresApi);
  private readonly api = inject(SubmissionApi);
  private readonly store = inject(DataStoreApi);
  private readonly session = inject(CitizenSession);
  private readonly router = inject(Router);

  /** The procedure's code (`?ma=`), and a saved draft to resume (`?nhap=`). */
  readonly ma = input<string>();
  readonly nhap = input<string>();

  protected readonly procedure = signal<Procedure | null>(null);
  protected readonly profile = signal<CitizenProfile | null>(null);
  protected readonly loadError = signal('');
  protected readonly data = signal<Record<string, unknown>>({});
  protected readonly filled = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly agencyCode = signal('');
  protected readonly resultDelivery = signal<ResultDelivery>('counter');
  protected readonly files = new ComponentFiles();
  protected readonly stepIndex = signal(0);
  protected readonly problems = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly serverErrors = signal<FormFinding[]>([]);
  protected readonly submitError = signal('');
  protected readonly submitDetails = signal<string[]>([]);
  protected readonly consent = signal(false);
  protected readonly submitting = signal(false);
  protected readonly created = signal<{ code: string; status: string } | null>(null);
  protected readonly queue = new UploadQueue(this.api, this.store);
  protected readonly drafts = new DraftKeeper(this.api);

  protected readonly delivery = DELIVERY;
  protected readonly fileSize = fileSize;
  protected readonly sourceName = sourceName;
  protected readonly sourceSize = sourceSize;
  protected readonly duration = duration;
  protected readonly date = date;
  protected readonly dateTime = dateTime;
  protected readonly fieldId = fieldId;

  private readonly model = computed(() => {
    const definition = this.procedure()?.form;
    if (!definition) return null;
    const view = definition.views && 'submission' in definition.views ? 'submission' : undefined;
    return buildFormModel(definition, { view, data: this.data(), errors: this.serverErrors() });
  });

  protected readonly steps = computed<Step[]>(() => {
    const sections = (this.model()?.pages ?? []).flatMap((page) => page.sections.map((section) => {
      // A section that is one group ("Thông tin người mẹ") shows the group's fields under the section's title.
      const only = section.fields.length === 1 && section.fields[0].widget === 'group' ? section.fields[0] : null;
      return {
        kind: 'section' as const,
        title: section.title ?? (page.sections.length === 1 ? page.title : (section.fields[0]?.label ?? page.title)),
        description: section.description ?? (page.sections.length === 1 ? page.description : undefined),
        fields: section.fields,
        shown: only?.children ?? section.fields,
      };
    }));
    return [
      { kind: 'start', title: 'Bắt đầu' },
      ...sections,
      { kind: 'files', title: 'Giấy tờ kèm theo' },
      { kind: 'delivery', title: 'Nhận kết quả' },
      { kind: 'review', title: 'Xem lại và nộp' },
    ];
  });
  protected readonly step = computed(() => this.steps()[Math.min(this.stepIndex(), this.steps().length - 1)]);
  protected readonly sectionSteps = computed(() => this.steps().flatMap((step, index) => (step.kind === 'section' ? [{ step, index }] : [])));
  protected readonly agencies = computed(() => {
    const procedure = this.procedure();
    return procedure?.agencies?.length ? procedure.agencies : (procedure?.agencyCodes ?? []).map((code) => ({ code, name: code, level: '' }));
  });
  protected readonly agencyName = computed(() => this.agencies().find((agency) => agency.code === this.agencyCode())?.name ?? '');
  protected readonly deliveryOptions = computed(() => {
    const procedure = this.procedure();
    const options: ResultDelivery[] = ['counter'];
    if (procedure?.postalAllowed) options.push('postal');
    if (procedure && ONLINE_LEVELS.includes(procedure.serviceLevel)) options.push('online');
    return options;
  });
  protected readonly problemList = computed(() => [...this.problems().entries()].map(([path, message]) => ({ id: fieldId(path), message })));

  constructor() {
    effect(() => {
      const code = this.ma();
      const draftId = this.nhap();
      untracked(() => void this.load(code, draftId));
    });
    // Everything typed is kept in this browser at once, so a reload or a lost connection loses nothing.
    effect(() => {
      const snapshot = this.snapshot();
      if (snapshot) untracked(() => this.drafts.keepLocally(snapshot));
    });
  }

  private snapshot(): WizardSnapshot | null {
    const procedure = this.procedure();
    if (!procedure || this.created()) return null;
    return {
      procedureCode: procedure.code, procedureName: procedure.name, agencyCode: this.agencyCode(), formData: this.data(),
      resultDelivery: this.resultDelivery(), step: this.stepIndex(),
    };
  }

  private async load(code: string | undefined, draftId: string | undefined): Promise<void> {
    if (!code) {
      this.loadError.set('Chưa chọn thủ tục. Vui lòng tìm thủ tục cần nộp hồ sơ.');
      return;
    }
    try {
      const [procedure, profile] = await Promise.all([this.procedures.procedure(code), this.session.restore()]);
      if (!procedure.form || !ONLINE_LEVELS.includes(procedure.serviceLevel)) {
        this.loadError.set('Thủ tục này chưa nộp được trực tuyến. Vui lòng nộp hồ sơ tại Bộ phận Một cửa.');
        return;
      }
      const store = await this.store.load().catch(() => ({ personalData: {}, documents: [] }));
      const personalData = store.personalData;
      this.files.stored.set(store.documents.filter((document) => document.reusable));
      const saved = await this.drafts.resume(procedure.code, draftId);
      const filled = autofill(procedure.form, { identity: profile?.identity ?? {}, personalData }, saved?.formData ?? {});
      this.profile.set(profile);
      this.data.set(filled.data);
      this.filled.set(new Map(filled.filled.map((entry) => [entry.path, entry.source])));
      const agencies = procedure.agencies?.map((a) => a.code) ?? procedure.agencyCodes;
      this.agencyCode.set(saved?.agencyCode && agencies.includes(saved.agencyCode) ? saved.agencyCode : agencies.length === 1 ? agencies[0] : '');
      this.resultDelivery.set(saved?.resultDelivery ?? 'counter');
      this.stepIndex.set(saved?.step ?? 0);
      this.procedure.set(procedure);
    } catch (error) {
      this.loadError.set(asApiError(error).message);
    }
  }

  protected change(change: FieldChange): void {
    this.data.update((data) => {
      if (change.kind === 'set') return setAt(data, change.path, change.value);
      if (change.kind === 'add') return addItem(data, change.path, change.blank);
      return removeItem(data, change.path, change.index);
    });
    // A corrected field loses its error at once; the rest stay until the next check.
    if (this.problems().has(change.path)) {
      this.problems.update((problems) => new Map([...problems].filter(([path]) => path !== change.path)));
    }
    if (this.serverErrors().some((error) => error.path === `/formData${change.path}`)) {
      this.serverErrors.update((errors) => errors.filter((error) => error.path !== `/formData${change.path}`));
    }
  }

  /** Checks the current step; moves on when it is complete, otherwise lists what to fix. */
  protected next(): void {
    const step = this.step();
    const problems = new Map<string, string>();
    if (step.kind === 'start' && !this.agencyCode()) problems.set('/agencyCode', 'Vui lòng chọn cơ quan tiếp nhận hồ sơ.');
    if (step.kind === 'section') checkFields(step.fields, true, problems);
    if (step.kind === 'files') {
      for (const component of this.procedure()?.components ?? []) {
        if (component.required && !this.files.chosen().has(component.code)) problems.set(`/files/${component.code}`, `Vui lòng đính kèm ${component.name.toLowerCase()}.`);
      }
    }
    this.problems.set(problems);
    if (problems.size) {
      this.focus('error-summary');
      return;
    }
    void this.drafts.saveQuietly(this.snapshot());
    this.goTo(this.stepIndex() + 1);
  }

  protected back(): void {
    this.problems.set(new Map());
    this.goTo(this.stepIndex() - 1);
  }

  protected goTo(index: number): void {
    this.stepIndex.set(Math.max(0, Math.min(index, this.steps().length - 1)));
    window.scrollTo({ top: 0 });
    this.focus('step-heading');
  }

  protected focus(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus(), 0);
  }

  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  protected saveDraft(): Promise<void> {
    const snapshot = this.snapshot();
    return snapshot ? this.drafts.save(snapshot) : Promise.resolve();
  }

  protected startOver(): void {
    this.drafts.forgetLocal(this.procedure()?.code ?? '');
    window.location.assign(`/nop-ho-so?ma=${encodeURIComponent(this.procedure()?.code ?? '')}`);
  }

  protected async submit(): Promise<void> {
    const procedure = this.procedure();
    const profile = this.profile();
    if (!procedure || !profile) return;
    if (!this.consent()) {
      this.problems.set(new Map([['/consent', 'Vui lòng xác nhận lời cam đoan trước khi nộp hồ sơ.']]));
      this.focus('error-summary');
      return;
    }
    this.problems.set(new Map());
    this.submitting.set(true);
    this.submitError.set('');
    this.submitDetails.set([]);
    try {
      const applicant = {
        fullName: profile.fullName, idNumber: profile.idNumber ?? profile.taxCode ?? '',
        ...(profile.phone ? { phone: profile.phone } : {}), ...(profile.email ? { email: profile.email } : {}), ...(profile.address ? { address: profile.address } : {}),
      };
      const created = await this.api.submit({
        procedureCode: procedure.code, agencyCode: this.agencyCode(), channel: 'online', applicant, formData: this.data(), resultDelivery: this.resultDelivery(),
      });
      this.created.set(created);
      const chosen = this.files.chosen();
      this.queue.set(procedure.components.filter((c) => chosen.has(c.code)).map((c) => ({ componentCode: c.code, componentName: c.name, source: chosen.get(c.code)! })));
      this.focus('confirmation');
      const learned = learnedPersonalData(this.model()?.pages ?? []);
      if (Object.keys(learned).length) void this.store.remember(learned).catch(() => undefined);
      await this.drafts.finished(procedure.code);
      await this.queue.run(created.code);
    } catch (failure) {
      const error = asApiError(failure);
      const formErrors = error.details.filter((detail) => detail.path.startsWith('/formData'));
      this.serverErrors.set(formErrors);
      this.submitError.set(error.message);
      this.submitDetails.set(error.details.filter((detail) => !detail.path.startsWith('/formData')).map((detail) => detail.message));
      const firstWithError = this.sectionSteps().find(({ step }) => step.kind === 'section' && this.hasError(step.fields));
      if (firstWithError) this.goTo(firstWithError.index);
      else this.focus('submit-error');
    } finally {
      this.submitting.set(false);
    }
  }

  private hasError(fields: readonly FieldModel[]): boolean {
    return fields.some((field) => !!field.error || this.hasError(field.children ?? []) || (field.items ?? []).some((item) => !!item.error || this.hasError(item.fields)));
  }

  protected stepHasServerError(index: number): boolean {
    const step = this.steps()[index];
    return step.kind === 'section' && this.hasError(step.fields);
  }

  protected retryUpload(componentCode: string): void {
    const created = this.created();
    if (created) void this.queue.send(created.code, componentCode);
  }

  protected async viewDossier(): Promise<void> {
    await this.router.navigate(['/ho-so-cua-toi', this.created()?.code]);
  }
}
