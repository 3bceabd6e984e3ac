import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { FormDefinition } from '@forms';

export interface WorkingDuration {
  value: number;
  unit: 'working_days' | 'working_hours';
}

export interface ProcedureHit {
  code: string;
  name: string;
  sectorCode: string;
  sectorName: string;
  serviceLevel: string;
  processingTime: WorkingDuration;
  immediateResult: boolean;
  postalAllowed: boolean;
  agencyCodes: string[];
}

export interface DossierComponent {
  code: string;
  name: string;
  originals: number;
  copies: number;
  formTemplate?: string | null;
  required: boolean;
}

/** A procedure in force, as GET /api/procedures/{code} returns it. */
export interface Procedure extends ProcedureHit {
  version: number;
  agencies?: { code: string; name: string; level: string }[];
  steps: string;
  methods: { channel: string; description?: string; processingTime?: WorkingDuration }[];
  components: DossierComponent[];
  applicants: string;
  result: string;
  fees: { name: string; amount: number; note?: string }[];
  conditions: string;
  legalBasis: string;
  crossBoundary: boolean;
  form: FormDefinition | null;
  decision: { number: string; date: string } | null;
}

export interface CodeName {
  code: string;
  name: string;
}

export interface AgencyNode {
  code: string;
  name: string;
  level: string;
  children?: AgencyNode[];
}

export interface SearchQuery {
  q?: string;
  sectorCode?: string;
  agencyCode?: string;
  serviceLevel?: string;
  page?: number;
  pageSize?: number;
}

/** The public catalogue: search, one procedure, sectors and agencies. */
@Injectable({ providedIn: 'root' })
export class ProceduresApi {
  private readonly http = inject(HttpClient);
  private agencyTree?: Promise<AgencyNode[]>;
  private sectorList?: Promise<CodeName[]>;

  async search(query: SearchQuery): Promise<{ items: ProcedureHit[]; total: number }> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params = params.set(key, String(value));
    const response = await firstValueFrom(this.http.get<ProcedureHit[]>('/api/procedures', { params, observe: 'response' }));
    return { items: response.body ?? [], total: Number(response.headers.get('x-total-count') ?? response.body?.length ?? 0) };
  }

  procedure(code: string): Promise<Procedure> {
    return firstValueFrom(this.http.get<Procedure>(`/api/procedures/${encodeURIComponent(code)}`));
  }

  sectors(): Promise<CodeName[]> {
    this.sectorList ??= firstValueFrom(this.http.get<CodeName[]>('/api/sectors')).catch((error: unknown) => {
      this.sectorList = undefined;
      throw error;
    });
    return this.sectorList;
  }

  agencies(): Promise<AgencyNode[]> {
    this.agencyTree ??= firstValueFrom(this.http.get<AgencyNode[]>('/api/agencies')).catch((error: unknown) => {
      this.agencyTree = undefined;
      throw error;
    });
    return this.agencyTree;
  }

  /** Every agency of the tree, flattened in tree order. */
  async agencyList(): Promise<AgencyNode[]> {
    const flat: AgencyNode[] = [];
    const walk = (nodes: AgencyNode[]) => nodes.forEach((node) => {
      flat.push(node);
      walk(node.children ?? []);
    });
    walk(await this.agencies());
    return flat;
  }
}
