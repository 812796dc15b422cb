/** Format settings (Cài đặt › Thể thức văn bản): stored with the settings service, audited. */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import { getSetting, setSetting } from '../settings/service';
import { DEFAULT_FORMAT, formatSettingsSchema, type FormatSettings } from './format-schema';

const KEY = 'exports.format';

export function getFormatSettings(sql: Sql): FormatSettings {
  // a stored value from an older version may lack new keys: fill them from the defaults
  const stored = getSetting(sql, KEY, formatSettingsSchema.partial(), {});
  return { ...DEFAULT_FORMAT, ...stored };
}

export function setFormatSettings(sql: Sql, value: FormatSettings): FormatSettings {
  const next = formatSettingsSchema.parse(value);
  return sql.tx(() => {
    const before = getFormatSettings(sql);
    setSetting(sql, KEY, next);
    recordAudit(sql, { action: 'settings.update', entity: 'setting', entityId: null, field: KEY, before, after: next });
    return next;
  });
}
