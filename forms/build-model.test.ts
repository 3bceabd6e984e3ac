import { buildFormModel } from './build-model';
import type { FormDefinition } from './definition';
import { birthRegistrationForm } from '../processes/birth-registration/form';
import { constructionPermitForm } from '../processes/construction-permit/form';
import type { FieldModel, FormModel } from './model-types';
import { validateFormData } from './validate-data';

const address = { province: 'Thành phố Cần Thơ', commune: 'Phường Ninh Kiều', street: '12 Nguyễn Trãi' };

const birthData = {
  requester: { fullName: 'Trần Thị Mai', idNumber: '092190004321', residence: address, relationship: 'mother' },
  child: { fullName: 'Nguyễn Trần Minh Khang', gender: 'male', birthDate: '2025-09-14', birthPlace: 'Bệnh viện Phụ sản Thành phố Cần Thơ', ethnicity: 'Kinh', nationality: 'Việt Nam' },
  mother: { fullName: 'Trần Thị Mai', birthDate: '1990-04-02', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: address },
  witnesses: [{ fullName: 'Lê Văn Tư', idNumber: '092075000111' }],
  copies: 2,
};

/** Every field of the model, depth first, items included. */
function allFields(model: FormModel): FieldModel[] {
  const result: FieldModel[] = [];
  const visit = (field: FieldModel) => {
    result.push(field);
    field.children?.forEach(visit);
    field.items?.forEach((item) => item.fields.forEach(visit));
  };
  model.pages.forEach((page) => page.sections.forEach((section) => section.fields.forEach(visit)));
  return result;
}

