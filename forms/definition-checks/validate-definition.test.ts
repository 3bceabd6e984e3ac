import type { FormDefinition, SchemaNode } from '../definition';
import { birthRegistrationForm } from '../../processes/birth-registration/form';
import { constructionPermitForm } from '../../processes/construction-permit/form';
import { validateFormDefinition } from './validate-definition';

/** A small valid form to break one way at a time. */
function form(overrides: Partial<FormDefinition> = {}): FormDefinition {
  return {
    schema: {
      type: 'object',
      required: ['fullName'],
      properties: {
        fullName: { type: 'string', title: 'Họ và tên' },
        area: { type: 'number', title: 'Diện tích' },
        gender: { type: 'string', title: 'Giới tính', enum: ['male', 'female'], 'x-enumLabels': ['Nam', 'Nữ'] },
        parcels: { type: 'array', title: 'Thửa đất', items: { type: 'object', properties: { area: { type: 'number', title: 'Diện tích thửa' } } } },
        appraisal: { type: 'string', title: 'Ý kiến thẩm định' },
      },
    },
    layout: { sections: [{ id: 'main', fields: ['fullName', 'area', 'gender', { path: 'parcels', fields: ['area'] }, 'appraisal'] }] },
    views: { submission: { visible: ['fullName', 'area', 'gender', 'parcels'], editable: ['fullName', 'area', 'gender', 'parcels'] } },
    ...overrides,
  };
}

function withSchema(properties: Record<string, SchemaNode>, extra: Partial<SchemaNode> = {}): FormDefinition {
  return { schema: { type: 'object', properties, ...extra } };
}

