import type { WorkingCalendar } from '../calendar/working-calendar';

/** Trạng thái hồ sơ (API.md), with the label citizens and officers read. */
export const STATUS_LABELS: Record<string, string> = {
  submitted: 'Đã nộp trực tuyến, chờ tiếp nhận',
  processing: 'Đang giải quyết',
  supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  refused: 'Từ chối tiếp nhận',
  result_ready: 'Đã có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  not_resolved: 'Không giải quyết',
  withdrawn: 'Đã rút hồ sơ',
  stopped: 'Dừng xử lý',
};

/** Statuses in which the result (or the notice that stands for it) exists: the dossier is resolved. */
export const RESOLVED_STATUSES = ['result_ready', 'returned', 'not_resolved'];

/** Tiến độ (E2): early, on time, late, overdue; null while in progress on time or before reception. */
export type Timeliness = 'early' | 'on_time' | 'late' | 'overdue' | null;

export function timelinessOf(
  calendar: WorkingCalendar, now: Date, dossier: { status: string; due_at: Date | null; resolved_at?: Date | null; clock_stopped_at?: Date | null },
): Timeliness {
  if (!dossier.due_at) return null;
  if (dossier.resolved_at) return calendar.classify({ dueAt: dossier.due_at, resolvedAt: dossier.resolved_at }) as Timeliness;
  if (!['processing', 'supplement_requested'].includes(dossier.status) || dossier.clock_stopped_at) return null;
  return dossier.due_at < now ? 'overdue' : null;
}
