/** Cài đặt: save the office identity and the officer's name together, audited. */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import { getOfficeIdentity, getOfficerName, setOfficeIdentity, setOfficerName, type OfficeIdentity } from './office';

export function saveOfficeSettings(sql: Sql, office: OfficeIdentity, officerName: string): void {
  sql.tx(() => {
    const before = { office: getOfficeIdentity(sql), officerName: getOfficerName(sql) ?? '' };
    const normalised = Object.fromEntries(Object.entries(office).map(([k, v]) => [k, v.normalize('NFC').trim()])) as OfficeIdentity;
    setOfficeIdentity(sql, normalised);
    // the name first, so the audit entry below is already signed with it
    setOfficerName(sql, officerName);
    const after = { office: getOfficeIdentity(sql), officerName: getOfficerName(sql) ?? '' };
    if (JSON.stringify(before.office) !== JSON.stringify(after.office)) {
      recordAudit(sql, { action: 'update', entity: 'settings', entityId: null, field: 'office.identity', before: before.office, after: after.office });
    }
    if (before.officerName !== after.officerName) {
      recordAudit(sql, { action: 'update', entity: 'settings', entityId: null, field: 'officer.name', before: before.officerName, after: after.officerName });
    }
  });
}