describe('validateFormDefinition', () => {
  it('given the example forms, when checked, then they have no finding', () => {
    expect(validateFormDefinition(constructionPermitForm)).toEqual([]);
    expect(validateFormDefinition(birthRegistrationForm)).toEqual([]);
    expect(validateFormDefinition(form())).toEqual([]);
  });

  describe('given a malformed definition', () => {
    it.each([
      ['not an object', 'a form', { path: '', message: 'Định nghĩa biểu mẫu phải là một đối tượng JSON' }],
      ['no schema', {}, { path: '/schema', message: 'Biểu mẫu phải có lược đồ dữ liệu (schema) là một đối tượng JSON Schema' }],
      ['a root that is not an object', { schema: { type: 'string' } }, { path: '/schema/type', message: 'Lược đồ gốc của biểu mẫu phải có type là object' }],
      [
        'an older draft',
        { schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' } },
        { path: '/schema/$schema', message: 'Lược đồ phải theo JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12/schema)' },
      ],
    ])('when it has %s, then it is refused', (_case, input, finding) => {
      expect(validateFormDefinition(input)).toEqual([finding]);
    });
  });

  describe('given a schema that is not valid JSON Schema', () => {
    it.each([
      ['an unknown type', withSchema({ a: { type: 'strin' as never } }), '/schema/properties/a/type'],
      ['a misspelt keyword', withSchema({ a: { type: 'string', titel: 'A' } }), '/schema/properties/a'],
      ['an unknown format', withSchema({ b: { type: 'string', format: 'vn-passport' } }), '/schema/properties/b'],
      ['a broken regular expression', withSchema({ c: { type: 'string', pattern: '(' } }), '/schema/properties/c'],
      ['a reference to nothing', withSchema({ d: { $ref: '#/$defs/missing' } }), '/schema/properties/d'],
      ['a malformed extension keyword', withSchema({ e: { type: 'string', 'x-enumLabels': 'Nam' as never } }), '/schema/properties/e'],
    ])('when it has %s, then a Vietnamese finding points at it', (_case, definition, path) => {
      const findings = validateFormDefinition(definition);
      expect(findings).toHaveLength(1);
      expect(findings[0].path).toBe(path);
      expect(findings[0].message).not.toMatch(/\b(must|unknown|strict)\b/);
    });

    it('when a keyword is misspelt, then the finding names it', () => {
      expect(validateFormDefinition(withSchema({ a: { type: 'string', titel: 'A' } }))[0].message).toBe('Từ khóa “titel” không được hỗ trợ trong lược đồ biểu mẫu');
    });
  });

  describe('given a schema bomb', () => {
    it('when it nests a million levels deep, then one finding comes back without overflowing the stack', () => {
      let deep: SchemaNode = { type: 'string' };
      for (let i = 0; i < 1_000_000; i++) deep = { type: 'object', properties: { a: deep } };
      const findings = validateFormDefinition({ schema: deep });
      expect(findings).toHaveLength(1);
      expect(findings[0].message).toBe('Lược đồ lồng nhau quá sâu: vượt 40 cấp');
    });

    it('when an enumeration is huge, then it is refused', () => {
      const values = Array.from({ length: 5000 }, (_, i) => `v${i}`);
      expect(validateFormDefinition(withSchema({ a: { type: 'string', enum: values } }))).toEqual([
        { path: '/schema/properties/a/enum', message: 'Danh sách giá trị (enum) có 5000 phần tử, vượt giới hạn 2000' },
      ]);
    });

    it('when the schema has too many nodes, then it is refused', () => {
      const properties = Object.fromEntries(Array.from({ length: 25000 }, (_, i) => [`f${i}`, { type: 'string' }])) as Record<string, SchemaNode>;
      expect(validateFormDefinition(withSchema(properties))[0].message).toBe('Lược đồ quá lớn: vượt 20000 nút');
    });

    it('when a pattern backtracks exponentially, then it is refused', () => {
      expect(validateFormDefinition(withSchema({ a: { type: 'string', pattern: '^(a+)+$' } }))[0]).toEqual({
        path: '/schema/properties/a/pattern',
        message: 'Biểu thức chính quy ^(a+)+$ có lượng từ lồng nhau, có thể làm máy chủ treo; hãy viết lại',
      });
    });

    it('when a reference is remote or recursive, then it is refused', () => {
      expect(validateFormDefinition(withSchema({ a: { $ref: 'https://example.com/schema.json' } }))[0].message).toBe(
        'Chỉ được tham chiếu ($ref) tới định nghĩa trong cùng lược đồ, không tới https://example.com/schema.json',
      );
      const recursive = withSchema({ tree: { $ref: '#/$defs/node' } }, { $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } } });
      expect(validateFormDefinition(recursive)).toEqual([
        { path: '/schema/$defs/node', message: 'Lược đồ tham chiếu vòng tới #/$defs/node: biểu mẫu không hỗ trợ cấu trúc đệ quy' },
      ]);
    });
  });

  describe('given schema annotations', () => {
    it.each([
      [withSchema({ '12': { type: 'string' } }), '/schema/properties/12', 'Tên trường “12” không được chỉ gồm chữ số (trùng với chỉ số của danh sách)'],
      [withSchema({ g: { type: 'string', enum: ['a', 'b'], 'x-enumLabels': ['A'] } }), '/schema/properties/g/x-enumLabels', 'Số nhãn (x-enumLabels) phải bằng số giá trị của enum'],
      [withSchema({ n: { type: 'string', 'x-autofill': 'vneid.name' } }), '/schema/properties/n/x-autofill', 'Nguồn điền sẵn “vneid.name” phải bắt đầu bằng identity. hoặc personalData.'],
    ])('when one is inconsistent, then it is named', (definition, path, message) => {
      expect(validateFormDefinition(definition)).toEqual([{ path, message }]);
    });
  });

  describe('given a layout', () => {
    const fields = (entries: unknown[]) => form({ layout: { sections: [{ id: 'main', fields: entries as never }] } });

    it.each([
      ['a field the schema lacks', ['fullName', 'phone'], '/layout/sections/0/fields/1', 'Bố cục tham chiếu trường “phone” không có trong lược đồ'],
      ['a field placed twice', ['fullName', 'fullName'], '/layout/sections/0/fields/1', 'Trường “fullName” xuất hiện nhiều lần trong bố cục'],
      ['a date picker on a number', ['fullName', { path: 'area', widget: 'date' }], '/layout/sections/0/fields/1/widget', 'Kiểu hiển thị “date” không dùng được cho trường “area” có kiểu number'],
      ['an unknown widget', ['fullName', { path: 'area', widget: 'slider' }], '/layout/sections/0/fields/1/widget', 'Kiểu hiển thị “slider” không được hỗ trợ'],
      ['a select without options', ['fullName', { path: 'appraisal', widget: 'select' }], '/layout/sections/0/fields/1/widget', 'Trường “appraisal” hiển thị dạng select nhưng không có danh sách lựa chọn'],
      ['an option the schema refuses', ['fullName', { path: 'gender', options: [{ value: 'other', label: 'Khác' }] }], '/layout/sections/0/fields/1/options/0', 'Lựa chọn “other” của trường “gender” không có trong lược đồ'],
      ['an item field outside its list', ['fullName', 'parcels.area'], '/layout/sections/0/fields/1', 'Trường “parcels.area” nằm trong danh sách “parcels”: hãy khai báo nó trong fields của danh sách'],
      ['a condition on a missing field', ['fullName', { path: 'area', visibleWhen: { path: 'kind', equals: 'x' } }], '/layout/sections/0/fields/1/visibleWhen', 'Điều kiện hiển thị tham chiếu trường “kind” không có trong lược đồ'],
      ['an undeclared dossier component', ['fullName', { path: 'appraisal', widget: 'file', component: 'BAN_VE' }], '/layout/sections/0/fields/1/component', 'Thành phần hồ sơ “BAN_VE” không được khai báo trong components của biểu mẫu'],
      ['a required field left out', ['area'], '/layout', 'Trường bắt buộc “Họ và tên” (fullName) không có trong bố cục nên người nộp không thể khai'],
    ])('when it has %s, then it is named', (_case, entries, path, message) => {
      expect(validateFormDefinition(fields(entries))).toContainEqual({ path, message });
    });

    it('when a required field inside a required object is left out, then the finding names it', () => {
      const definition: FormDefinition = {
        ...birthRegistrationForm,
        layout: { sections: [{ id: 'only', fields: ['requester.fullName', 'requester.idNumber', 'requester.residence', 'child', 'mother', 'copies'] }] },
      };
      expect(validateFormDefinition(definition)).toEqual([
        { path: '/layout', message: 'Trường bắt buộc “Quan hệ với người được khai sinh” (requester.relationship) không có trong bố cục nên người nộp không thể khai' },
      ]);
    });

    it('when pages and sections are both given, or page ids repeat, then it is refused', () => {
      const both = form({ layout: { pages: [{ id: 'p', title: 'Trang', sections: [] }], sections: [] } });
      expect(validateFormDefinition(both)).toContainEqual({ path: '/layout', message: 'Bố cục chỉ khai báo pages hoặc sections, không cả hai' });
      const page = { id: 'p', title: 'Trang', sections: [{ id: 's', fields: ['fullName'] }] };
      const twice = form({ layout: { pages: [page, { ...page, sections: [{ id: 't', fields: ['area'] }] }] } });
      expect(validateFormDefinition(twice)).toEqual([{ path: '/layout/pages/1/id', message: 'Mã trang “p” bị trùng' }]);
    });
  });

  describe('given views', () => {
    it.each([
      [{ reception: { visible: ['fullName', 'phone'], editable: [] } }, '/views/reception/visible/1', 'Khung nhìn “reception” tham chiếu trường “phone” không có trong lược đồ'],
      [{ appraisal: { visible: ['fullName'], editable: ['appraisal'] } }, '/views/appraisal/editable/0', 'Khung nhìn “appraisal” cho sửa trường “appraisal” nhưng không hiển thị trường đó'],
      [{ '*': { visible: [], editable: [] } }, '/views/*', 'Tên khung nhìn “*” không hợp lệ'],
      [{ broken: { visible: 'fullName', editable: [] } }, '/views/broken/visible', 'Phải là danh sách các đường dẫn trường'],
    ])('when one is inconsistent, then it is named', (views, path, message) => {
      expect(validateFormDefinition(form({ views: views as never }))).toEqual([{ path, message }]);
    });

    it('when paths use wildcards or reach into list items, then they are accepted', () => {
      const views = { specialist: { visible: ['*'], editable: ['parcels.*.area', '/appraisal'] } };
      expect(validateFormDefinition(form({ views }))).toEqual([]);
    });
  });

  describe('given dossier components', () => {
    it('when codes repeat or a flag is missing, then each problem is named', () => {
      const components = [
        { code: 'GIAY_TO_DAT', name: 'Giấy tờ về đất', required: true },
        { code: 'GIAY_TO_DAT', name: 'Bản sao giấy tờ về đất', required: 'có' },
      ];
      expect(validateFormDefinition(form({ components: components as never }))).toEqual([
        { path: '/components/1/code', message: 'Mã thành phần hồ sơ “GIAY_TO_DAT” bị trùng' },
        { path: '/components/1/required', message: 'Thành phần hồ sơ “GIAY_TO_DAT” phải nêu rõ có bắt buộc hay không' },
      ]);
    });
  });
});
