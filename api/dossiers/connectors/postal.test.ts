import { isS10TrackingNumber, s10TrackingNumber } from './postal';

describe('postal item numbers (UPU S10)', () => {
  it('computes the check digit the post prints on its labels', () => {
    // 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 200 mod 11 = 2; 11 − 2 = 9.
    expect(s10TrackingNumber(47312482, 'RA')).toBe('RA473124829VN');
    // Serial 00010000: only 1·2 = 2; 11 − 2 = 9.
    expect(s10TrackingNumber(10000)).toBe('EB000100009VN');
    // Sums that leave 11 or 10 print 5 and 0: serial 00000000 sums to 0 → 11 → 5.
    expect(s10TrackingNumber(0)).toBe('EB000000005VN');
  });

  it('tells a mistyped number from a real one', () => {
    expect(isS10TrackingNumber('RA473124829VN')).toBe(true);
    expect(isS10TrackingNumber('RA473124828VN')).toBe(false);
    expect(isS10TrackingNumber('RA47312482VN')).toBe(false);
    expect(() => s10TrackingNumber(100_000_000)).toThrow(RangeError);
  });
});
