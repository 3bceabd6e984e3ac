import type { DemoProcedure } from '../demo-procedure';
import { criminalRecordForm } from './form';

/** Sở Tư pháp tỉnh Demo receives; Công an tỉnh Demo looks the record up on the platform. */
export const JUSTICE_AGENCY = '000.00.15.H99';
export const POLICE_AGENCY = '000.00.16.H99';

const home = { province: 'Tỉnh Demo', commune: 'Xã Bình Minh', street: 'Số 8, đường Nguyễn Huệ' };

const application = (fullName: string, idNumber: string, gender: 'male' | 'female', birthDate: string, purpose: string) => ({
  applicant: { fullName, idNumber, phone: '0915678234', address: `${home.street}, ${home.commune}, ${home.province}` },
  formData: {
    requester: { fullName, gender, birthDate, birthPlace: 'Tỉnh Demo', idNumber, residence: home, phone: '0915678234' },
    parents: { father: 'Nguyễn Văn Thành', mother: 'Lê Thị Hoa' },
    residenceHistory: [
      { from: `${Number(birthDate.slice(0, 4)) + 14}-01-01`, to: '2019-08-31', place: 'Xã Bình Minh, tỉnh Demo', occupation: 'Học sinh, sinh viên' },
      { from: '2019-09-01', place: 'Xã Bình Minh, tỉnh Demo', occupation: 'Nhân viên văn phòng' },
    ],
    certificateKind: '1',
    copies: 1,
    purpose,
  },
});

/** Cấp Phiếu lý lịch tư pháp: Sở Tư pháp with an inter-agency lookup at Công an tỉnh, 10 working days. */
export const criminalRecord = {
  agencyCode: JUSTICE_AGENCY,
  record: {
    code: '2.001417',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    sectorCode: 'LLTP',
    agencyCodes: [JUSTICE_AGENCY],
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và giấy tờ tại Bộ phận Một cửa Sở Tư pháp, qua bưu chính hoặc trực tuyến.',
      'Bước 2: Phòng Hành chính tư pháp kiểm tra hồ sơ và đề nghị Công an tỉnh tra cứu thông tin án tích.',
      'Bước 3: Công an tỉnh tra cứu, trả lời kết quả trên hệ thống.',
      'Bước 4: Sở Tư pháp lập Phiếu lý lịch tư pháp, lãnh đạo Sở ký; trả kết quả cho người yêu cầu.',
    ].join('\n'),
    methods: [
      { channel: 'counter', description: 'Nộp trực tiếp tại Bộ phận Một cửa Sở Tư pháp.' },
      { channel: 'postal', description: 'Nộp qua dịch vụ bưu chính công ích.' },
      { channel: 'online', description: 'Nộp trực tuyến trên Cổng Dịch vụ công.' },
    ],
    components: [
      { code: 'TO_KHAI', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', originals: 1, copies: 0, required: true },
      { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền (khi ủy quyền yêu cầu cấp Phiếu số 1)', originals: 1, copies: 0, required: false },
    ],
    processingTime: { value: 10, unit: 'working_days' },
    applicants: 'Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam.',
    result: 'Phiếu lý lịch tư pháp số 1 hoặc số 2.',
    fees: [{ name: 'Phí cung cấp thông tin lý lịch tư pháp', amount: 200000, note: 'Sinh viên, người có công: 100.000 đồng/lần; từ Phiếu thứ 3 trở đi: 5.000 đồng/Phiếu' }],
    conditions: 'Người yêu cầu cấp Phiếu số 2 phải trực tiếp yêu cầu, không được ủy quyền.',
    legalBasis: 'Luật Lý lịch tư pháp năm 2009; Nghị định số 111/2010/NĐ-CP; Thông tư số 244/2016/TT-BTC.',
    serviceLevel: 'full_online',
    postalAllowed: true,
    processKey: 'criminal-record',
    formSchema: criminalRecordForm,
  },
  samples: [
    application('Nguyễn Minh Khoa', '094098003210', 'male', '1998-04-21', 'Bổ sung hồ sơ xin việc'),
    application('Nguyễn Thị Thanh Tâm', '094300004321', 'female', '2000-07-09', 'Hồ sơ du học'),
  ],
} satisfies DemoProcedure;
