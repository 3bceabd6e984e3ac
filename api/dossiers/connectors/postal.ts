/**
 * Dịch vụ bưu chính công ích (D11, C6): a result returned by post is handed to the postal
 * operator, who gives it an item number (số hiệu bưu gửi) the applicant can follow. The
 * operator's API is outside this machine's reach, so the platform talks to it through this
 * connector; the demo one books locally.
 */
export interface PostalConnector {
  /** Books the delivery of a dossier's result; resolves to the item's tracking number. */
  ship(parcel: Parcel): Promise<Shipment>;
}

export interface Parcel {
  dossierCode: string;
  /** The agency that sends it (its name, as printed on the label). */
  sender: string;
  recipient: { name: string; address: string; phone?: string };
  contents: string;
}

export interface Shipment {
  carrier: string;
  trackingNumber: string;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** An item number in the UPU S10 form the Vietnamese post uses: two letters, eight digits, a check digit, `VN`. */
export function s10TrackingNumber(serial: number, service = 'EB'): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) throw new RangeError('Số thứ tự bưu gửi phải có tối đa 8 chữ số');
  const digits = String(serial).padStart(8, '0');
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * S10_WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  return `${service}${digits}${check === 10 ? 0 : check === 11 ? 5 : check}VN`;
}

/** Whether a number is a well-formed S10 item number, check digit included. */
export function isS10TrackingNumber(value: string): boolean {
  const match = /^([A-Z]{2})(\d{8})\dVN$/.exec(value);
  return match !== null && s10TrackingNumber(Number(match[2]), match[1]) === value;
}

/**
 * The demo post: books at once, numbering items from a database sequence so that every node
 * hands out distinct numbers.
 */
export class DemoPostalConnector implements PostalConnector {
  constructor(private readonly nextSerial: () => Promise<number>) {}

  async ship(): Promise<Shipment> {
    return { carrier: 'Bưu điện tỉnh Demo (mô phỏng)', trackingNumber: s10TrackingNumber(await this.nextSerial()) };
  }
}
