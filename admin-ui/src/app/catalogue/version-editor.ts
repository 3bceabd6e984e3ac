import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';
import { asApiError, type FieldProblem } from '../api/api-error';
import { AgencyDirectory } from '../organisation/agency-directory';
import { indentedName } from '../organisation/agency-tree';
import { OrganisationApi } from '../organisation/organisation-api';
import { ProcessDefinitionsApi, type ProcessVersion } from '../process-designer/process-definitions-api';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { revealProblems } from '../ui/server-errors';
import { CatalogueApi, type DurationUnit, type ProcedureVersion } from './catalogue-api';
import { CHANNELS, CHANNEL_LABELS, SERVICE_LEVELS, SERVICE_LEVEL_LABELS, UNIT_LABELS } from './catalogue-vocabulary';
import { FindingsList } from './findings-list';
import {
  type RecordForm, componentGroup, feeGroup, methodGroup, placeServerDetails, recordChanges, recordForm,
} from './record-form';

/**
 * Soạn thảo hồ sơ thủ tục (A3): every field of a draft version. Saving sends the whole record with
 * the revision it was read at; the server's field problems land next to their fields and nothing
 * typed is lost.
 */
@Component({
  selector: 'app-version-editor',
  imports: [ReactiveFormsModule, RouterLink, FieldError, AriaInvalid, FindingsList],
  templateUrl: './version-editor.html',
  styleUrl: './version-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionEditor {
  readonly code = input.required<string>();
  readonly version = input.required<string>();

  private readonly api = inject(CatalogueApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly directory = inject(AgencyDirectory);

  protected readonly channels = CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly serviceLevels = SERVICE_LEVELS;
  protected readonly serviceLevelLabels = SERVICE_LEVEL_LABELS;
  protected readonly unitLabels = UNIT_LABELS;
  protected readonly units = Object.keys(UNIT_LABELS) as DurationUnit[];
  protected readonly indentedName = indentedName;
  protected readonly record = signal<ProcedureVersion | null>(null);
  protected readonly form = signal<RecordForm | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly unplaced = signal<FieldProblem[]>([]);
  protected readonly notice = signal('');
  protected readonly agencyFilter = signal('');

  protected readonly sectors = toSignal(inject(OrganisationApi).sectors().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly processes = toSignal(
    inject(ProcessDefinitionsApi).list().pipe(catchError(() => of([] as ProcessVersion[]))),
    { initialValue: [] as ProcessVersion[] | { items: ProcessVersion[] } },
  );
  protected readonly processKeys = computed(() => [...new Set(this.processList().map((p) => p.key))].sort());
  protected readonly agencies = computed(() => {
    const filter = this.agencyFilter().trim().toLowerCase();
    return this.directory.flat().filter((a) => !filter || a.name.toLowerCase().includes(filter) || a.code.toLowerCase().includes(filter));
  });
  /** Bumped on every edit of the process key, so that its versions are recomputed. */
  private readonly keyChanges = signal(0);
  protected readonly processVersions = computed(() => {
    this.keyChanges();
    const key = this.form()?.controls.processKey.value;
    return this.processList().filter((p) => p.key === key).map((p) => p.version).sort((a, b) => b - a);
  });

  constructor() {
    void this.directory.ensureLoaded().catch(() => undefined);
    effect(() => this.load(this.code(), Number(this.version())));
  }

  protected processKeyChanged(): void {
    this.form()?.controls.processVersion.setValue('');
    this.keyChanges.update((n) => n + 1);
  }

  protected hasAgency(code: string): boolean {
    return this.form()?.controls.agencyCodes.value.includes(code) ?? false;
  }

  protected toggleAgency(code: string, on: boolean): void {
    const control = this.form()!.controls.agencyCodes;
    const others = control.value.filter((c) => c !== code);
    control.setValue(on ? [...others, code] : others);
    control.markAsDirty();
  }

  protected addComponent(): void {
    this.form()!.controls.components.push(componentGroup());
  }

  protected addFee(): void {
    this.form()!.controls.fees.push(feeGroup());
  }

  protected addMethod(): void {
    this.form()!.controls.methods.push(methodGroup());
  }

  protected save(): void {
    const form = this.form();
    const record = this.record();
    if (!form || !record || this.busy() || revealProblems(form, this.host.nativeElement)) return;
    this.busy.set(true);
    this.error.set('');
    this.unplaced.set([]);
    this.notice.set('');
    this.api.update(record.code, record.version, recordChanges(form), record.revision).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.record.set(saved);
        form.markAsPristine();
        void this.router.navigate(['/catalogue', saved.code], { queryParams: { version: saved.version } });
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set(error.message);
        this.unplaced.set(placeServerDetails(form, error.details));
        queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      },
    });
  }

  private processList(): ProcessVersion[] {
    const body = this.processes();
    return Array.isArray(body) ? body : body.items;
  }

  private load(code: string, version: number): void {
    this.api.version(code, version).subscribe({
      next: (record) => {
        this.record.set(record);
        this.form.set(recordForm(record));
      },
      error: (failure: unknown) => this.error.set(asApiError(failure).message),
    });
  }
}
