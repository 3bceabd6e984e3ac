import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/** Cơ quan: one node of the agency tree (GET /api/agencies). */
export interface AgencyNode {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  children: AgencyNode[];
}

export interface CodeName {
  code: string;
  name: string;
}

/** Cấp hành chính: province, district, commune, or another configured level. */
export interface AdminLevel extends CodeName {
  rank: number;
}

export interface NewAgency {
  code: string;
  name: string;
  level: string;
  parentCode?: string;
}

export interface AgencyChange {
  name?: string;
  level?: string;
  parentCode?: string | null;
}

/** The organisation routes of the API: agencies, departments, sectors and administrative levels. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  agencies(): Observable<AgencyNode[]> {
    return this.http.get<AgencyNode[]>('/api/agencies');
  }

  createAgency(agency: NewAgency): Observable<AgencyNode> {
    return this.http.post<AgencyNode>('/api/admin/agencies', agency);
  }

  updateAgency(code: string, change: AgencyChange): Observable<AgencyNode> {
    return this.http.patch<AgencyNode>(`/api/admin/agencies/${encodeURIComponent(code)}`, change);
  }

  departments(agencyCode: string): Observable<CodeName[]> {
    return this.http.get<CodeName[]>(`/api/agencies/${encodeURIComponent(agencyCode)}/departments`);
  }

  createDepartment(agencyCode: string, department: CodeName): Observable<CodeName> {
    return this.http.post<CodeName>(`/api/admin/agencies/${encodeURIComponent(agencyCode)}/departments`, department);
  }

  sectors(): Observable<CodeName[]> {
    return this.http.get<CodeName[]>('/api/sectors');
  }

  createSector(sector: CodeName): Observable<CodeName> {
    return this.http.post<CodeName>('/api/admin/sectors', sector);
  }

  levels(): Observable<AdminLevel[]> {
    return this.http.get<AdminLevel[]>('/api/admin-levels');
  }

  createLevel(level: AdminLevel): Observable<AdminLevel> {
    return this.http.post<AdminLevel>('/api/admin/admin-levels', level);
  }
}
