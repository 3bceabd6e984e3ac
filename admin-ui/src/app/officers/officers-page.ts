import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { catchError, debounceTime, of, switchMap, tap } from 'rxjs';
import { asApiError } from '../api/api-error';
import { AgencyDirectory } from '../organisation/agency-directory';
import { agenciesInScope, indentedName } from '../organisation/agency-tree';
import { OrganisationApi } from '../organisation/organisation-api';
import { PROVINCE_WIDE_ROLES, roleLabel } from '../session/roles';
import { Session } from '../session/session';
import { OfficerAccessDialog, type AccessAction } from './officer-access-dialog';
import { OfficerForm } from './officer-form';
import { OfficersApi, type Officer, type OfficerQuery } from './officers-api';
import { OFFICER_TEXTS } from './officers.texts';

const PAGE_SIZE = 20;

/** Tài khoản cán bộ: a server-paged, searchable table with the account actions. */
@Component({
  selector: 'app-officers-page',
  imports: [FormsModule, OfficerForm, OfficerAccessDialog],
  templateUrl: './officers-page.html',
  styleUrl: './officers-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficersPage {
  private readonly api = inject(OfficersApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly directory = inject(AgencyDirectory);
  private readonly session = inject(Session);

  protected readonly t = OFFICER_TEXTS;
  protected readonly roleLabel = roleLabel;
  protected readonly indentedName = indentedName;
  protected readonly query = signal<OfficerQuery>({ q: '', agencyCode: '', page: 1, pageSize: PAGE_SIZE });
  protected readonly officers = signal<Officer[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly notice = signal('');
  protected readonly form = signal<{ officer: Officer | null } | null>(null);
  protected readonly access = signal<{ officer: Officer; action: AccessAction } | null>(null);
  /** Department names by agency, fetched for the agencies on the current page. */
  private readonly departmentNames = signal(new Map<string, Map<string, string>>());
  private reloads = signal(0);

  protected readonly agencies = computed(() => {
    const provinceWide = this.session.hasAnyRole(PROVINCE_WIDE_ROLES);
    return agenciesInScope(this.directory.tree(), provinceWide ? null : this.session.user()?.agencyCode ?? null);
  });
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.query().pageSize)));
  protected readonly range = computed(() => {
    const { page, pageSize } = this.query();
    const from = this.total() ? (page - 1) * pageSize + 1 : 0;
    return this.t.range(from, Math.min(page * pageSize, this.total()), this.total());
  });

  constructor() {
    void this.directory.ensureLoaded().catch(() => undefined);
    const request = computed(() => ({ ...this.query(), reload: this.reloads() }));
    toObservable(request).pipe(
      debounceTime(250),
      tap(() => this.loading.set(true)),
      switchMap((q) => this.api.list(q).pipe(catchError((failure: unknown) => {
        this.error.set(asApiError(failure).message);
        return of(null);
      }))),
      takeUntilDestroyed(),
    ).subscribe((page) => {
      this.loading.set(false);
      if (!page) return;
      this.error.set('');
      this.officers.set(page.items);
      this.total.set(page.total);
      this.loadDepartmentNames(page.items);
    });
  }

  protected search(q: string): void {
    this.query.update((query) => ({ ...query, q, page: 1 }));
  }

  protected filterAgency(agencyCode: string): void {
    this.query.update((query) => ({ ...query, agencyCode, page: 1 }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page: Math.min(Math.max(1, page), this.pages()) }));
  }

  protected agencyName(code: string | null): string {
    return this.directory.nameOf(code);
  }

  protected departmentName(officer: Officer): string {
    if (!officer.departmentCode) return '';
    return this.departmentNames().get(officer.agencyCode ?? '')?.get(officer.departmentCode) ?? officer.departmentCode;
  }

  protected isSelf(officer: Officer): boolean {
    return officer.username === this.session.user()?.username;
  }

  protected unlock(officer: Officer): void {
    this.notice.set('');
    this.api.unlock(officer.username).subscribe({
      next: () => this.finished(this.t.unlocked(officer.fullName)),
      error: (failure: unknown) => this.error.set(asApiError(failure).message),
    });
  }

  protected finished(message: string): void {
    this.form.set(null);
    this.access.set(null);
    this.notice.set(message);
    this.reloads.update((n) => n + 1);
  }

  protected openForm(officer: Officer | null): void {
    this.notice.set('');
    this.form.set({ officer });
  }

  protected openAccess(officer: Officer, action: AccessAction): void {
    this.notice.set('');
    this.access.set({ officer, action });
  }

  private loadDepartmentNames(officers: Officer[]): void {
    const known = this.departmentNames();
    const missing = [...new Set(officers.filter((o) => o.departmentCode && o.agencyCode).map((o) => o.agencyCode as string))]
      .filter((code) => !known.has(code));
    for (const code of missing) {
      this.organisation.departments(code).subscribe({
        next: (list) => this.departmentNames.update((map) => new Map(map).set(code, new Map(list.map((d) => [d.code, d.name])))),
        error: () => undefined,
      });
    }
  }
}
