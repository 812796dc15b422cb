/** Where PlanDesk keeps its data: one folder, one SQLite file in it. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE_NAME = 'plandesk.sqlite';

/**
 * PLANDESK_DATA_DIR wins; otherwise the app's data folder: %APPDATA%\PlanDesk on
 * Windows, ~/Library/Application Support/PlanDesk on macOS, ~/.config/PlanDesk on Linux
 * (the same folder Electron's app.getPath('userData') gives for the name PlanDesk).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PLANDESK_DATA_DIR) return env.PLANDESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'PlanDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'PlanDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'PlanDesk');
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME);
}
