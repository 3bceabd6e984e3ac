import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { flattenAgencies } from './agency-tree';
import { OrganisationApi, type AgencyNode } from './organisation-api';

/**
 * The agency tree, loaded once and shared by the header, the pickers and the organisation screens;
 * a screen that changes the tree calls `reload()`.
 */
@Injectable({ providedIn: 'root' })
export class AgencyDirectory {
  private readonly api = inject(OrganisationApi);
  private readonly nodes = signal<AgencyNode[]>([]);
  private loading?: Promise<void>;

  readonly tree = this.nodes.asReadonly();
  readonly flat = computed(() => flattenAgencies(this.nodes()));
  readonly names = computed(() => new Map(this.flat().map((a) => [a.code, a.name])));

  /** Loads the tree unless it is already loaded or loading. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.reload().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  async reload(): Promise<void> {
    this.nodes.set(await firstValueFrom(this.api.agencies()));
  }

  nameOf(code: string | null | undefined): string {
    return code ? this.names().get(code) ?? code : '';
  }
}
