import type { EntityManager } from '@mikro-orm/postgresql';
import { isTaxCode, normalizeCitizenId, normalizePhoneNumber, normalizeTaxCode } from '../../forms';
import { sql } from '../db/sql';
import { AppError } from '../errors/catalogue';

/** Địa chỉ after the 2025 reform: province, then commune (xã, phường, đặc khu), then the street. */
export interface AddressDetail {
  province: string;
  commune: string;
  street: string;
}

/** The identity the provider vouches for, in the platform's words. */
export interface IdentityClaims {
  subject: string;
  kind: 'person' | 'organisation';
  fullName: string;
  idNumber: string | null;
  taxCode: string | null;
  birthDate: string | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  addressDetail: AddressDetail | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Reads the claims of VNeID / the national portal's SSO: the standard OpenID Connect ones (sub,
 * name, birthdate, gender, phone_number, email, address) and `id_number`, `tax_code`, `kind`.
 * An organisation is one that signs in with a tax code and no personal identity number.
 */
export function identityFromClaims(claims: Record<string, unknown>): IdentityClaims {
  const subject = text(claims.sub);
  const fullName = text(claims.name);
  if (!subject || !fullName) throw new Error('the identity claims lack sub or name');
  const rawId = text(claims.id_number);
  const rawTax = text(claims.tax_code);
  const taxCode = rawTax ? (normalizeTaxCode(rawTax) ?? rawTax) : null;
  const address = typeof claims.address === 'object' && claims.address !== null ? claims.address as Record<string, unknown> : null;
  const province = text(address?.region);
  const commune = text(address?.locality);
  const street = text(address?.street_address);
  const birthDate = text(claims.birthdate);
  const phone = text(claims.phone_number);
  return {
    subject,
    kind: claims.kind === 'organisation' || (taxCode !== null && isTaxCode(taxCode) && !rawId) ? 'organisation' : 'person',
    fullName,
    idNumber: rawId ? normalizeCitizenId(rawId) : null,
    taxCode,
    birthDate: birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : null,
    gender: text(claims.gender),
    phone: phone ? (normalizePhoneNumber(phone) ?? phone) : null,
    email: text(claims.email),
    address: text(address?.formatted) ?? ([street, commune, province].filter(Boolean).join(', ') || null),
    addressDetail: province && commune && street ? { province, commune, street } : null,
  };
}

/**
 * Creates or refreshes the account at each sign-in. The provider's identity wins; a phone or
 * e-mail the citizen set on the portal is kept over the provider's.
 */
export async function upsertCitizen(em: EntityManager, identity: IdentityClaims, now: Date): Promise<{ id: number; tokenVersion: number }> {
  const row = await sql(em).one<{ id: number; token_version: number }>(
    `insert into citizen (subject, kind, id_number, tax_code, full_name, birth_date, gender, phone, email, address, address_detail,
                          last_sign_in_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (subject) do update set
       kind = excluded.kind, id_number = excluded.id_number, tax_code = excluded.tax_code, full_name = excluded.full_name,
       birth_date = excluded.birth_date, gender = excluded.gender, phone = coalesce(citizen.phone, excluded.phone),
       email = coalesce(citizen.email, excluded.email), address = excluded.address,
       address_detail = coalesce(excluded.address_detail, citizen.address_detail), last_sign_in_at = excluded.last_sign_in_at,
       updated_at = excluded.updated_at
     returning id, token_version`,
    [identity.subject, identity.kind, identity.idNumber, identity.taxCode, identity.fullName, identity.birthDate, identity.gender,
      identity.phone, identity.email, identity.address, identity.addressDetail ? JSON.stringify(identity.addressDetail) : null, now, now, now],
  );
  return { id: row!.id, tokenVersion: row!.token_version };
}

interface ProfileRow {
  kind: 'person' | 'organisation'; full_name: string; id_number: string | null; tax_code: string | null; birth_date: string | null;
  gender: string | null; phone: string | null; email: string | null; address: string | null; address_detail: AddressDetail | null;
}

/**
 * Hồ sơ cá nhân: the account as the portal shows it, with `identity` ready for the forms' autofill
 * (`identity.fullName`, `identity.idNumber`, `identity.address`, …).
 */
export async function citizenProfile(em: EntityManager, citizenId: number) {
  const row = await sql(em).one<ProfileRow>(
    `select kind, full_name, id_number, tax_code, to_char(birth_date, 'YYYY-MM-DD') as birth_date, gender, phone, email, address, address_detail
       from citizen where id = ?`, [citizenId],
  );
  if (!row) throw new AppError('TOKEN_INVALID');
  const identity: Record<string, unknown> = {
    fullName: row.full_name, idNumber: row.id_number ?? row.tax_code, taxCode: row.tax_code, birthDate: row.birth_date, gender: row.gender,
    phone: row.phone, email: row.email, address: row.address_detail ?? row.address,
  };
  for (const key of Object.keys(identity)) if (identity[key] === null) delete identity[key];
  return {
    kind: row.kind, fullName: row.full_name, idNumber: row.id_number, taxCode: row.tax_code, birthDate: row.birth_date, gender: row.gender,
    phone: row.phone, email: row.email, address: row.address, addressDetail: row.address_detail, identity,
  };
}

/** The contact details the citizen may change: a Vietnamese phone number and an e-mail address. */
export async function updateContact(em: EntityManager, citizenId: number, change: { phone?: string | null; email?: string | null }, now: Date) {
  const sets: string[] = [];
  const params: unknown[] = [];
  if (change.phone !== undefined) {
    const phone = change.phone === null || change.phone.trim() === '' ? null : normalizePhoneNumber(change.phone);
    if (phone === undefined) throw new AppError('VALIDATION_FAILED', [{ path: '/phone', message: 'Số điện thoại không đúng (ví dụ: 0912 345 678).' }]);
    sets.push('phone = ?');
    params.push(phone);
  }
  if (change.email !== undefined) {
    sets.push('email = ?');
    params.push(change.email === null || change.email.trim() === '' ? null : change.email.trim());
  }
  if (sets.length > 0) await sql(em).run(`update citizen set ${sets.join(', ')}, updated_at = ? where id = ?`, [...params, now, citizenId]);
  return citizenProfile(em, citizenId);
}
