/** Every migration, registered statically in order. Append; never edit a released one. */
import { migration001 } from './001_initial';
import { migration002 } from './002_settings_audit';
import { migration003 } from './003_audit_changes';
import { migration004 } from './004_imports';
import { migration005 } from './005_progress';
import { migration006 } from './006_search_views';
import { migration007 } from './007_sync_identity';
import { migration008 } from './008_deferred_search';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
