/**
 * Tài khoản định danh điện tử mô phỏng: the people and the organisation the demo provider knows.
 * Identity numbers follow Thông tư 59/2021/TT-BCA (province of birth registration, gender and
 * century, birth year, sequence); the tax code carries a correct check digit.
 */
export interface DemoCitizen {
  /** The provider's stable subject, as VNeID gives an opaque one. */
  sub: string;
  kind: 'person' | 'organisation';
  /** What the person types to sign in: the identity number, or the organisation's tax code. */
  login: string;
  name: string;
  idNumber?: string;
  taxCode?: string;
  birthdate?: string;
  gender?: 'male' | 'female';
  phone?: string;
  email?: string;
  address: { street: string; commune: string; province: string };
  /** Người đại diện theo pháp luật, for an organisation. */
  representative?: string;
}

/** The one password of every demo account, shown on the demo login page. */
export const DEMO_IDP_PASSWORD = '123456';

export const DEMO_CITIZENS: readonly DemoCitizen[] = [
  {
    sub: 'vneid-demo-0001', kind: 'person', login: '001085012345', name: 'Nguyễn Văn An', idNumber: '001085012345',
    birthdate: '1985-04-12', gender: 'male', phone: '0912345678', email: 'nguyenvanan@example.vn',
    address: { street: 'Số 12, đường Trần Phú, ấp Phú Hòa', commune: 'Xã An Phú', province: 'Tỉnh Demo' },
  },
  {
    sub: 'vneid-demo-0002', kind: 'person', login: '092192004567', name: 'Trần Thị Bích Ngọc', idNumber: '092192004567',
    birthdate: '1992-09-03', gender: 'female', phone: '0987654321',
    address: { street: 'Tổ 5, khu phố Bình An', commune: 'Xã Bình Minh', province: 'Tỉnh Demo' },
  },
  {
    sub: 'vneid-demo-0003', kind: 'person', login: '094201007890', name: 'Lê Hoàng Minh', idNumber: '094201007890',
    birthdate: '2001-01-20', gender: 'male', email: 'lehoangminh@example.vn',
    address: { street: 'Số 7, hẻm 3, đường Nguyễn Huệ', commune: 'Xã An Phú', province: 'Tỉnh Demo' },
  },
  {
    sub: 'vneid-demo-org-0001', kind: 'organisation', login: '0304567898', name: 'Công ty TNHH Xây dựng Phú An', taxCode: '0304567898',
    phone: '02923820123', email: 'lienhe@xaydungphuan.example.vn', representative: 'Phạm Văn Đức',
    address: { street: 'Số 45, đường Lê Lợi', commune: 'Xã An Phú', province: 'Tỉnh Demo' },
  },
];

export function findDemoCitizen(login: string): DemoCitizen | undefined {
  const typed = login.replace(/[\s.]/g, '');
  return DEMO_CITIZENS.find((citizen) => citizen.login === typed);
}

/**
 * The claims the demo provider releases, by scope, with the names the platform reads: the
 * standard OpenID Connect claims plus `id_number`, `tax_code` and `kind`.
 */
export function claimsOf(citizen: DemoCitizen): Record<string, unknown> {
  const { address } = citizen;
  return {
    sub: citizen.sub,
    name: citizen.name,
    kind: citizen.kind,
    ...(citizen.idNumber ? { id_number: citizen.idNumber } : {}),
    ...(citizen.taxCode ? { tax_code: citizen.taxCode } : {}),
    ...(citizen.representative ? { representative: citizen.representative } : {}),
    ...(citizen.birthdate ? { birthdate: citizen.birthdate } : {}),
    ...(citizen.gender ? { gender: citizen.gender } : {}),
    ...(citizen.phone ? { phone_number: citizen.phone, phone_number_verified: true } : {}),
    ...(citizen.email ? { email: citizen.email, email_verified: true } : {}),
    address: {
      formatted: `${address.street}, ${address.commune}, ${address.province}`,
      street_address: address.street,
      locality: address.commune,
      region: address.province,
      country: 'Việt Nam',
    },
  };
}

/** Which claims each scope releases. */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'kind', 'id_number', 'tax_code', 'representative', 'birthdate', 'gender'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
};
