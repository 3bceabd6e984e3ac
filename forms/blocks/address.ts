/**
 * A Vietnamese postal address after the July 2025 reform: two administrative tiers (province,
 * then commune, ward or special zone), no district. Shared by the example forms.
 */
import type { SchemaNode } from '../definition';

/** Địa chỉ: tỉnh, thành phố; xã, phường, đặc khu; số nhà, đường, thôn, tổ dân phố. */
export const addressSchema: SchemaNode = {
  type: 'object',
  title: 'Địa chỉ',
  additionalProperties: false,
  required: ['province', 'commune', 'street'],
  properties: {
    province: { type: 'string', title: 'Tỉnh, thành phố', minLength: 1, maxLength: 100 },
    commune: { type: 'string', title: 'Xã, phường, đặc khu', minLength: 1, maxLength: 100 },
    street: { type: 'string', title: 'Số nhà, đường, thôn, tổ dân phố', minLength: 1, maxLength: 200 },
  },
};
