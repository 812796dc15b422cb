/** Every migration, registered statically in order. Append; never edit a released one. */
import { migration001 } from './001_initial';
import { migration002 } from './002_settings_audit';
import { migration003 } from './003_sync_identity';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
