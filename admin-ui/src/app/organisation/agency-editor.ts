import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Observable } from 'rxjs';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { flattenAgencies, indentedName, subtreeCodes } from './agency-tree';
import { OrganisationApi, type AdminLevel, type AgencyNode } from './organisation-api';
import { ORG_TEXTS } from './organisation.texts';

export type AgencyEditMode = 'create' | 'rename' | 'move';

const CODE_PATTERN = /^[A-Za-z0-9._-]+$/;

/**
 * The dialog that creates an agency (under `agency`, or at the top when it is null), renames one,
 * or moves one under another parent. What the officer typed stays when the server refuses it.
 */
@Component({
  selector: 'app-agency-editor',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  templateUrl: './agency-editor.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyEditor implements OnInit {
  readonly mode = input.required<AgencyEditMode>();
  readonly agency = input<AgencyNode | null>(null);
  readonly tree = input.required<readonly AgencyNode[]>();
  readonly levels = input.required<readonly AdminLevel[]>();
  readonly saved = output<{ code: string; message: string }>();
  readonly closed = output<void>();

  protected readonly t = ORG_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string[]>([]);
  protected readonly indentedName = indentedName;
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(50), Validators.pattern(CODE_PATTERN)]],
    name: ['', [Validators.required, Validators.maxLength(300)]],
    level: ['', Validators.required],
    parentCode: [''],
  });

  private readonly api = inject(OrganisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly heading = computed(() => {
    const agency = this.agency();
    switch (this.mode()) {
      case 'create': return agency ? this.t.createChildTitle(agency.name) : this.t.createTitle;
      case 'rename': return this.t.renameTitle;
      case 'move': return this.t.moveTitle;
    }
  });

  /** A new parent may be anything outside the agency's own subtree. */
  protected readonly parentChoices = computed(() => {
    const agency = this.agency();
    const excluded = agency ? subtreeCodes(agency) : new Set<string>();
    return flattenAgencies(this.tree()).filter((a) => !excluded.has(a.code));
  });

  ngOnInit(): void {
    const agency = this.agency();
    const mode = this.mode();
    if (mode === 'create') {
      const parentRank = this.levels().find((l) => l.code === agency?.level)?.rank ?? 0;
      const nextLevel = this.levels().find((l) => l.rank > parentRank) ?? this.levels()[0];
      this.form.patchValue({ parentCode: agency?.code ?? '', level: nextLevel?.code ?? '' });
    } else if (agency) {
      this.form.patchValue({ code: agency.code, name: agency.name, level: agency.level, parentCode: agency.parentCode ?? '' });
      this.form.controls.code.disable();
    }
  }

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const value = this.form.getRawValue();
    let request: Observable<unknown>;
    let message: string;
    if (this.mode() === 'create') {
      request = this.api.createAgency({ code: value.code.trim(), name: value.name.trim(), level: value.level, ...(value.parentCode ? { parentCode: value.parentCode } : {}) });
      message = this.t.created(value.name.trim());
    } else if (this.mode() === 'rename') {
      request = this.api.updateAgency(value.code, { name: value.name.trim(), level: value.level });
      message = this.t.updated(value.name.trim());
    } else {
      request = this.api.updateAgency(value.code, { parentCode: value.parentCode || null });
      message = this.t.moved(value.name);
    }
    this.busy.set(true);
    this.error.set([]);
    request.subscribe({
      next: () => this.saved.emit({ code: value.code.trim(), message }),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set([error.message, ...applyServerErrors(this.form, error)]);
        if (error.code === 'AGENCY_CODE_TAKEN') this.form.controls.code.setErrors({ server: error.message });
        if (error.code === 'AGENCY_CYCLE') this.form.controls.parentCode.setErrors({ server: error.message });
        if (error.code === 'UNKNOWN_LEVEL') this.form.controls.level.setErrors({ server: error.message });
      },
    });
  }
}
