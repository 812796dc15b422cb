/**
 * The command-line door: the same core and handler table as the app.
 * Exit codes: 0 ok, 2 usage, 3 unusable input (data folder, file), 1 unexpected.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { dispatch } from '../api/dispatch';
import type { MethodName, MethodOutput } from '../api/contract/methods';
import { Core } from '../core/core';
import { isAppError } from '../core/errors';
import { defaultDataDir } from '../core/paths';
import { reseed } from '../core/seed/service';
import { APP_VERSION } from '../core/version';
import { parseCliArgs, USAGE, UsageError, type Command } from './args';
import { formatStats } from './format';
import { runImport } from './import-command';
import { runExport } from './export-commands';
import { runProgressCommand } from './progress';
import { runSearch } from './search';

class InputError extends Error {}

async function call<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await dispatch({ core, door: 'cli', version: APP_VERSION }, method, input);
  if (!r.ok) throw new InputError(r.error.message);
  return r.value as MethodOutput<M>;
}

async function run(core: Core, command: Command): Promise<number | void> {
  switch (command.name) {
    case 'stats': {
      const stats = await call(core, 'stats.get', {});
      process.stdout.write(command.json ? `${JSON.stringify(stats)}\n` : formatStats(stats));
      return;
    }
    case 'seed': {
      if (!command.reset) {
        const stats = await call(core, 'stats.get', {});
        process.stdout.write(
          `Cơ sở dữ liệu đã có ${stats.documents} văn bản, ${stats.plans.length} kế hoạch (dữ liệu mặc định được nạp tự động khi cơ sở dữ liệu trống).\n` +
            'Dùng "seed --reset" để thay toàn bộ dữ liệu bằng dữ liệu mặc định.\n',
        );
        return;
      }
      const backupDir = join(core.dataDir, 'backups');
      mkdirSync(backupDir, { recursive: true });
      const backupFile = join(backupDir, `truoc-khi-nap-lai-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
      await core.backupTo(backupFile);
      const r = reseed(core.sql);
      process.stdout.write(
        `Đã sao lưu dữ liệu cũ vào ${backupFile}.\nĐã nạp lại dữ liệu mặc định: ${r.documents} văn bản, ${r.plans} kế hoạch, ${r.tasks} nhiệm vụ, ${r.targets} chỉ tiêu, ${r.organizations} đơn vị.\n`,
      );
      return;
    }
    case 'backup': {
      const out = resolve(command.out);
      if (out === resolve(core.dbPath)) throw new InputError('Tệp sao lưu không được trùng với tệp dữ liệu đang dùng.');
      if (!existsSync(dirname(out))) throw new InputError(`Thư mục ${dirname(out)} không tồn tại. Hãy tạo thư mục trước hoặc chọn nơi khác.`);
      await core.backupTo(out);
      process.stdout.write(`Đã sao lưu cơ sở dữ liệu vào ${out}.\n`);
      return;
    }
    case 'import':
      return runImport(command, (method, input) => call(core, method, input));
    case 'export-plan':
    case 'export-report':
      process.stdout.write(await runExport((method, input) => call(core, method, input), command));
      return;
    case 'search':
      process.stdout.write(runSearch(await call(core, 'search.query', { query: command.query, limit: 50 }), command.json));
      return;
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      return runProgressCommand(core, command, call);
  }
}

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
  if (parsed.command.name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let core: Core | undefined;
  try {
    core = Core.open({ dataDir: resolve(parsed.dataDir ?? defaultDataDir()) });
    return (await run(core, parsed.command)) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message} Gõ "npm run cli -- --help" để xem cách dùng.\n`);
      return 2;
    }
    if (e instanceof InputError || isAppError(e)) {
      process.stderr.write(`${e.message}\n`);
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
