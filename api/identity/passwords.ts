import { hash, verify } from '@node-rs/argon2';
import type { ErrorDetail } from '../errors/catalogue';

/** argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * A hash of nothing anybody knows, verified when the username does not exist, so that a
 * failed login costs the same time whether or not the account exists.
 */
let decoyHash: Promise<string> | undefined;
export function decoyVerify(password: string): Promise<boolean> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  return decoyHash.then((h) => verifyPassword(h, password));
}

const COMMON = ['password', 'matkhau', '12345678', 'qwerty', 'admin', 'abc123', '11111111', 'iloveyou'];

/** Mật khẩu mạnh: at least 10 characters with lower and upper case letters and a digit. */
export function passwordWeaknesses(password: string, username: string, path = '/password'): ErrorDetail[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('ít nhất 10 ký tự');
  if (!/[a-zà-ỹ]/.test(password)) problems.push('có chữ thường');
  if (!/[A-ZÀ-Ỹ]/.test(password)) problems.push('có chữ hoa');
  if (!/[0-9]/.test(password)) problems.push('có chữ số');
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) problems.push('không chứa tên đăng nhập');
  if (COMMON.some((c) => lower.includes(c))) problems.push('không chứa cụm từ phổ biến dễ đoán');
  return problems.length ? [{ path, message: `Mật khẩu phải ${problems.join(', ')}.` }] : [];
}
