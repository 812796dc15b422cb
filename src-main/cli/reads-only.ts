/**
 * Which CLI commands only read the database. The CLI opens like the app (quick_check in a
 * worker after open, core/safety/background-check.ts) instead of checking the whole file
 * before every command: a command that only reads runs at once beside the check; every
 * other command waits for the check's answer before it writes, so a damaged file has
 * turned read-only first and the write is refused with the usual message. A command not
 * listed here waits (a new command is safe by default).
 */
import type { Command } from './args';

export function readsOnly(command: Command): boolean {
  switch (command.name) {
    case 'help':
    case 'stats':
    case 'search':
    case 'backups':
    case 'backup': // a copy through SQLite's backup API reads
    case 'export-plan':
    case 'export-report':
    case 'export-template':
    case 'status':
      return true;
    case 'seed':
      return !command.reset;
    case 'periods':
      return command.action === 'list';
    case 'import':
    case 'package-import':
    case 'import-progress':
      return command.dryRun;
    default:
      return false; // check (reports the damage the background check finds), restore, package-export, writes
  }
}
