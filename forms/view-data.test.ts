import type { FormDefinition } from './definition';
import { constructionPermitForm } from '../processes/construction-permit/form';
import { applyView, checkEditable, mergeEditable } from './view-data';
import { FormViewNotFoundError, hasFormView, normalizeViewPath } from './views';

const address = { province: 'Thành phố Cần Thơ', commune: 'Phường Cái Khế', street: '45 Trần Văn Khéo' };

function submittedPermit(): Record<string, unknown> {
  return {
    applicant: { kind: 'individual', fullName: 'Phạm Quốc Bảo', idNumber: '092088001122', address, phone: '0939123456', email: 'bao.pham@example.vn' },
    landParcels: [
      { lotNumber: '215', mapSheetNumber: '34', area: 120.5 },
      { lotNumber: '216', mapSheetNumber: '34', area: 80 },
    ],
    works: { name: 'Nhà ở riêng lẻ', permitKind: 'new', location: address, buildingArea: 110, totalFloorArea: 330, height: 12.6, floors: 3 },
    designer: { name: 'Công ty TNHH Tư vấn Thiết kế Tây Đô' },
    expectedDurationMonths: 8,
    commitment: true,
    appraisal: { inspectedOn: '2026-03-02', conclusion: 'eligible', opinion: 'Phù hợp quy hoạch chi tiết 1/500.' },
  };
}

/** A form whose view reaches inside the items of an array. */
const inspectionForm: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      rooms: {
        type: 'array',
        title: 'Phòng',
        items: { type: 'object', title: 'Phòng', properties: { name: { type: 'string', title: 'Tên phòng' }, note: { type: 'string', title: 'Ghi chú kiểm tra' } } },
      },
    },
  },
  views: { inspector: { visible: ['rooms.*.name', '/rooms/note'], editable: ['rooms.note'] } },
};

describe('applyView', () => {
  it('given the submission view, when applied, then the appraisal is absent and the rest intact', () => {
    const visible = applyView(constructionPermitForm, 'submission', submittedPermit());
    expect(visible.appraisal).toBeUndefined();
    expect(visible.applicant).toEqual(submittedPermit().applicant);
  });

  it('given no view or "*", when applied, then everything is visible', () => {
    expect(applyView(constructionPermitForm, undefined, submittedPermit())).toEqual(submittedPermit());
    expect(applyView(constructionPermitForm, '*', submittedPermit())).toEqual(submittedPermit());
  });

  it('given a view naming fields inside array items, when applied, then items keep their positions with those fields only', () => {
    const data = { rooms: [{ name: 'Phòng khách', note: 'Đạt', secret: 1 }, { name: 'Bếp' }] };
    expect(applyView(inspectionForm, 'inspector', data)).toEqual({ rooms: [{ name: 'Phòng khách', note: 'Đạt' }, { name: 'Bếp' }] });
  });

  it('given the data, when a view is applied, then the input is not mutated', () => {
    const data = submittedPermit();
    applyView(constructionPermitForm, 'submission', data);
    expect(data).toEqual(submittedPermit());
  });

  it('given a view the form lacks, when applied, then it refuses instead of showing everything', () => {
    expect(() => applyView(constructionPermitForm, 'typo', {})).toThrow(FormViewNotFoundError);
    expect(hasFormView(constructionPermitForm, 'reception')).toBe(true);
    expect(hasFormView(constructionPermitForm, 'typo')).toBe(false);
    expect(hasFormView(constructionPermitForm, 'toString')).toBe(false);
  });
});