function field(model: FormModel, path: string): FieldModel {
  const found = allFields(model).find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

describe('buildFormModel', () => {
  const model = buildFormModel(birthRegistrationForm, { data: birthData });

  it('given a layout with pages, when built, then pages, sections and fields keep the layout order', () => {
    expect(model.title).toBe('Tờ khai đăng ký khai sinh');
    expect(model.pages.map((page) => page.id)).toEqual(['requester', 'child', 'parents', 'registration']);
    expect(model.pages[0].sections[0].fields.map((f) => f.path)).toEqual([
      '/requester/fullName', '/requester/idNumber', '/requester/relationship', '/requester/residence', '/requester/phone', '/requester/email',
    ]);
  });

  it('given schema titles and formats, when built, then labels, widgets and required flags follow', () => {
    expect(field(model, '/requester/idNumber')).toMatchObject({ label: 'Số định danh cá nhân', widget: 'cccd', required: true, width: 'half' });
    expect(field(model, '/requester/phone')).toMatchObject({ widget: 'phone', required: false, autofill: ['identity.phone', 'personalData.phone'] });
    expect(field(model, '/requester/residence')).toMatchObject({ widget: 'address', label: 'Nơi cư trú' });
    expect(field(model, '/requester/residence').children?.map((c) => c.label)).toEqual(['Tỉnh, thành phố', 'Xã, phường, đặc khu', 'Số nhà, đường, thôn, tổ dân phố']);
    expect(field(model, '/copies')).toMatchObject({ widget: 'number', valueType: 'integer', constraints: { minimum: 0, maximum: 10 } });
  });

  it('given a date and an option, when built, then the wire value stays and the display value is Vietnamese', () => {
    expect(field(model, '/child/birthDate')).toMatchObject({ widget: 'date', value: '2025-09-14', displayValue: '14/09/2025', help: 'Ghi theo giấy chứng sinh, dạng ngày/tháng/năm.' });
    expect(field(model, '/child/gender')).toMatchObject({
      widget: 'radio',
      value: 'male',
      displayValue: 'Nam',
      options: [{ value: 'male', label: 'Nam' }, { value: 'female', label: 'Nữ' }],
    });
    expect(field(model, '/requester/relationship')).toMatchObject({ widget: 'select', displayValue: 'Mẹ' });
  });

  it('given a repeatable group, when built, then items, a blank template and add/remove permissions are there', () => {
    const witnesses = field(model, '/witnesses');
    expect(witnesses.widget).toBe('array');
    expect(witnesses.items).toHaveLength(1);
    expect(witnesses.items?.[0]).toMatchObject({ index: 0, path: '/witnesses/0', label: 'Người làm chứng thứ nhất' });
    expect(witnesses.items?.[0].fields.map((f) => [f.path, f.value, f.required])).toEqual([
      ['/witnesses/0/fullName', 'Lê Văn Tư', true],
      ['/witnesses/0/idNumber', '092075000111', true],
      ['/witnesses/0/phone', undefined, false],
    ]);
    expect(witnesses.itemTemplate).toMatchObject({ index: 1, path: '/witnesses/1', label: 'Người làm chứng thứ 2' });
    expect(witnesses.itemTemplate?.fields.every((f) => f.value === undefined)).toBe(true);
    expect(witnesses).toMatchObject({ canAddItem: true, canRemoveItem: true });
    const full = buildFormModel(birthRegistrationForm, { data: { witnesses: [{}, {}] } });
    expect(field(full, '/witnesses').canAddItem).toBe(false);
  });

  it('given an array with a minimum, when it holds that many, then an item cannot be removed', () => {
    const permit = buildFormModel(constructionPermitForm, { data: { landParcels: [{ lotNumber: '215', mapSheetNumber: '34', area: 120.5 }] } });
    const parcels = field(permit, '/landParcels');
    expect(parcels).toMatchObject({ canAddItem: true, canRemoveItem: false, help: 'Khai từng thửa đất nơi xây dựng công trình, theo giấy chứng nhận quyền sử dụng đất.' });
    expect(parcels.items?.[0].label).toBe('Thửa đất thứ nhất');
    expect(field(permit, '/landParcels/0/area').displayValue).toBe('120,5');
  });

  it('given a visibleWhen condition, when the discriminator changes, then the dependent fields hide and show', () => {
    const individual = buildFormModel(constructionPermitForm, { data: { applicant: { kind: 'individual' } } });
    expect(field(individual, '/applicant/idNumber').hidden).toBe(false);
    expect(field(individual, '/applicant/taxCode').hidden).toBe(true);
    const organization = buildFormModel(constructionPermitForm, { data: { applicant: { kind: 'organization' } } });
    expect(field(organization, '/applicant/idNumber').hidden).toBe(true);
    expect(field(organization, '/applicant/taxCode').hidden).toBe(false);
  });

  describe('with a view', () => {
    it('given the submission view, then the register page is absent and everything shown is editable', () => {
      const submission = buildFormModel(birthRegistrationForm, { view: 'submission', data: { ...birthData, registration: { number: '15' } } });
      expect(submission.pages.map((page) => page.id)).toEqual(['requester', 'child', 'parents']);
      expect(JSON.stringify(submission)).not.toContain('/registration');
      expect(allFields(submission).every((f) => !f.readonly)).toBe(true);
      expect(submission.editable).toBe(true);
    });

    it('given the verification view, then the declaration is locked and the register entry open', () => {
      const verification = buildFormModel(birthRegistrationForm, { view: 'appraisal', data: birthData });
      expect(field(verification, '/requester/fullName').readonly).toBe(true);
      expect(field(verification, '/child/fullName').readonly).toBe(false);
      expect(field(verification, '/registration/number').readonly).toBe(false);
      expect(field(verification, '/witnesses')).toMatchObject({ readonly: true, canAddItem: false, canRemoveItem: false });
    });

    it('given the signature view, then nothing is editable', () => {
      const signature = buildFormModel(birthRegistrationForm, { view: 'approval', data: birthData });
      expect(signature.editable).toBe(false);
      expect(allFields(signature).every((f) => f.readonly)).toBe(true);
    });
  });

  describe('with errors', () => {
    it('given findings from validation, then each lands on its field and the rest on the form', () => {
      const data = { ...birthData, child: { ...birthData.child, birthDate: '2025-02-30' }, witnesses: [{ fullName: 'Lê Văn Tư', idNumber: '1' }], extra: 1 };
      const errors = validateFormData(birthRegistrationForm, data);
      const withErrors = buildFormModel(birthRegistrationForm, { data, errors });
      expect(field(withErrors, '/child/birthDate').error).toBe('Ngày, tháng, năm sinh phải là ngày hợp lệ, viết theo dạng ngày/tháng/năm');
      expect(field(withErrors, '/witnesses/0/idNumber').error).toBe('Người làm chứng thứ nhất: Số định danh cá nhân của người làm chứng phải gồm đúng 12 chữ số');
      expect(withErrors.errors).toEqual([{ path: '/formData/extra', message: 'Trường “extra” không có trong biểu mẫu' }]);
    });

    it('given a finding on a field the view hides, then the model does not repeat it', () => {
      const errors = [{ path: '/formData/registration/number', message: 'Số đăng ký không đúng định dạng' }];
      expect(buildFormModel(birthRegistrationForm, { view: 'submission', errors }).errors).toEqual([]);
    });
  });

  it('given any model, when serialised to JSON and back, then nothing is lost', () => {
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
  });

  it('given a definition without a layout, then the schema order makes one page of sections', () => {
    const bare: FormDefinition = {
      schema: {
        type: 'object',
        title: 'Tờ khai đơn giản',
        properties: {
          note: { type: 'string', title: 'Ghi chú', maxLength: 2000 },
          owner: { type: 'object', title: 'Chủ hộ', properties: { fullName: { type: 'string', title: 'Họ và tên' } } },
          members: { type: 'array', title: 'Thành viên', items: { type: 'string', title: 'Thành viên' } },
          services: { type: 'array', title: 'Dịch vụ', items: { type: 'string', enum: ['post', 'sms'], 'x-enumLabels': ['Bưu chính', 'Tin nhắn'] } },
        },
      },
    };
    const bareModel = buildFormModel(bare, { data: { members: ['Hà', 'Minh'], services: ['post', 'sms'] } });
    expect(bareModel.pages).toHaveLength(1);
    expect(bareModel.pages[0].title).toBe('Tờ khai đơn giản');
    expect(bareModel.pages[0].sections.map((s) => [s.id, s.title, s.fields.map((f) => f.path)])).toEqual([
      ['note-section', undefined, ['/note']],
      ['owner', 'Chủ hộ', ['/owner/fullName']],
      ['members-section', undefined, ['/members', '/services']],
    ]);
    expect(field(bareModel, '/note').widget).toBe('textarea');
    const members = field(bareModel, '/members');
    expect(members.items?.map((item) => [item.label, item.fields[0].path, item.fields[0].value])).toEqual([
      ['Thành viên thứ nhất', '/members/0', 'Hà'],
      ['Thành viên thứ 2', '/members/1', 'Minh'],
    ]);
    expect(field(bareModel, '/services')).toMatchObject({ widget: 'checkboxes', displayValue: 'Bưu chính, Tin nhắn' });
  });
});
