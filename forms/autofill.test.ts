import { autofill } from './autofill';
import type { FormDefinition } from './definition';
import { birthRegistrationForm } from '../processes/birth-registration/form';
import { constructionPermitForm } from '../processes/construction-permit/form';

/** Claims of a citizen signed in through VNeID. */
const identity = {
  fullName: 'Trần Thị Mai',
  idNumber: '092190004321',
  phone: '+84 912 345 678',
  email: 'mai.tran@example.vn',
  address: { province: 'Thành phố Cần Thơ', commune: 'Phường Ninh Kiều', street: '12 Nguyễn Trãi' },
};

/** What the personal data store kept from an earlier dossier. */
const personalData = {
  phone: '0939000111',
  residence: { province: 'Thành phố Cần Thơ', commune: 'Phường Cái Khế', street: '45 Trần Văn Khéo' },
  taxCode: '1800158010',
};

describe('autofill', () => {
  it('given an empty form, when autofilled, then every declared field takes its first available source', () => {
    const { data, filled } = autofill(birthRegistrationForm, { identity, personalData }, {});
    expect(data.requester).toEqual({
      fullName: 'Trần Thị Mai',
      idNumber: '092190004321',
      residence: personalData.residence,
      phone: '0912345678',
      email: 'mai.tran@example.vn',
    });
    expect(filled).toContainEqual({ path: '/requester/residence', source: 'personalData.residence' });
    expect(filled).toContainEqual({ path: '/requester/phone', source: 'identity.phone' });
  });

  it('given what the person already typed, when autofilled, then it is never overwritten', () => {
    const current = { requester: { fullName: 'Trần Thị Mai Anh', phone: '0987654321' }, copies: 3 };
    const { data, filled } = autofill(birthRegistrationForm, { identity }, current);
    expect(data.requester).toMatchObject({ fullName: 'Trần Thị Mai Anh', phone: '0987654321', idNumber: '092190004321' });
    expect(filled.map((entry) => entry.path)).not.toContain('/requester/fullName');
    expect(current.requester).toEqual({ fullName: 'Trần Thị Mai Anh', phone: '0987654321' });
  });

  it('given empty inputs kept as "" or null, when autofilled, then they count as not filled in', () => {
    const { data } = autofill(birthRegistrationForm, { identity }, { requester: { fullName: '', email: null } });
    expect(data.requester).toMatchObject({ fullName: 'Trần Thị Mai', email: 'mai.tran@example.vn' });
  });

  it('given the preferred source is missing, when autofilled, then the next one is used', () => {
    const { data, filled } = autofill(birthRegistrationForm, { identity: { fullName: 'Trần Thị Mai' }, personalData }, {});
    expect((data.requester as Record<string, unknown>).phone).toBe('0939000111');
    expect(filled).toContainEqual({ path: '/requester/phone', source: 'personalData.phone' });
  });

  it('given a partly typed address, when autofilled, then only its empty parts are filled', () => {
    const current = { applicant: { address: { province: 'Tỉnh An Giang' } } };
    const { data } = autofill(constructionPermitForm, { personalData: { address: identity.address } }, current);
    expect((data.applicant as Record<string, unknown>).address).toEqual({ province: 'Tỉnh An Giang', commune: 'Phường Ninh Kiều', street: '12 Nguyễn Trãi' });
  });

  it('given source values that would be invalid for the field, when autofilled, then they are skipped', () => {
    const { data, filled } = autofill(birthRegistrationForm, { identity: { idNumber: '12345', phone: 'không có' } }, {});
    expect(data).toEqual({});
    expect(filled).toEqual([]);
  });

  it('given a layout autofill, a dd/mm/yyyy date and an enum, then the value is converted or refused', () => {
    const form: FormDefinition = {
      schema: {
        type: 'object',
        properties: {
          birthDate: { type: 'string', format: 'date' },
          gender: { type: 'string', enum: ['male', 'female'] },
          ethnicity: { type: 'string', enum: ['Kinh', 'Khmer', 'Hoa'] },
        },
      },
      layout: {
        sections: [
          { id: 'a', fields: [{ path: 'birthDate', autofill: 'identity.birthDate' }, { path: 'gender', autofill: 'identity.gender' }, { path: 'ethnicity', autofill: 'identity.ethnicity' }] },
        ],
      },
    };
    const { data } = autofill(form, { identity: { birthDate: '02/04/1990', gender: 'female', ethnicity: 'Chăm' } }, {});
    expect(data).toEqual({ birthDate: '1990-04-02', gender: 'female' });
  });
});
