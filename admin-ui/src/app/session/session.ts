import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom, tap, type Observable } from 'rxjs';
import { hasAnyRole, type Role } from './roles';

/** The signed-in officer, as GET /api/auth/me and POST /api/auth/login describe them. */
export interface SessionUser {
  username: string;
  fullName: string;
  roles: string[];
  agencyCode: string | null;
  departmentCode: string | null;
  mustChangePassword: boolean;
}

interface SessionResponse {
  token: string;
  expiresIn: number;
  user: SessionUser;
}

/**
 * Who is signed in. The API keeps the session in an httpOnly cookie, so the app never holds the
 * token: it asks the server (`/api/auth/me`) at start and after each login or password change.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionUser | null>(null);

  readonly user = this.current.asReadonly();
  readonly roles = computed(() => this.current()?.roles ?? []);

  /** Restores the session from the cookie; no cookie or an expired one leaves nobody signed in. */
  async restore(): Promise<void> {
    try {
      this.current.set(await firstValueFrom(this.http.get<SessionUser>('/api/auth/me')));
    } catch {
      // 401 is the ordinary answer without a session; any other failure shows on the login page.
      this.current.set(null);
    }
  }

  login(username: string, password: string): Observable<SessionResponse> {
    return this.http.post<SessionResponse>('/api/auth/login', { username, password })
      .pipe(tap((response) => this.current.set(response.user)));
  }

  changePassword(currentPassword: string, newPassword: string): Observable<SessionResponse> {
    return this.http.post<SessionResponse>('/api/auth/change-password', { currentPassword, newPassword })
      .pipe(tap((response) => this.current.set(response.user)));
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', {}));
    } finally {
      this.current.set(null);
    }
  }

  /** Forgets the officer after the server refused the session (expired or revoked). */
  expire(): void {
    this.current.set(null);
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    return hasAnyRole(this.roles(), roles);
  }
}
