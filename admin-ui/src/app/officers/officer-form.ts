import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, type OnInit, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { type Observable, startWith } from 'rxjs';
import { asApiError } from '../api/api-error';
import { AgencyDirectory } from '../organisation/agency-directory';
import { agenciesInScope, indentedName } from '../organisation/agency-tree';
import { OrganisationApi, type CodeName } from '../organisation/organisation-api';
import { AGENCY_GRANTABLE_ROLES, ALL_ROLES, PROVINCE_WIDE_ROLES, ROLE_LABELS, type Role } from '../session/roles';
import { Session } from '../session/session';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { OfficersApi, temporaryPassword, type Officer } from './officers-api';
import { OFFICER_TEXTS } from './officers.texts';

const atLeastOne = (control: AbstractControl) => ((control.value as string[]).length ? null : { rolesRequired: true });

/** Creates an officer account (when `officer` is null) or edits one's name, e-mail, department and roles. */
@Component({
  selector: 'app-officer-form',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  templateUrl: './officer-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficerForm implements OnInit {
  readonly officer = input<Officer | null>(null);
  readonly saved = output<string>();
  readonly closed = output<void>();

  protected readonly t = OFFICER_TEXTS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly indentedName = indentedName;
  protected readonly busy = signal(false);
  protected readonly error = signal<string[]>([]);
  protected readonly departments = signal<CodeName[]>([]);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    username: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(50), Validators.pattern(/^[A-Za-z0-9._-]+$/)]],
    fullName: ['', [Validators.required, Validators.maxLength(300)]],
    email: ['', [Validators.email, Validators.maxLength(200)]],
    agencyCode: ['', Validators.required],
    departmentCode: [''],
    roles: this.fb.control<string[]>([], atLeastOne),
    password: ['', [Validators.required, Validators.minLength(10)]],
  });

  private readonly api = inject(OfficersApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly directory = inject(AgencyDirectory);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly editing = computed(() => this.officer() !== null);
  protected readonly heading = computed(() => {
    const officer = this.officer();
    return officer ? this.t.editTitle(officer.fullName) : this.t.createTitle;
  });
  /** A province-wide administrator grants any role; an agency administrator only the agency roles. */
  protected readonly grantableRoles = computed<readonly Role[]>(() =>
    this.session.hasAnyRole(PROVINCE_WIDE_ROLES) ? ALL_ROLES : AGENCY_GRANTABLE_ROLES);
  protected readonly agencies = computed(() => {
    const provinceWide = this.session.hasAnyRole(PROVINCE_WIDE_ROLES);
    return agenciesInScope(this.directory.tree(), provinceWide ? null : this.session.user()?.agencyCode ?? null);
  });

  ngOnInit(): void {
    void this.directory.ensureLoaded();
    const officer = this.officer();
    if (officer) {
      this.form.patchValue({ ...officer, email: officer.email ?? '', agencyCode: officer.agencyCode ?? '', departmentCode: officer.departmentCode ?? '' });
      this.form.controls.username.disable();
      this.form.controls.agencyCode.disable();
      this.form.controls.password.disable();
    } else {
      this.form.patchValue({ agencyCode: this.session.user()?.agencyCode ?? '' });
    }
    this.form.controls.agencyCode.valueChanges
      .pipe(startWith(this.form.controls.agencyCode.value), takeUntilDestroyed(this.destroyRef))
      .subscribe((code) => this.loadDepartments(code));
  }

  private loadDepartments(agencyCode: string): void {
    this.departments.set([]);
    if (!agencyCode) return;
    this.organisation.departments(agencyCode).subscribe({
      next: (list) => {
        this.departments.set(list);
        const current = this.form.controls.departmentCode.value;
        if (current && !list.some((d) => d.code === current)) this.form.controls.departmentCode.setValue('');
      },
      error: () => this.departments.set([]),
    });
  }

  protected hasRole(role: string): boolean {
    return this.form.controls.roles.value.includes(role);
  }

  protected toggleRole(role: string, checked: boolean): void {
    const roles = this.form.controls.roles.value.filter((r) => r !== role);
    this.form.controls.roles.setValue(checked ? [...roles, role] : roles);
    this.form.controls.roles.markAsTouched();
  }

  protected generatePassword(): void {
    this.form.controls.password.setValue(temporaryPassword());
    this.form.controls.password.markAsDirty();
  }

  protected submit(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    const v = this.form.getRawValue();
    const officer = this.officer();
    const roles = ALL_ROLES.filter((r) => v.roles.includes(r));
    const request: Observable<unknown> = officer
      ? this.api.update(officer.username, { fullName: v.fullName.trim(), email: v.email.trim() || null, departmentCode: v.departmentCode || null, roles })
      : this.api.create({
        username: v.username.trim(), password: v.password, fullName: v.fullName.trim(), agencyCode: v.agencyCode, roles,
        ...(v.email.trim() ? { email: v.email.trim() } : {}), ...(v.departmentCode ? { departmentCode: v.departmentCode } : {}),
      });
    this.busy.set(true);
    this.error.set([]);
    request.subscribe({
      next: () => this.saved.emit(officer ? this.t.updated(v.fullName.trim()) : this.t.created(v.fullName.trim())),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        const unplaced = applyServerErrors(this.form, error);
        if (error.code === 'USERNAME_TAKEN') this.form.controls.username.setErrors({ server: error.message });
        if (error.code === 'WEAK_PASSWORD' && !error.details.length) this.form.controls.password.setErrors({ server: error.message });
        this.error.set([error.message, ...unplaced]);
      },
    });
  }
}
