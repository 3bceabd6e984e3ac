import { isPostalCode } from './postal-code';

describe('mã bưu chính (vn-postal-code)', () => {
  it('given five digits not starting with 0, then accepted', () => {
    expect(isPostalCode('10000')).toBe(true);
    expect(isPostalCode('94000')).toBe(true);
  });

  it('given four digits, six digits or a leading 0, then refused', () => {
    expect(isPostalCode('9400')).toBe(false);
    expect(isPostalCode('940000')).toBe(false);
    expect(isPostalCode('01234')).toBe(false);
  });
});
