import type { FormDefinition } from './definition';
import { InvalidFormDefinitionError } from './definition-checks/compile-findings';
import { birthRegistrationForm } from '../processes/birth-registration/form';
import { constructionPermitForm } from '../processes/construction-permit/form';
import { FormValidator, validateFormData } from './validate-data';

const address = { province: 'Thành phố Cần Thơ', commune: 'Phường Ninh Kiều', street: '12 Nguyễn Trãi' };

/** A birth registration as a citizen would submit it. */
function validBirthRegistration(): Record<string, unknown> {
  return {
    requester: { fullName: 'Trần Thị Mai', idNumber: '092190004321', residence: address, relationship: 'mother', phone: '0912345678' },
    child: { fullName: 'Nguyễn Trần Minh Khang', gender: 'male', birthDate: '2025-09-14', birthPlace: 'Bệnh viện Phụ sản Thành phố Cần Thơ', ethnicity: 'Kinh', nationality: 'Việt Nam' },
    mother: { fullName: 'Trần Thị Mai', birthDate: '1990-04-02', ethnicity: 'Kinh', nationality: 'Việt Nam', idNumber: '092190004321', residence: address },
    copies: 2,
  };
}

/** One field per keyword, each with a Vietnamese title. */
const keywordForm: FormDefinition = {
  id: 'thu-nghiem',
  version: 1,
  schema: {
    type: 'object',
    title: 'Biểu mẫu thử nghiệm',
    additionalProperties: false,
    required: ['fullName'],
    properties: {
      fullName: { type: 'string', title: 'Họ và tên', minLength: 2, maxLength: 10 },
      area: { type: 'number', title: 'Diện tích', exclusiveMinimum: 0, maximum: 500, multipleOf: 0.5 },
      floors: { type: 'integer', title: 'Số tầng', minimum: 1 },
      houseNumber: { type: 'string', title: 'Số nhà', pattern: '^\\d+[A-Z]?$' },
      gender: { type: 'string', title: 'Giới tính', enum: ['male', 'female'], 'x-enumLabels': ['Nam', 'Nữ'] },
      agreed: { type: 'boolean', title: 'Cam đoan', const: true },
      idNumber: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd' },
      oldIdNumber: { type: 'string', title: 'Số CMND', format: 'cmnd' },
      phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone' },
      taxCode: { type: 'string', title: 'Mã số thuế', format: 'vn-tax-code' },
      postalCode: { type: 'string', title: 'Mã bưu chính', format: 'vn-postal-code' },
      email: { type: 'string', title: 'Thư điện tử', format: 'email' },
      issuedOn: { type: 'string', title: 'Ngày cấp', format: 'date', formatMinimum: '2016-01-01' },
      owners: { type: 'array', title: 'Đồng sở hữu', minItems: 1, maxItems: 2, items: { type: 'string', title: 'Người đồng sở hữu' } },
      tags: { type: 'array', title: 'Nhãn', uniqueItems: true, items: { type: 'string' } },
      kind: { type: 'string', title: 'Loại hồ sơ', oneOf: [{ const: 'new', title: 'Cấp mới' }, { const: 'renew', title: 'Cấp lại' }] },
      reason: { type: 'string', title: 'Lý do cấp lại' },
      noTitle: { type: 'string', minLength: 3 },
    },
    dependentRequired: { kind: ['reason'] },
  },
};

function messageAt(findings: { path: string; message: string }[], path: string): string[] {
  return findings.filter((finding) => finding.path === path).map((finding) => finding.message);
}

