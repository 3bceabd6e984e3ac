import type { Channel, DurationUnit, ServiceLevel, VersionStatus, WorkingDuration } from './catalogue-api';

/**
 * The catalogue's terms as the regulations name them (NĐ 63/2010, NĐ 42/2022, NĐ 43/2011): one
 * place for the labels of statuses, service levels, units and channels.
 */

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: 'Dự thảo',
  in_review: 'Đang thẩm định',
  published: 'Đang có hiệu lực',
  superseded: 'Đã được thay thế',
  abolished: 'Đã bãi bỏ',
};

/** Badge colour of each status (the global .badge-* classes). */
export const STATUS_BADGES: Record<VersionStatus, string> = {
  draft: 'badge',
  in_review: 'badge badge-warn',
  published: 'badge badge-ok',
  superseded: 'badge badge-info',
  abolished: 'badge badge-danger',
};

export const SERVICE_LEVEL_LABELS: Record<ServiceLevel, string> = {
  full_online: 'Dịch vụ công trực tuyến toàn trình',
  partial_online: 'Dịch vụ công trực tuyến một phần',
  offline: 'Chỉ thực hiện trực tiếp',
  level2: 'Mức độ 2 (dữ liệu cũ)',
  level3: 'Mức độ 3 (dữ liệu cũ)',
  level4: 'Mức độ 4 (dữ liệu cũ)',
};

export const SERVICE_LEVELS = Object.keys(SERVICE_LEVEL_LABELS) as ServiceLevel[];

export const UNIT_LABELS: Record<DurationUnit, string> = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc' };

export const CHANNEL_LABELS: Record<Channel, string> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  postal: 'Qua dịch vụ bưu chính công ích',
  online: 'Trực tuyến trên Cổng Dịch vụ công',
};

export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function serviceLevelLabel(level: string): string {
  return (SERVICE_LEVEL_LABELS as Record<string, string>)[level] ?? level;
}

/** "15 ngày làm việc". */
export function durationLabel(duration: WorkingDuration | undefined | null): string {
  if (!duration) return '';
  return `${duration.value.toLocaleString('vi-VN')} ${UNIT_LABELS[duration.unit] ?? duration.unit}`;
}

/** "2026-03-24" → "24/03/2026"; anything else is shown as it came. */
export function displayDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** "1.500.000 đồng". */
export function money(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} đồng`;
}

/** "2026-03-24T09:05:00+07:00" → "24/03/2026 09:05", the time as the server wrote it (Asia/Ho_Chi_Minh). */
export function displayDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}:${match[5]}` : displayDate(value);
}