describe('checkEditable', () => {
  it('given the reception view, when the phone changes, then it is allowed', () => {
    const after = submittedPermit();
    (after.applicant as Record<string, unknown>).phone = '0907654321';
    expect(checkEditable(constructionPermitForm, 'reception', submittedPermit(), after)).toEqual([]);
  });

  it('given the reception view, when the name and a parcel area change, then each locked field is named', () => {
    const after = submittedPermit();
    (after.applicant as Record<string, unknown>).fullName = 'Phạm Quốc Bình';
    (after.landParcels as Record<string, unknown>[])[1].area = 95;
    expect(checkEditable(constructionPermitForm, 'reception', submittedPermit(), after)).toEqual([
      { path: '/formData/applicant/fullName', message: 'Tên chủ đầu tư không được phép thay đổi ở bước này' },
      { path: '/formData/landParcels/1/area', message: 'Thửa đất thứ 2: Diện tích thửa đất (m²) không được phép thay đổi ở bước này' },
    ]);
  });

  it('given the appraisal view, when the appraisal is written and a field outside it is added, then only the latter is reported', () => {
    const before = submittedPermit();
    delete before.appraisal;
    const after = { ...submittedPermit(), works: { ...(submittedPermit().works as object), basementFloors: 1 } };
    expect(checkEditable(constructionPermitForm, 'appraisal', before, after)).toEqual([
      { path: '/formData/works/basementFloors', message: 'Số tầng hầm không được phép thay đổi ở bước này' },
    ]);
  });

  it('given the approval view, when a whole object is removed, then every leaf of it is named', () => {
    const after = submittedPermit();
    delete after.designer;
    expect(checkEditable(constructionPermitForm, 'approval', submittedPermit(), after, { basePath: '' })).toEqual([
      { path: '/designer/name', message: 'Tên đơn vị hoặc người thiết kế không được phép thay đổi ở bước này' },
    ]);
  });

  it('given the reception view, when the client sends hidden fields the step never saw, then they are reported', () => {
    const before = applyView(constructionPermitForm, 'reception', submittedPermit());
    const sent = { ...before, appraisal: { conclusion: 'eligible' } };
    expect(checkEditable(constructionPermitForm, 'reception', before, sent)).toEqual([
      { path: '/formData/appraisal/conclusion', message: 'Kết luận thẩm định không được phép thay đổi ở bước này' },
    ]);
  });

  it('given no view, when anything changes, then nothing is reported', () => {
    expect(checkEditable(constructionPermitForm, undefined, {}, submittedPermit())).toEqual([]);
  });
});

describe('mergeEditable', () => {
  it('given the appraisal view, when the specialist sends the visible data with an appraisal and a tampered name, then only the appraisal is taken', () => {
    const before = submittedPermit();
    delete before.appraisal;
    const sent = { ...submittedPermit(), applicant: { ...(before.applicant as object), fullName: 'Người khác' } };
    const merged = mergeEditable(constructionPermitForm, 'appraisal', before, sent);
    expect(merged.appraisal).toEqual(submittedPermit().appraisal);
    expect((merged.applicant as Record<string, unknown>).fullName).toBe('Phạm Quốc Bảo');
  });

  it('given the reception view, when the email is left out, then the editable email is cleared and the rest kept', () => {
    const sent = applyView(constructionPermitForm, 'reception', submittedPermit());
    delete (sent.applicant as Record<string, unknown>).email;
    const merged = mergeEditable(constructionPermitForm, 'reception', submittedPermit(), sent);
    expect((merged.applicant as Record<string, unknown>).email).toBeUndefined();
    expect(merged.appraisal).toEqual(submittedPermit().appraisal);
  });

  it('given fields editable inside array items, when items are added or notes changed, then notes change and items do not multiply', () => {
    const before = { rooms: [{ name: 'Phòng khách' }] };
    const sent = { rooms: [{ name: 'Đổi tên', note: 'Đạt' }, { name: 'Thêm' }] };
    expect(mergeEditable(inspectionForm, 'inspector', before, sent)).toEqual({ rooms: [{ name: 'Phòng khách', note: 'Đạt' }] });
  });
});

describe('normalizeViewPath', () => {
  it('given pointers, dotted paths and wildcards, then array levels drop out and "*" alone means everything', () => {
    const schema = constructionPermitForm.schema;
    expect(normalizeViewPath(schema, '/landParcels/0/area')).toEqual(['landParcels', 'area']);
    expect(normalizeViewPath(schema, 'landParcels.*.area')).toEqual(['landParcels', 'area']);
    expect(normalizeViewPath(schema, 'landParcels.area')).toEqual(['landParcels', 'area']);
    expect(normalizeViewPath(schema, 'applicant.*')).toEqual(['applicant', '*']);
    expect(normalizeViewPath(schema, '*')).toEqual([]);
  });
});
