import type { DemoProcedure } from '../demo-procedure';
import { birthRegistrationForm } from './form';

/** UBND xã An Phú and xã Bình Minh; the demo receives at An Phú. */
export const COMMUNES = ['000.21.01.H99', '000.21.02.H99'];

const residence = { province: 'Tỉnh Demo', commune: 'Xã An Phú', street: 'Ấp Phú Thạnh' };

const application = (mother: string, motherId: string, child: string, gender: 'male' | 'female', birthDate: string) => ({
  applicant: { fullName: mother, idNumber: motherId, phone: '0938123456' },
  formData: {
    requester: { fullName: mother, idNumber: motherId, residence, relationship: 'mother', phone: '0938123456' },
    child: { fullName: child, gender, birthDate, birthPlace: 'Trung tâm Y tế khu vực An Phú, tỉnh Demo', ethnicity: 'Kinh', nationality: 'Việt Nam' },
    mother: { fullName: mother, birthDate: '1994-05-17', ethnicity: 'Kinh', nationality: 'Việt Nam', idNumber: motherId, residence },
    copies: 2,
  },
});

/** Đăng ký khai sinh: the civil-status officer records, the commune chairman signs, within one working day. */
export const birthRegistration = {
  agencyCode: COMMUNES[0],
  record: {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    sectorCode: 'HT',
    agencyCodes: COMMUNES,
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và giấy tờ tại Bộ phận Một cửa UBND cấp xã hoặc trực tuyến.',
      'Bước 2: Công chức Tư pháp - Hộ tịch kiểm tra, ghi nội dung khai sinh vào Sổ đăng ký khai sinh.',
      'Bước 3: Chủ tịch UBND cấp xã ký Giấy khai sinh; trả kết quả cho người yêu cầu.',
    ].join('\n'),
    methods: [
      { channel: 'counter', description: 'Nộp trực tiếp tại Bộ phận Một cửa UBND cấp xã.' },
      { channel: 'online', description: 'Nộp trực tuyến trên Cổng Dịch vụ công.' },
    ],
    components: [
      { code: 'GIAY_CHUNG_SINH', name: 'Giấy chứng sinh (hoặc văn bản của người làm chứng)', originals: 1, copies: 0, required: true },
      { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền (khi người yêu cầu được ủy quyền)', originals: 1, copies: 0, required: false },
    ],
    processingTime: { value: 1, unit: 'working_days' },
    applicants: 'Cha, mẹ, ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ em.',
    result: 'Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu có yêu cầu.',
    fees: [{ name: 'Lệ phí đăng ký khai sinh đúng hạn', amount: 0, note: 'Miễn lệ phí' }],
    conditions: 'Đăng ký trong thời hạn 60 ngày kể từ ngày sinh.',
    legalBasis: 'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP; Thông tư số 04/2024/TT-BTP.',
    serviceLevel: 'full_online',
    processKey: 'birth-registration',
    formSchema: birthRegistrationForm,
  },
  samples: [
    application('Nguyễn Thị Hồng', '094194001122', 'Trần Gia Bảo', 'male', '2026-11-02'),
    application('Phạm Thị Thu Trang', '094196003344', 'Lê Ngọc Hân', 'female', '2026-10-28'),
  ],
} satisfies DemoProcedure;
