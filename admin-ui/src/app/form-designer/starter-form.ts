import type { FormDefinition } from '@forms';
import type { ProcedureVersion } from '../catalogue/catalogue-api';

/**
 * The form a draft without one starts from: the applicant's name and citizen ID (autofilled from
 * VNeID) and the record's dossier components, so that publication's component check passes.
 */
export function starterForm(version: ProcedureVersion): FormDefinition {
  return {
    id: version.code,
    version: 1,
    title: `Tờ khai ${version.name.charAt(0).toLowerCase()}${version.name.slice(1)}`,
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      required: ['fullName', 'idNumber'],
      properties: {
        fullName: { type: 'string', title: 'Họ và tên', maxLength: 100, 'x-autofill': 'identity.fullName' },
        idNumber: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd', 'x-autofill': 'identity.idNumber' },
        phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone', 'x-autofill': 'identity.phone' },
      },
    },
    components: version.components.map((c) => ({ code: c.code, name: c.name, required: c.required })),
  };
}
