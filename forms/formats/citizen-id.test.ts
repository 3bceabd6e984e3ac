import { citizenIdProblem, describeCitizenId, isCitizenId, isOldIdNumber, normalizeCitizenId } from './citizen-id';

describe('số định danh cá nhân (cccd)', () => {
  it.each([
    ['001203012345', 'Hà Nội, nam sinh năm 2003'],
    ['079188012345', 'TP Hồ Chí Minh, nữ sinh năm 1988'],
    ['092095001234', 'Cần Thơ, nam sinh năm 1995'],
    ['096310004567', 'Cà Mau, nữ sinh năm 2010'],
  ])('given %s (%s), when checked, then it is accepted', (number) => {
    expect(isCitizenId(number)).toBe(true);
    expect(citizenIdProblem(number)).toBeUndefined();
  });

  it.each([
    ['00120301234', 'phải gồm đúng 12 chữ số'],
    ['0012030123456', 'phải gồm đúng 12 chữ số'],
    ['00120301234a', 'phải gồm đúng 12 chữ số'],
    ['001 203 012 345', 'phải gồm đúng 12 chữ số'],
    ['003203012345', 'có 3 chữ số đầu (003) không phải là mã tỉnh, thành phố nơi đăng ký khai sinh'],
    ['097203012345', 'có 3 chữ số đầu (097) không phải là mã tỉnh, thành phố nơi đăng ký khai sinh'],
    ['000203012345', 'có 3 chữ số đầu (000) không phải là mã tỉnh, thành phố nơi đăng ký khai sinh'],
    ['001503012345', 'có chữ số thứ tư (5) không phải là mã giới tính và thế kỷ sinh hợp lệ'],
  ])('given %s, when checked, then it is refused: %s', (number, problem) => {
    expect(isCitizenId(number)).toBe(false);
    expect(citizenIdProblem(number)).toBe(problem);
  });

  it('given a non-string, when checked, then it is refused', () => {
    expect(isCitizenId(1203012345)).toBe(false);
  });

  it('given a valid number, when described, then province, gender and birth year come out', () => {
    expect(describeCitizenId('079188012345')).toEqual({
      provinceCode: '079',
      provinceName: 'Thành phố Hồ Chí Minh',
      gender: 'female',
      birthYear: 1988,
    });
    expect(describeCitizenId('001203012345')).toMatchObject({ gender: 'male', birthYear: 2003 });
    expect(describeCitizenId('003203012345')).toBeUndefined();
  });

  it('given a number typed in groups, when normalised, then the separators go', () => {
    expect(normalizeCitizenId('001 203.012-345')).toBe('001203012345');
  });
});

describe('số chứng minh nhân dân cũ (cmnd)', () => {
  it('given 9 digits, then accepted; given 8 or 12, then refused', () => {
    expect(isOldIdNumber('361234567')).toBe(true);
    expect(isOldIdNumber('36123456')).toBe(false);
    expect(isOldIdNumber('001203012345')).toBe(false);
  });
});
