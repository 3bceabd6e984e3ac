/** DESIGN quyết định 6 — thời gian được tiêm vào; kiểm thử không bao giờ chờ thời gian thực. */
import { ControllableClock, SystemClock } from './clock';
import { parseIsoLocal as at, toIsoLocal } from './local-time';

describe('controllable clock', () => {
  it('stands still until told to move', () => {
    const clock = new ControllableClock(at('2026-03-02T09:00'));
    expect(toIsoLocal(clock.now())).toBe('2026-03-02T09:00:00+07:00');
    expect(toIsoLocal(clock.now())).toBe('2026-03-02T09:00:00+07:00');
  });

  it('advances by milliseconds or by a step of elapsed time', () => {
    const clock = new ControllableClock(at('2026-03-02T09:00'));
    clock.advance(30 * 60_000);
    expect(toIsoLocal(clock.now())).toBe('2026-03-02T09:30:00+07:00');
    const after = clock.advance({ days: 1, hours: 2, minutes: 15 });
    expect(toIsoLocal(after)).toBe('2026-03-03T11:45:00+07:00');
  });

  it('jumps anywhere with set, including backwards', () => {
    const clock = new ControllableClock(at('2026-03-02T09:00'));
    clock.set(at('2025-12-31T23:59'));
    expect(toIsoLocal(clock.now())).toBe('2025-12-31T23:59:00+07:00');
  });

  it('hands out copies that cannot move the clock', () => {
    const clock = new ControllableClock(at('2026-03-02T09:00'));
    clock.now().setFullYear(1999);
    expect(clock.now().getFullYear()).toBe(2026);
  });

  it('refuses to go backwards with advance, and invalid instants', () => {
    const clock = new ControllableClock(at('2026-03-02T09:00'));
    expect(() => clock.advance(-1)).toThrow('set()');
    expect(() => clock.advance({ hours: Infinity })).toThrow(RangeError);
    expect(() => clock.set(new Date('nonsense'))).toThrow('không hợp lệ');
    expect(() => new ControllableClock(new Date(NaN))).toThrow(RangeError);
  });
});

describe('system clock', () => {
  it('reads the real time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('local time helpers', () => {
  it('read a time without offset as Vietnam time and honour an explicit offset', () => {
    expect(at('2026-03-02T09:00').toISOString()).toBe('2026-03-02T02:00:00.000Z');
    expect(at('2026-03-02T09:00:00Z').toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(toIsoLocal(new Date('2026-03-02T02:00:00.250Z'))).toBe('2026-03-02T09:00:00.250+07:00');
  });

  it('reject malformed times in Vietnamese', () => {
    expect(() => at('02/03/2026')).toThrow('không đúng định dạng ISO 8601');
    expect(() => toIsoLocal(new Date(NaN))).toThrow('Thời điểm không hợp lệ');
  });
});
