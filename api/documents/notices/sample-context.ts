import type { Paper } from '../pdf/pdf-renderer';
import type { NoticeScope } from './template-store';

/** A transparent 1×1 PNG: the sample stands in for QR codes without computing them. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * A made-up dossier with every field the documented context offers, used to try a template
 * before it is stored and to preview it. A template that renders this renders a real dossier.
 */
export function sampleContext(scope: NoticeScope, layout: { paper: Paper; landscape: boolean }) {
  const at = (iso: string) => new Date(iso);
  const common = {
    notice: { kind: 'sample', title: 'Mẫu thử', number: '1/MAU', issuedAt: at('2026-03-02T09:00:00+07:00'), paper: layout.paper, landscape: layout.landscape },
    place: 'Demo',
    agency: { code: '000.00.14.H99', name: 'Sở Xây dựng tỉnh Demo', parentName: 'Ủy ban nhân dân tỉnh Demo', phone: null },
  };
  if (scope === 'period') {
    return {
      ...common,
      period: { from: at('2026-03-01T00:00:00+07:00'), to: at('2026-03-31T00:00:00+07:00'), book: '2026' },
      rows: [{
        code: '000.00.14.H99-260302-0001', procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', applicantName: 'Nguyễn Văn An',
        address: 'Phường 1, tỉnh Demo', phone: '0912345678', agencyName: 'Sở Xây dựng tỉnh Demo', receivedAt: at('2026-03-02T09:00:00+07:00'),
        dueAt: at('2026-03-16T17:00:00+07:00'), forwardedAt: at('2026-03-02T10:00:00+07:00'), resolvedAt: null, returnedAt: null,
        status: 'processing', statusLabel: 'Đang giải quyết',
      }],
    };
  }
  return {
    ...common,
    dossier: {
      code: '000.00.14.H99-260302-0001', procedureCode: '1.009994', procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      sectorName: 'Hoạt động xây dựng', channel: 'counter', channelLabel: 'Trực tiếp', status: 'processing', statusLabel: 'Đang giải quyết',
      submittedAt: at('2026-03-02T08:45:00+07:00'), receivedAt: at('2026-03-02T09:00:00+07:00'), dueAt: at('2026-03-16T17:00:00+07:00'),
      resolvedAt: null, completedAt: null, resultDelivery: 'counter', resultDeliveryLabel: 'Bộ phận Tiếp nhận và Trả kết quả',
      processingTime: { value: 10, unit: 'working_days' }, legalBasis: 'Luật Xây dựng năm 2014',
    },
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '001090000001', phone: '0912345678', email: 'an@example.vn', address: 'Phường 1, tỉnh Demo' },
    receivedBy: 'Nguyễn Thị Lan',
    components: [{ code: 'DON', name: 'Đơn đề nghị cấp giấy phép xây dựng', required: true, files: ['don.pdf'] }],
    event: {
      kind: 'extended', at: at('2026-03-16T10:00:00+07:00'), actorName: 'Nguyễn Thị Lan', comment: 'Cần xác minh thực địa.',
      items: ['Bản vẽ thiết kế có chữ ký của chủ đầu tư'], deadline: null,
      previousDueAt: at('2026-03-16T17:00:00+07:00'), newDueAt: at('2026-03-20T17:00:00+07:00'), data: {},
    },
    events: [],
    steps: [{
      name: 'Tiếp nhận hồ sơ', unit: 'Bộ phận Tiếp nhận và Trả kết quả', officer: 'Nguyễn Thị Lan', receivedAt: at('2026-03-02T09:00:00+07:00'),
      dueAt: null, doneAt: at('2026-03-02T09:00:00+07:00'), timelinessLabel: 'Đúng hạn', note: null,
    }],
    coordinating: [],
    tracking: { url: 'http://localhost/tra-cuu/000.00.14.H99-260302-0001', qr: PIXEL },
    register: { book: '2026', number: 1 },
    verification: { id: 'MAUTHU', url: 'http://localhost/api/verify/MAUTHU', qr: PIXEL },
  };
}
