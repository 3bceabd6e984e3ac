import { EntitySchema } from '@mikro-orm/core';

/** Tài khoản cán bộ: an officer's local account (citizens sign in through OIDC instead). */
export interface User {
  id: number;
  username: string;
  passwordHash: string;
  fullName: string;
  email?: string | null;
  agencyId?: number | null;
  departmentId?: number | null;
  /** Đổi mật khẩu lần đầu: set for new accounts and after a reset. */
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil?: Date | null;
  /** Thu hồi tài khoản: a revoked account can no longer sign in, and its tokens stop working. */
  revokedAt?: Date | null;
  /** Bumped to invalidate every token issued before (password change, revocation, reset). */
  tokenVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One role an officer holds in their agency (casbin's `g = user, role, agency`). */
export interface UserRole {
  userId: number;
  role: string;
}

export const UserSchema = new EntitySchema<User>({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: { type: 'number', primary: true, autoincrement: true },
    username: { type: 'string', unique: true },
    passwordHash: { type: 'string', fieldName: 'password_hash', lazy: false },
    fullName: { type: 'string', fieldName: 'full_name' },
    email: { type: 'string', nullable: true },
    agencyId: { type: 'number', fieldName: 'agency_id', nullable: true },
    departmentId: { type: 'number', fieldName: 'department_id', nullable: true },
    mustChangePassword: { type: 'boolean', fieldName: 'must_change_password' },
    failedLogins: { type: 'number', fieldName: 'failed_logins' },
    lockedUntil: { type: 'Date', fieldName: 'locked_until', columnType: 'timestamptz', nullable: true },
    revokedAt: { type: 'Date', fieldName: 'revoked_at', columnType: 'timestamptz', nullable: true },
    tokenVersion: { type: 'number', fieldName: 'token_version' },
    createdAt: { type: 'Date', fieldName: 'created_at', columnType: 'timestamptz', onCreate: () => new Date() },
    updatedAt: {
      type: 'Date', fieldName: 'updated_at', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date(),
    },
  },
});

export const UserRoleSchema = new EntitySchema<UserRole>({
  name: 'UserRole',
  tableName: 'user_role',
  properties: {
    userId: { type: 'number', fieldName: 'user_id', primary: true },
    role: { type: 'string', primary: true },
  },
});
