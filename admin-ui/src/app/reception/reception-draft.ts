import type { Applicant, Channel, ResultDelivery } from './reception-api';

/** What the officer has typed so far; files are not kept (a browser cannot keep them across a reload). */
export interface ReceptionDraft {
  channel: Channel;
  procedureCode: string;
  applicant: Applicant;
  formData: Record<string, unknown>;
  resultDelivery: ResultDelivery;
}

/**
 * Keeps the dossier being keyed in for this tab, per officer, so that an expired session (login,
 * then back to this screen) or an accidental reload loses nothing. Cleared once the dossier is received.
 */
export class ReceptionDraftKeeper {
  constructor(private readonly username: string) {}

  private get key(): string {
    return `reception-draft:${this.username}`;
  }

  load(): ReceptionDraft | null {
    try {
      const raw = sessionStorage.getItem(this.key);
      return raw ? (JSON.parse(raw) as ReceptionDraft) : null;
    } catch {
      // A draft that no longer parses (an older shape) is simply not offered.
      return null;
    }
  }

  keep(draft: ReceptionDraft): void {
    sessionStorage.setItem(this.key, JSON.stringify(draft));
  }

  clear(): void {
    sessionStorage.removeItem(this.key);
  }
}
