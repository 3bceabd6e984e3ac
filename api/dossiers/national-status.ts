/**
 * Trạng thái hồ sơ đồng bộ Cổng Dịch vụ công quốc gia (E3): our statuses mapped onto the national
 * portal's dossier statuses, for the synchronisation connector. Kept beside STATUS_LABELS so a new
 * status cannot be added without deciding how the national portal sees it.
 */
export const NATIONAL_STATUS: Record<string, { code: number; label: string }> = {
  submitted: { code: 1, label: 'Mới đăng ký' },
  processing: { code: 4, label: 'Đang xử lý' },
  supplement_requested: { code: 5, label: 'Yêu cầu bổ sung giấy tờ' },
  refused: { code: 3, label: 'Không được tiếp nhận' },
  result_ready: { code: 9, label: 'Đã xử lý xong' },
  returned: { code: 10, label: 'Đã trả kết quả' },
  not_resolved: { code: 9, label: 'Đã xử lý xong' },
  withdrawn: { code: 7, label: 'Công dân yêu cầu rút hồ sơ' },
  stopped: { code: 8, label: 'Dừng xử lý' },
};
