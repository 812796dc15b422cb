/**
 * The command-line door: the same core and handler table as the app, opened like the app
 * (quick_check after open, in a worker; see reads-only.ts for who waits for it).
 * Exit codes: 0 ok, 2 usage, 3 unusable input (data folder, file, damaged data), 1 unexpected.
 */
import { resolve } from 'node:path';
import { Core } from '../core/core';
import { isAppError } from '../core/errors';
import { defaultDataDir } from '../core/paths';
import { storageError } from '../core/safety/storage-errors';
import { parseCliArgs, USAGE, UsageError } from './args';
import { InputError } from './call';
import { runCommand } from './commands';
import { readsOnly } from './reads-only';
import { runRestore } from './safety-commands';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message} Gõ "npm run cli -- --help" để xem cách dùng.\n`);
      return 2;
    }
    throw e;
  }
  const command = parsed.command;
  if (command.name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dataDir = resolve(parsed.dataDir ?? defaultDataDir());
  let core: Core | undefined;
  // the check and backup workers and the daily backup's timer do not hold the process open: this does, until the command is over
  const keepAlive = setInterval(() => undefined, 1 << 30);
  try {
    if (command.name === 'restore') return await runRestore(dataDir, command.file);
    // quick_check in a worker after open, as in the app: a command that only reads does not wait for it
    core = Core.open({ dataDir, integrityCheck: 'after-open' });
    const opened = core;
    let warned = false;
    const warnReadOnly = () => {
      if (warned || !opened.readOnly) return;
      warned = true;
      process.stderr.write(`Cảnh báo: dữ liệu đang mở ở chế độ chỉ đọc: ${opened.readOnlyReason}\n`);
    };
    warnReadOnly();
    if (!readsOnly(command)) {
      await core.integrityChecked; // damage found → read-only now: the write is refused, nothing written
      warnReadOnly();
    }
    const code = await runCommand(core, command);
    await core.startupSettled; // the day's first command leaves its daily backup (once the check passed)
    warnReadOnly();
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message} Gõ "npm run cli -- --help" để xem cách dùng.\n`);
      return 2;
    }
    const known = e instanceof InputError || isAppError(e) ? e : storageError(e, core?.readOnlyReason ?? null);
    if (known) {
      process.stderr.write(`${known.message}\n`);
      return 3;
    }
    process.stderr.write(`Lỗi không mong muốn: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  } finally {
    core?.close();
    clearInterval(keepAlive);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong muốn: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  },
);