describe('validateFormData', () => {
  it('given a complete birth registration, when validated, then there is no finding', () => {
    expect(validateFormData(birthRegistrationForm, validBirthRegistration())).toEqual([]);
  });

  it('given an 11-digit personal number, when validated, then the finding names the field as the API documents', () => {
    const data = { applicant: { kind: 'individual', fullName: 'Lê Văn Hùng', idNumber: '09219500123', phone: '0912345678', address } };
    const findings = validateFormData(constructionPermitForm, data);
    expect(findings).toContainEqual({ path: '/formData/applicant/idNumber', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số' });
  });

  describe('given one bad value per keyword, when validated, then each finding is Vietnamese and names the field', () => {
    const findings = validateFormData(keywordForm, {
      area: -1.3,
      floors: 2.5,
      houseNumber: '12/4',
      gender: 'x',
      agreed: false,
      idNumber: '003203012345',
      oldIdNumber: '12345',
      phone: '0123456789',
      taxCode: '0100109107',
      postalCode: '9400',
      email: 'mai@',
      issuedOn: '2015-12-31',
      owners: [],
      tags: ['a', 'b', 'a'],
      kind: 'other',
      noTitle: 'ab',
      unknown: 1,
    });

    it.each([
      ['/formData/fullName', 'Họ và tên không được để trống'],
      ['/formData/area', 'Diện tích phải lớn hơn 0'],
      ['/formData/area', 'Diện tích phải là bội số của 0,5'],
      ['/formData/floors', 'Số tầng phải là số nguyên'],
      ['/formData/houseNumber', 'Số nhà không đúng định dạng'],
      ['/formData/gender', 'Giới tính phải là một trong các giá trị: “Nam”, “Nữ”'],
      ['/formData/agreed', 'Cam đoan phải được đánh dấu xác nhận'],
      ['/formData/idNumber', 'Số định danh cá nhân có 3 chữ số đầu (003) không phải là mã tỉnh, thành phố nơi đăng ký khai sinh'],
      ['/formData/oldIdNumber', 'Số CMND phải gồm đúng 9 chữ số'],
      ['/formData/phone', 'Số điện thoại phải là số điện thoại hợp lệ: di động gồm 10 chữ số bắt đầu bằng 0, cố định gồm 11 chữ số bắt đầu bằng 02, hoặc viết dạng +84'],
      ['/formData/taxCode', 'Mã số thuế có chữ số kiểm tra (chữ số thứ 10) không đúng'],
      ['/formData/postalCode', 'Mã bưu chính phải gồm đúng 5 chữ số'],
      ['/formData/email', 'Thư điện tử phải là địa chỉ thư điện tử hợp lệ'],
      ['/formData/issuedOn', 'Ngày cấp không được trước ngày 01/01/2016'],
      ['/formData/owners', 'Đồng sở hữu phải có ít nhất một mục'],
      ['/formData/tags', 'Nhãn có mục thứ 1 và mục thứ 3 trùng nhau'],
      ['/formData/kind', 'Loại hồ sơ không thuộc danh sách giá trị cho phép'],
      ['/formData/reason', 'Lý do cấp lại không được để trống khi đã khai Loại hồ sơ'],
      ['/formData/noTitle', 'noTitle phải có ít nhất 3 ký tự'],
      ['/formData/unknown', 'Trường “unknown” không có trong biểu mẫu'],
    ])('%s: %s', (path, message) => {
      expect(messageAt(findings, path)).toContain(message);
    });

    it('and no English text from ajv leaks', () => {
      for (const finding of findings) expect(finding.message).not.toMatch(/\b(must|should|NOT|schema|property)\b/);
    });
  });

  it.each([
    [{ fullName: 'A' }, 'Họ và tên phải có ít nhất 2 ký tự'],
    [{ fullName: '' }, 'Họ và tên không được để trống'],
    [{ fullName: null }, 'Họ và tên không được để trống'],
    [{ fullName: 'Nguyễn Thị Minh Khai' }, 'Họ và tên không được dài quá 10 ký tự'],
    [{ fullName: 42 }, 'Họ và tên phải là chuỗi ký tự'],
  ])('given fullName %j, when validated, then it says "%s"', (data, message) => {
    expect(messageAt(validateFormData(keywordForm, data), '/formData/fullName')).toEqual([message]);
  });

  it('given too many items and too large a number, then maxItems and maximum name the field', () => {
    const findings = validateFormData(keywordForm, { fullName: 'Mai', owners: ['A', 'B', 'C'], area: 1000 });
    expect(messageAt(findings, '/formData/owners')).toEqual(['Đồng sở hữu không được có quá 2 mục']);
    expect(messageAt(findings, '/formData/area')).toEqual(['Diện tích phải nhỏ hơn hoặc bằng 500']);
  });

  it('given a bad field inside an array item, when validated, then the message names the item first', () => {
    const data = { landParcels: [{ lotNumber: '112', mapSheetNumber: '21', area: 96.5 }, { lotNumber: '113', mapSheetNumber: '21', area: 0 }] };
    const findings = validateFormData(constructionPermitForm, data);
    expect(messageAt(findings, '/formData/landParcels/1/area')).toEqual(['Thửa đất thứ 2: Diện tích thửa đất (m²) phải lớn hơn 0']);
  });

  it('given a conditional requirement (if/then), then only the missing field is reported, not the condition', () => {
    const data = { applicant: { kind: 'organization', fullName: 'Công ty TNHH Xây dựng Phú Cường', phone: '02923820123', address } };
    const findings = validateFormData(constructionPermitForm, data).filter((finding) => finding.path.startsWith('/formData/applicant'));
    expect(findings).toEqual([
      { path: '/formData/applicant/taxCode', message: 'Mã số thuế không được để trống' },
      { path: '/formData/applicant/representative', message: 'Người đại diện theo pháp luật không được để trống' },
    ]);
  });

  it('given a schema override in x-errorMessages, then it replaces the message with the label filled in', () => {
    const findings = validateFormData(constructionPermitForm, { designer: { name: 'Công ty CP Tư vấn Thiết kế Sông Hậu', certificateCode: 'CT-1' } });
    expect(messageAt(findings, '/formData/designer/certificateCode')).toEqual([
      'Mã số chứng chỉ năng lực hoặc chứng chỉ hành nghề phải có dạng ba chữ cái in hoa, dấu gạch ngang và 8 chữ số (ví dụ HAN-00012345)',
    ]);
  });

  it('given alternatives of objects, when the data picks one by its discriminator, then only that branch is reported', () => {
    const form: FormDefinition = {
      schema: {
        type: 'object',
        properties: { applicant: { title: 'Người nộp', oneOf: [{ $ref: '#/$defs/person' }, { $ref: '#/$defs/organization' }] } },
        $defs: {
          person: { type: 'object', properties: { kind: { const: 'person' }, fullName: { type: 'string', title: 'Họ và tên' } }, required: ['kind', 'fullName'] },
          organization: { type: 'object', properties: { kind: { const: 'organization' }, taxCode: { type: 'string', title: 'Mã số thuế', format: 'vn-tax-code' } }, required: ['kind', 'taxCode'] },
        },
      },
    };
    expect(validateFormData(form, { applicant: { kind: 'organization', taxCode: '12' } })).toEqual([
      { path: '/formData/applicant/taxCode', message: 'Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của đơn vị phụ thuộc' },
    ]);
    expect(validateFormData(form, { applicant: { kind: 'robot' } })).toEqual([
      { path: '/formData/applicant', message: 'Người nộp không khớp với phương án khai nào được chấp nhận' },
    ]);
  });

  it('given another base path, then findings carry it', () => {
    expect(validateFormData(keywordForm, {}, { basePath: '' })).toEqual([{ path: '/fullName', message: 'Họ và tên không được để trống' }]);
  });

  describe('with a view', () => {
    it('given the submission view, when the officer-only register entry is wrong, then the citizen is not told', () => {
      const data = { ...validBirthRegistration(), registration: { number: 'abc' } };
      expect(validateFormData(birthRegistrationForm, data, { view: 'submission' })).toEqual([]);
      expect(validateFormData(birthRegistrationForm, data, { view: 'appraisal' }).map((f) => f.path)).toEqual([
        '/formData/registration/book',
        '/formData/registration/registeredOn',
        '/formData/registration/number',
      ]);
    });

    it('given a view that edits nothing, when the data is not even an object, then it is still refused', () => {
      expect(validateFormData(birthRegistrationForm, 'khai sinh', { view: 'approval' })).toEqual([
        { path: '/formData', message: 'Tờ khai đăng ký khai sinh phải là nhóm thông tin' },
      ]);
    });

    it('given a view editing one field of a group, when the whole group is malformed, then it is reported', () => {
      const data = { applicant: 'Phạm Quốc Bảo' };
      expect(validateFormData(constructionPermitForm, data, { view: 'reception' })).toEqual([
        { path: '/formData/applicant', message: 'Chủ đầu tư phải là nhóm thông tin' },
      ]);
    });

    it('given any view, when an unknown field is sent, then it is always reported', () => {
      const data = { ...validBirthRegistration(), injected: true };
      expect(validateFormData(birthRegistrationForm, data, { view: 'approval' })).toEqual([
        { path: '/formData/injected', message: 'Trường “injected” không có trong biểu mẫu' },
      ]);
    });
  });
});

describe('FormValidator', () => {
  it('given the same id and version, when validated twice, then the compiled validator is reused', () => {
    const validator = new FormValidator();
    const first = validator.compiled(birthRegistrationForm);
    expect(validator.compiled({ ...birthRegistrationForm, schema: { ...birthRegistrationForm.schema } })).toBe(first);
  });

  it('given no id, then the schema object itself keys the cache', () => {
    const validator = new FormValidator();
    const definition = { schema: keywordForm.schema };
    expect(validator.compiled(definition)).toBe(validator.compiled(definition));
  });

  it('given a full cache, when another form arrives, then the least recently used is compiled anew', () => {
    const validator = new FormValidator(1);
    const first = validator.compiled(birthRegistrationForm);
    validator.compiled(constructionPermitForm);
    expect(validator.compiled(birthRegistrationForm)).not.toBe(first);
  });

  it('given two versions sharing one $id, when both are compiled, then neither collides', () => {
    const validator = new FormValidator();
    const v1: FormDefinition = { id: 'f', version: 1, schema: { $id: 'https://dichvucong.example.vn/forms/f', type: 'object', properties: { a: { type: 'string' } } } };
    const v2: FormDefinition = { ...v1, version: 2, schema: { ...v1.schema, properties: { a: { type: 'integer' } } } };
    expect(validator.validate(v1, { a: 'x' })).toEqual([]);
    expect(validator.validate(v2, { a: 'x' })).toEqual([{ path: '/formData/a', message: 'a phải là số nguyên' }]);
  });

  it('given a schema that does not compile, when validated, then a coded error with Vietnamese findings is thrown', () => {
    const broken: FormDefinition = { schema: { type: 'object', properties: { a: { type: 'string', format: 'no-such-format' } } } };
    expect(() => validateFormData(broken, {})).toThrow(InvalidFormDefinitionError);
    try {
      validateFormData(broken, {});
    } catch (error) {
      expect((error as InvalidFormDefinitionError).code).toBe('FORM_DEFINITION_INVALID');
      expect((error as InvalidFormDefinitionError).findings[0].message).toBe('Định dạng “no-such-format” không được hỗ trợ');
    }
  });
});
