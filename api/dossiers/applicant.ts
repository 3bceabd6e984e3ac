import { citizenIdProblem, isTaxCode } from '../../forms';
import type { ErrorDetail } from '../errors/catalogue';

/** Người nộp hồ sơ: a citizen by their identity number, or an organisation by its tax code. */
export interface Applicant {
  fullName: string;
  idNumber: string;
  phone?: string;
  email?: string;
  address?: string;
}

export const applicantSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['fullName', 'idNumber'],
  properties: {
    fullName: { type: 'string', minLength: 2, maxLength: 200 },
    idNumber: { type: 'string', minLength: 9, maxLength: 14 },
    phone: { type: 'string', maxLength: 20 },
    email: { type: 'string', format: 'email', maxLength: 200 },
    address: { type: 'string', maxLength: 500 },
  },
} as const;

/** The identity number must be a valid 12-digit citizen ID, an old 9-digit ID or a tax code. */
export function applicantProblems(applicant: Applicant): ErrorDetail[] {
  const id = applicant.idNumber.trim();
  if (/^\d{9}$/.test(id) || isTaxCode(id)) return [];
  const problem = citizenIdProblem(id);
  return problem ? [{ path: '/applicant/idNumber', message: `Số định danh cá nhân ${problem}.` }] : [];
}

/** Che tên: the tracking page shows "Nguyễn V. A." instead of the full name. */
export function maskName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length === 1) return `${parts[0].charAt(0)}.`;
  return [parts[0], ...parts.slice(1).map((p) => `${p.charAt(0)}.`)].join(' ');
}
