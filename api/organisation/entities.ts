import { EntitySchema } from '@mikro-orm/core';

/** Cấp hành chính: a configurable administrative level (province, district, commune, …). */
export interface AdminLevel {
  code: string;
  name: string;
  rank: number;
}

/**
 * Cơ quan: an agency in the province's tree, identified by its electronic identifier code
 * (mã định danh điện tử, QĐ 20/2020/QĐ-TTg), which prefixes every dossier code.
 * `path` is the chain of ancestor ids (`/1/4/9/`) so a subtree is one indexed prefix match.
 */
export interface Agency {
  id: number;
  code: string;
  name: string;
  levelCode: string;
  parentId?: number | null;
  path: string;
  createdAt: Date;
}

/** Phòng chuyên môn: a department inside an agency. */
export interface Department {
  id: number;
  agencyId: number;
  code: string;
  name: string;
}

/** Lĩnh vực: the sector that classifies procedures. */
export interface Sector {
  id: number;
  code: string;
  name: string;
}

export const AdminLevelSchema = new EntitySchema<AdminLevel>({
  name: 'AdminLevel',
  tableName: 'admin_level',
  properties: {
    code: { type: 'string', primary: true },
    name: { type: 'string' },
    rank: { type: 'number' },
  },
});

export const AgencySchema = new EntitySchema<Agency>({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    id: { type: 'number', primary: true, autoincrement: true },
    code: { type: 'string', unique: true },
    name: { type: 'string' },
    levelCode: { type: 'string', fieldName: 'level_code' },
    parentId: { type: 'number', fieldName: 'parent_id', nullable: true },
    path: { type: 'string' },
    createdAt: { type: 'Date', fieldName: 'created_at', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});

export const DepartmentSchema = new EntitySchema<Department>({
  name: 'Department',
  tableName: 'department',
  properties: {
    id: { type: 'number', primary: true, autoincrement: true },
    agencyId: { type: 'number', fieldName: 'agency_id' },
    code: { type: 'string' },
    name: { type: 'string' },
  },
});

export const SectorSchema = new EntitySchema<Sector>({
  name: 'Sector',
  tableName: 'sector',
  properties: {
    id: { type: 'number', primary: true, autoincrement: true },
    code: { type: 'string', unique: true },
    name: { type: 'string' },
  },
});
