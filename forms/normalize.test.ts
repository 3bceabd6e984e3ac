import { constructionPermitForm } from '../processes/construction-permit/form';
import { normalizeFormData } from './normalize';
import { validateFormData } from './validate-data';

describe('normalizeFormData', () => {
  it('given values typed the way people type them, when normalised, then they take their wire form', () => {
    const typed = {
      applicant: { kind: 'organization', fullName: '  Công ty CP Xây dựng Hậu Giang ', taxCode: '63.00.123.456', phone: '+84 292 382 0123', idNumber: '', email: null },
      appraisal: { inspectedOn: '2/3/2026' },
    };
    expect(normalizeFormData(constructionPermitForm, typed)).toEqual({
      applicant: { kind: 'organization', fullName: 'Công ty CP Xây dựng Hậu Giang', taxCode: '63.00.123.456', phone: '02923820123' },
      appraisal: { inspectedOn: '2026-03-02' },
    });
  });

  it('given a valid tax code typed with dots, when normalised, then it validates', () => {
    const data = normalizeFormData(constructionPermitForm, { applicant: { taxCode: '01.00.109.106' } });
    expect((data.applicant as Record<string, unknown>).taxCode).toBe('0100109106');
    expect(validateFormData(constructionPermitForm, data).map((f) => f.path)).not.toContain('/formData/applicant/taxCode');
  });

  it('given an empty optional input, when normalised before validation, then it is not reported as malformed', () => {
    const data = normalizeFormData(constructionPermitForm, { applicant: { email: '' } });
    expect(validateFormData(constructionPermitForm, data).map((f) => f.path)).not.toContain('/formData/applicant/email');
  });
});
