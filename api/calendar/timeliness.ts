import { localDate } from './local-time';

/**
 * Tình trạng giải quyết hồ sơ (QĐ Long An 2019, Điều 14 khoản 4; REQUIREMENTS E2):
 * - `early`   — đã giải quyết trước hạn: result dated on a calendar day before the due date's day;
 * - `on_time` — đã giải quyết đúng hạn: result on the same calendar day as the due date;
 * - `late`    — đã giải quyết trễ hạn: result on a later calendar day;
 * - `overdue` — đang giải quyết quá hạn: still open and `now` is past the due instant;
 * - `in_progress` — still open and not yet past the due instant (đang giải quyết trong hạn).
 *
 * Resolved dossiers compare calendar days in the province zone, as the regulation speaks of
 * "ngày có kết quả" and "ngày hẹn trả": a result at 16:00 on a due date of 09:00 is on time.
 * Open dossiers compare instants, so a dossier becomes overdue the moment its time is used up.
 */
export type Timeliness = 'early' | 'on_time' | 'late' | 'overdue' | 'in_progress';

/** A resolved dossier needs no `now`; an open one (resolvedAt absent or null) does. */
export type ClassifyInput =
  | { dueAt: Date; resolvedAt: Date; now?: Date }
  | { dueAt: Date; resolvedAt?: null; now: Date };

/** Classifies one dossier; see `Timeliness`. */
export function classifyTimeliness(input: ClassifyInput, timeZone: string): Timeliness {
  if (input.resolvedAt) {
    const resolvedDay = localDate(input.resolvedAt, timeZone);
    const dueDay = localDate(input.dueAt, timeZone);
    if (resolvedDay < dueDay) return 'early';
    return resolvedDay === dueDay ? 'on_time' : 'late';
  }
  if (!input.now) throw new RangeError('Cần thời điểm hiện tại để phân loại hồ sơ đang giải quyết');
  return input.now.getTime() > input.dueAt.getTime() ? 'overdue' : 'in_progress';
}
