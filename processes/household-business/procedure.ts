import { COMMUNES } from '../birth-registration/procedure';
import type { DemoProcedure } from '../demo-procedure';
import { householdBusinessForm } from './form';

const place = (street: string) => ({ province: 'Tỉnh Demo', commune: 'Xã An Phú', street });

const application = (owner: string, idNumber: string, birthDate: string, name: string, lines: string[], capital: number) => ({
  applicant: { fullName: owner, idNumber, phone: '0977246810' },
  formData: {
    business: { name, address: place('Chợ An Phú, ki-ốt số 7'), lines, capital, employees: 2 },
    owner: { fullName: owner, idNumber, birthDate, residence: place('Ấp Phú Lợi'), phone: '0977246810' },
    commitment: true,
  },
});

/** Đăng ký thành lập hộ kinh doanh: the commune's economic office examines, the leader signs, 3 working days. */
export const householdBusiness = {
  agencyCode: COMMUNES[0],
  record: {
    code: '2.000720',
    name: 'Đăng ký thành lập hộ kinh doanh',
    sectorCode: 'HKD',
    agencyCodes: COMMUNES,
    steps: [
      'Bước 1: Chủ hộ kinh doanh nộp hồ sơ tại Bộ phận Một cửa UBND cấp xã, qua bưu chính hoặc trực tuyến.',
      'Bước 2: Phòng Kinh tế kiểm tra tính hợp lệ của hồ sơ; hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Bước 3: Lãnh đạo UBND xã ký Giấy chứng nhận đăng ký hộ kinh doanh; trả kết quả cho chủ hộ.',
    ].join('\n'),
    methods: [
      { channel: 'counter', description: 'Nộp trực tiếp tại Bộ phận Một cửa UBND cấp xã.' },
      { channel: 'postal', description: 'Nộp qua dịch vụ bưu chính công ích.' },
      { channel: 'online', description: 'Nộp trực tuyến trên Cổng Dịch vụ công.' },
    ],
    components: [
      { code: 'DE_NGHI', name: 'Giấy đề nghị đăng ký hộ kinh doanh', originals: 1, copies: 0, required: true },
      { code: 'BIEN_BAN_HOP', name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', originals: 1, copies: 0, required: false },
      { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh', originals: 1, copies: 0, required: false },
    ],
    processingTime: { value: 3, unit: 'working_days' },
    applicants: 'Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ.',
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh.',
    fees: [{ name: 'Lệ phí đăng ký hộ kinh doanh', amount: 100000, note: 'Theo nghị quyết của HĐND tỉnh' }],
    conditions: 'Ngành, nghề không bị cấm đầu tư kinh doanh; tên hộ kinh doanh không trùng với hộ kinh doanh khác trên địa bàn cấp xã.',
    legalBasis: 'Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ; Thông tư số 02/2023/TT-BKHĐT.',
    serviceLevel: 'full_online',
    postalAllowed: true,
    processKey: 'household-business',
    formSchema: householdBusinessForm,
  },
  samples: [
    application('Lý Văn Sang', '094087004455', '1987-09-12', 'Hộ kinh doanh Tạp hóa Sang Hương', ['Bán lẻ lương thực, thực phẩm, đồ uống'], 150000000),
    application('Nguyễn Thị Mỹ Duyên', '094193005566', '1993-02-03', 'Hộ kinh doanh Cà phê Mây', ['Dịch vụ phục vụ đồ uống'], 80000000),
    application('Trương Quốc Việt', '094090007788', '1990-12-20', 'Hộ kinh doanh Sửa xe Quốc Việt', ['Bảo dưỡng, sửa chữa mô tô, xe máy'], 50000000),
  ],
} satisfies DemoProcedure;
