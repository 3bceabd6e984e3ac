import { formatDisplayDate, isIsoDate, parseDisplayDate } from './dates';

describe('ngày tháng (date)', () => {
  it('given an ISO date, when displayed, then it reads dd/mm/yyyy', () => {
    expect(formatDisplayDate('2024-03-05')).toBe('05/03/2024');
  });

  it('given something that is not an ISO date, when displayed, then it comes back unchanged', () => {
    expect(formatDisplayDate('05/03/2024')).toBe('05/03/2024');
    expect(formatDisplayDate('2023-02-29')).toBe('2023-02-29');
  });

  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('given %s typed, when parsed, then it becomes %s', (typed, iso) => {
    expect(parseDisplayDate(typed)).toBe(iso);
  });

  it.each(['29/02/2023', '31/04/2024', '00/01/2024', '12/13/2024', '2024-03-05', '5/3/24'])(
    'given %s, when parsed, then it is refused rather than rolled over',
    (typed) => expect(parseDisplayDate(typed)).toBeUndefined(),
  );

  it('given wire values, when checked, then only real ISO days pass', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-3-5')).toBe(false);
  });
});
