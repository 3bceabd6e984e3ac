import { COMMUNES } from '../birth-registration/procedure';
import type { DemoProcedure } from '../demo-procedure';
import { certificationSchema } from './form';

const application = (fullName: string, idNumber: string, documentName: string, pages: number, copies: number) => ({
  applicant: { fullName, idNumber },
  formData: { requester: { fullName, idNumber }, documentName, pages, copies },
});

/** Chứng thực bản sao từ bản chính: settled at the commune desk on the spot, no appointment slip (D4). */
export const certifiedCopy = {
  agencyCode: COMMUNES[0],
  record: {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    sectorCode: 'CT',
    agencyCodes: COMMUNES,
    steps: 'Người yêu cầu xuất trình bản chính và bản sao cần chứng thực; người thực hiện chứng thực đối chiếu, chứng thực và trả kết quả ngay.',
    methods: [{ channel: 'counter', description: 'Trực tiếp tại Bộ phận Một cửa UBND cấp xã.' }],
    components: [
      { code: 'BAN_CHINH', name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', originals: 1, copies: 0, required: true },
      { code: 'BAN_SAO', name: 'Bản sao cần chứng thực (nếu người yêu cầu tự chụp)', originals: 0, copies: 1, required: false },
    ],
    processingTime: { value: 1, unit: 'working_days' },
    applicants: 'Cá nhân, tổ chức.',
    result: 'Bản sao được chứng thực từ bản chính.',
    fees: [{ name: 'Phí chứng thực bản sao từ bản chính', amount: 2000, note: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản' }],
    conditions: 'Bản chính không thuộc các trường hợp không được dùng làm cơ sở chứng thực bản sao.',
    legalBasis: 'Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC.',
    serviceLevel: 'offline',
    immediateResult: true,
    crossBoundary: true,
    processKey: 'certified-copy',
    formSchema: certificationSchema,
  },
  samples: [
    application('Võ Thị Kim Anh', '094195006789', 'Bằng tốt nghiệp đại học', 1, 3),
    application('Đỗ Minh Tuấn', '092088002468', 'Giấy chứng nhận quyền sử dụng đất', 4, 2),
    application('Huỳnh Ngọc Lan', '094199001357', 'Học bạ trung học phổ thông', 6, 1),
  ],
} satisfies DemoProcedure;
