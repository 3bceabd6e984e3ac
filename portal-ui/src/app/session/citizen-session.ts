import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** The signed-in citizen or organisation, as GET /api/citizen/me returns them. */
export interface CitizenProfile {
  kind: 'person' | 'organisation';
  fullName: string;
  idNumber: string | null;
  taxCode: string | null;
  birthDate: string | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  addressDetail: { province: string; commune: string; street: string } | null;
  /** Ready for the e-forms' autofill (identity.fullName, identity.idNumber, …). */
  identity: Record<string, unknown>;
}

/**
 * Who is signed in on this browser. The session itself is an httpOnly cookie set by the sign-in
 * callback; this service only asks the API and remembers the answer.
 */
@Injectable({ providedIn: 'root' })
export class CitizenSession {
  private readonly http = inject(HttpClient);
  private readonly profile = signal<CitizenProfile | null>(null);
  private restoring: Promise<CitizenProfile | null> | null = null;

  readonly citizen = this.profile.asReadonly();
  readonly signedIn = computed(() => this.profile() !== null);
  readonly known = signal(false);

  /** Asks the API once; later calls share the same answer. */
  restore(): Promise<CitizenProfile | null> {
    this.restoring ??= firstValueFrom(this.http.get<CitizenProfile>('/api/citizen/me'))
      .then((profile) => profile, () => null)
      .then((profile) => {
        this.profile.set(profile);
        this.known.set(true);
        return profile;
      });
    return this.restoring;
  }

  update(profile: CitizenProfile): void {
    this.profile.set(profile);
  }

  /** The address that starts the national sign-in and comes back to `returnTo`. */
  signInUrl(returnTo: string): string {
    return `/api/citizen/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
  }

  async signOut(): Promise<void> {
    await firstValueFrom(this.http.post('/api/citizen/auth/logout', null)).catch(() => undefined);
    this.expire();
  }

  expire(): void {
    this.profile.set(null);
    this.restoring = Promise.resolve(null);
  }
}
