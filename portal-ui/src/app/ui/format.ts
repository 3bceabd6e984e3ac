/** How the portal writes amounts, durations, dates and service levels, in Vietnamese. */

const SERVICE_LEVELS: Record<string, { label: string; short: string; tone: 'online' | 'partial' | 'offline' }> = {
  full_online: { label: 'Dịch vụ công trực tuyến toàn trình', short: 'Trực tuyến toàn trình', tone: 'online' },
  partial_online: { label: 'Dịch vụ công trực tuyến một phần', short: 'Trực tuyến một phần', tone: 'partial' },
  level4: { label: 'Dịch vụ công trực tuyến mức độ 4', short: 'Mức độ 4', tone: 'online' },
  level3: { label: 'Dịch vụ công trực tuyến mức độ 3', short: 'Mức độ 3', tone: 'partial' },
  level2: { label: 'Cung cấp thông tin trực tuyến (mức độ 2)', short: 'Nộp trực tiếp', tone: 'offline' },
  offline: { label: 'Thực hiện trực tiếp tại cơ quan', short: 'Nộp trực tiếp', tone: 'offline' },
};

/** Levels that accept a dossier submitted on the portal. */
export const ONLINE_LEVELS = ['full_online', 'partial_online', 'level3', 'level4'];

export function serviceLevel(level: string) {
  return SERVICE_LEVELS[level] ?? { label: level, short: level, tone: 'offline' as const };
}

export function duration(value: { value: number; unit: string } | null | undefined): string {
  if (!value) return '';
  const amount = Number.isInteger(value.value) ? String(value.value) : String(value.value).replace('.', ',');
  return `${amount} ${value.unit === 'working_hours' ? 'giờ làm việc' : 'ngày làm việc'}`;
}

export function money(amount: number): string {
  return amount === 0 ? 'Miễn phí' : `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy, from an ISO time with offset, in Vietnam time whatever the browser's zone. */
export function date(iso: string | null | undefined): string {
  if (!iso) return '';
  const local = toVietnam(iso);
  return local ? `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}` : '';
}

/** hh:mm ngày dd/mm/yyyy. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const local = toVietnam(iso);
  return local ? `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ngày ${date(iso)}` : '';
}

function toVietnam(iso: string): Date | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time + 7 * 3600_000);
}

/** 1,2 MB / 350 KB. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The colour family of a dossier status. */
export function statusTone(status: string): string {
  if (status === 'supplement_requested') return 'status-action';
  if (['result_ready', 'returned'].includes(status)) return 'status-done';
  if (['refused', 'not_resolved', 'withdrawn', 'stopped'].includes(status)) return 'status-refused';
  return 'status-open';
}
