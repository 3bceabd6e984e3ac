import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/** Tài khoản cán bộ, as GET /api/admin/users lists it. */
export interface Officer {
  username: string;
  fullName: string;
  email: string | null;
  agencyCode: string | null;
  departmentCode: string | null;
  roles: string[];
  mustChangePassword: boolean;
  locked: boolean;
  revoked: boolean;
}

export interface OfficerQuery {
  q: string;
  agencyCode: string;
  page: number;
  pageSize: number;
}

export interface NewOfficer {
  username: string;
  password: string;
  fullName: string;
  email?: string;
  agencyCode: string;
  departmentCode?: string;
  roles: string[];
}

export interface OfficerChange {
  fullName?: string;
  email?: string | null;
  departmentCode?: string | null;
  roles?: string[];
}

/** The account administration routes; every one is scoped by the server to the caller's agency subtree. */
@Injectable({ providedIn: 'root' })
export class OfficersApi {
  private readonly http = inject(HttpClient);

  list(query: OfficerQuery): Observable<{ total: number; items: Officer[] }> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    if (query.agencyCode) params = params.set('agencyCode', query.agencyCode);
    return this.http.get<{ total: number; items: Officer[] }>('/api/admin/users', { params });
  }

  create(officer: NewOfficer): Observable<Officer> {
    return this.http.post<Officer>('/api/admin/users', officer);
  }

  update(username: string, change: OfficerChange): Observable<Officer> {
    return this.http.patch<Officer>(`/api/admin/users/${encodeURIComponent(username)}`, change);
  }

  resetPassword(username: string, newPassword: string): Observable<void> {
    return this.http.post<void>(`/api/admin/users/${encodeURIComponent(username)}/reset-password`, { newPassword });
  }

  revoke(username: string): Observable<void> {
    return this.http.post<void>(`/api/admin/users/${encodeURIComponent(username)}/revoke`, {});
  }

  unlock(username: string): Observable<void> {
    return this.http.post<void>(`/api/admin/users/${encodeURIComponent(username)}/unlock`, {});
  }
}

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '@#%+=';

/**
 * A temporary password that meets the server's rule (10+ characters, upper, lower, digit), without
 * look-alike characters, to read out or hand over. The officer must change it at first login.
 */
export function temporaryPassword(length = 12): string {
  const pick = (set: string) => set[crypto.getRandomValues(new Uint32Array(1))[0] % set.length];
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0] % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
