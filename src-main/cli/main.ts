/**
 * The command-line door: the same core and handler table as the app.
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
  try {
    if (command.name === 'restore') return runRestore(dataDir, command.file);
    core = Core.open({ dataDir });
    if (core.readOnly) process.stderr.write(`Cảnh báo: dữ liệu đang mở ở chế độ chỉ đọc: ${core.readOnlyReason}\n`);
    return await runCommand(core, command);
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
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong muốn: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  },
);
