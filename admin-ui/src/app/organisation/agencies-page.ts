import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { asApiError } from '../api/api-error';
import { AGENCY_MANAGERS, AREA_ROLES, PROVINCE_WIDE_ROLES } from '../session/roles';
import { Session } from '../session/session';
import { AgencyDirectory } from './agency-directory';
import { AgencyEditor, type AgencyEditMode } from './agency-editor';
import { findAgency, subtreeCodes } from './agency-tree';
import { AgencyTreeView } from './agency-tree-view';
import { DepartmentsPanel } from './departments-panel';
import { OrganisationApi, type AdminLevel, type AgencyNode } from './organisation-api';
import { ORG_TEXTS } from './organisation.texts';

/** Cơ quan: the agency tree on the left, the chosen agency and its departments on the right. */
@Component({
  selector: 'app-agencies-page',
  imports: [AgencyTreeView, AgencyEditor, DepartmentsPanel],
  templateUrl: './agencies-page.html',
  styleUrl: './agencies-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgenciesPage {
  private readonly directory = inject(AgencyDirectory);
  private readonly api = inject(OrganisationApi);
  private readonly session = inject(Session);

  protected readonly t = ORG_TEXTS;
  protected readonly tree = this.directory.tree;
  protected readonly levels = signal<AdminLevel[]>([]);
  protected readonly loadError = signal('');
  protected readonly notice = signal('');
  protected readonly selectedCode = signal<string | null>(this.session.user()?.agencyCode ?? null);
  protected readonly editor = signal<{ mode: AgencyEditMode; agency: AgencyNode | null } | null>(null);

  protected readonly selected = computed(() => {
    const code = this.selectedCode();
    return code ? findAgency(this.tree(), code) ?? null : null;
  });
  protected readonly parentName = computed(() => this.directory.nameOf(this.selected()?.parentCode));
  protected readonly levelName = computed(() => {
    const level = this.selected()?.level;
    return this.levels().find((l) => l.code === level)?.name ?? level ?? '';
  });
  protected readonly canManageAgencies = computed(() => this.session.hasAnyRole(AGENCY_MANAGERS));
  /** Departments: province-wide managers anywhere, an agency administrator inside their own subtree. */
  protected readonly canManageDepartments = computed(() => {
    const selected = this.selected();
    if (!selected || !this.session.hasAnyRole(AREA_ROLES.agencies)) return false;
    if (this.session.hasAnyRole(PROVINCE_WIDE_ROLES)) return true;
    const own = findAgency(this.tree(), this.session.user()?.agencyCode ?? '');
    return own ? subtreeCodes(own).has(selected.code) : false;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set('');
    this.api.levels().subscribe({ next: (levels) => this.levels.set(levels), error: () => undefined });
    try {
      await this.directory.reload();
      if (!this.selected()) this.selectedCode.set(this.tree()[0]?.code ?? null);
    } catch (failure) {
      this.loadError.set(asApiError(failure).message);
    }
  }

  protected openEditor(mode: AgencyEditMode, agency: AgencyNode | null): void {
    this.notice.set('');
    this.editor.set({ mode, agency });
  }

  protected async saved(event: { code: string; message: string }): Promise<void> {
    this.editor.set(null);
    this.notice.set(event.message);
    await this.directory.reload();
    this.selectedCode.set(event.code);
  }
}
