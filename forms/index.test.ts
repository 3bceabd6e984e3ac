import { birthRegistrationForm } from '../processes/birth-registration/form';
import * as forms from './index';

describe('forms public entry', () => {
  it('given a citizen opening the birth registration, when autofilled, tidied, validated and rendered, then it all fits together', () => {
    // Given: the citizen's identity and a date typed the Vietnamese way.
    const definition = birthRegistrationForm;
    const identity = { fullName: 'Trần Thị Mai', idNumber: '092190004321', phone: '0912 345 678' };
    const { data } = forms.autofill(definition, { identity }, { child: { birthDate: '14/09/2025' } });

    // When: the data is tidied and checked at the submission step.
    const tidy = forms.normalizeFormData(definition, data);
    const errors = forms.validateFormData(definition, tidy, { view: 'submission' });
    const model = forms.buildFormModel(definition, { view: 'submission', data: tidy, errors });

    // Then: filled values are in wire form, and the model shows what is still missing.
    expect(tidy.requester).toEqual({ fullName: 'Trần Thị Mai', idNumber: '092190004321', phone: '0912345678' });
    expect((tidy.child as Record<string, unknown>).birthDate).toBe('2025-09-14');
    expect(errors).toContainEqual({ path: '/formData/requester/relationship', message: 'Quan hệ với người được khai sinh không được để trống' });
    const requester = model.pages[0].sections[0].fields;
    expect(requester.find((field) => field.key === 'relationship')?.error).toBe('Quan hệ với người được khai sinh không được để trống');
    expect(model.pages[1].sections[0].fields.find((field) => field.key === 'birthDate')?.displayValue).toBe('14/09/2025');
  });

  it('exposes the format names the schemas use', () => {
    expect(forms.FORMAT_NAMES).toEqual({
      citizenId: 'cccd',
      oldIdNumber: 'cmnd',
      phone: 'vn-phone',
      taxCode: 'vn-tax-code',
      postalCode: 'vn-postal-code',
      date: 'date',
    });
    expect(forms.WIDGET_KINDS).toContain('taxCode');
  });
});
