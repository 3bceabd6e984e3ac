import { describeCitizenId, isTaxCode } from '../../../forms';
import { claimsOf, DEMO_CITIZENS, findDemoCitizen } from './demo-citizens';
import { identityFromClaims } from '../profile';

describe('demo citizens of the demo identity provider', () => {
  it('carry identity numbers that agree with their birth year and gender, and a valid tax code', () => {
    for (const citizen of DEMO_CITIZENS) {
      if (citizen.kind === 'organisation') {
        expect(isTaxCode(citizen.taxCode)).toBe(true);
        continue;
      }
      const info = describeCitizenId(citizen.idNumber);
      expect(info).toMatchObject({ gender: citizen.gender, birthYear: Number(citizen.birthdate!.slice(0, 4)) });
    }
  });

  it('sign in with the number people type, spaces and dots included', () => {
    expect(findDemoCitizen('001 085 012 345')?.name).toBe('Nguyễn Văn An');
    expect(findDemoCitizen('0304.567.898')?.kind).toBe('organisation');
    expect(findDemoCitizen('000000000000')).toBeUndefined();
  });

  it('release claims the platform reads back into the same identity', () => {
    const identity = identityFromClaims(claimsOf(DEMO_CITIZENS[3]));
    expect(identity).toMatchObject({ kind: 'organisation', taxCode: '0304567898', idNumber: null, phone: '02923820123' });
    expect(identityFromClaims(claimsOf(DEMO_CITIZENS[0])).addressDetail).toEqual({ province: 'Tỉnh Demo', commune: 'Xã An Phú', street: 'Số 12, đường Trần Phú, ấp Phú Hòa' });
  });
});
