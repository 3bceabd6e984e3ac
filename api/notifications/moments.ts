/**
 * The moments of a dossier's life the applicant hears about (G1: reception, supplement requests,
 * result ready, overdue apologies), and the closings they would otherwise learn only at the desk.
 */
export type NotificationKind = 'received' | 'supplement_requested' | 'refused' | 'result_ready' | 'not_resolved' | 'apology' | 'stopped';

/** Statuses a step moves the dossier into that the applicant is told about, named as the notice. */
const BY_STATUS: Record<string, NotificationKind> = {
  supplement_requested: 'supplement_requested',
  refused: 'refused',
  result_ready: 'result_ready',
  not_resolved: 'not_resolved',
  stopped: 'stopped',
};

/** Events that call for a notice whatever the status: reception, and a new date with an apology (D10). */
const BY_EVENT: Record<string, NotificationKind> = {
  received: 'received',
  extended: 'apology',
};

/** What the applicant is told after a step that recorded `eventKind` and set `status`; null for nothing. */
export function notificationFor(eventKind: string, status: string | undefined): NotificationKind | null {
  return BY_EVENT[eventKind] ?? (status ? BY_STATUS[status] : undefined) ?? null;
}
