import { NATIONAL_STATUS } from './national-status';
import { STATUS_LABELS } from './status';

describe('status mapping for the national portal (E3)', () => {
  it('maps every status the platform knows, and nothing else', () => {
    expect(Object.keys(NATIONAL_STATUS).sort()).toEqual(Object.keys(STATUS_LABELS).sort());
  });

  it('reports a refused reception and a withdrawal as the national portal names them', () => {
    expect(NATIONAL_STATUS.refused).toEqual({ code: 3, label: 'Không được tiếp nhận' });
    expect(NATIONAL_STATUS.withdrawn.code).toBe(7);
  });
});
