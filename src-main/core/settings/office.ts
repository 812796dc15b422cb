/**
 * The office identity used by exports and forms, and the officer's name used in the
 * audit log. Defaults are the Sở's; Cài đặt edits them.
 */
import { z } from 'zod';
import type { Sql } from '../db/exec';
import { getSetting, setSetting } from './service';

export const officeIdentitySchema = z.object({
  parentAgency: z.string().trim().min(1),
  agency: z.string().trim().min(1),
  /** symbol used in ký hiệu: 05/KH-SGDĐT */
  symbol: z.string().trim().min(1),
  place: z.string().trim().min(1),
  signerAuthority: z.string().trim(),
  signerPosition: z.string().trim().min(1),
  signerName: z.string().trim(),
});
export type OfficeIdentity = z.infer<typeof officeIdentitySchema>;

export const DEFAULT_OFFICE: OfficeIdentity = {
  parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG',
  agency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  symbol: 'SGDĐT',
  place: 'Hải Phòng',
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerPosition: 'PHÓ GIÁM ĐỐC',
  signerName: '',
};

const OFFICE_KEY = 'office.identity';
const OFFICER_KEY = 'officer.name';

export function getOfficeIdentity(sql: Sql): OfficeIdentity {
  return getSetting(sql, OFFICE_KEY, officeIdentitySchema, DEFAULT_OFFICE);
}

export function setOfficeIdentity(sql: Sql, value: OfficeIdentity): void {
  setSetting(sql, OFFICE_KEY, officeIdentitySchema.parse(value));
}

/** The officer's name recorded as "who" in the audit log; null until set in Cài đặt. */
export function getOfficerName(sql: Sql): string | null {
  const name = getSetting(sql, OFFICER_KEY, z.string(), '');
  return name.trim() === '' ? null : name.trim();
}

export function setOfficerName(sql: Sql, name: string): void {
  setSetting(sql, OFFICER_KEY, name.normalize('NFC').trim());
}
