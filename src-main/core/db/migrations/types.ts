/** What a migration may use: plain SQL only, so migrations stay frozen in time. */
export interface MigrationDb {
  exec(sql: string): unknown;
}

export interface Migration {
  version: number;
  name: string;
  up(db: MigrationDb): void;
}
