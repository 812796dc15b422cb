/** The CLI's commands over an open core (restore, which may run without one, is in safety-commands). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Core } from '../core/core';
import { backupNow } from '../core/safety/service';
import { reseed } from '../core/seed/service';
import type { Command } from './args';
import { call, InputError, out } from './call';
import { formatStats } from './format';
import { runBackups, runCheck, runPackageExport, runPackageImport } from './safety-commands';
import { USAGE } from './args';
import { runExport } from './export-commands';
import { runImport } from './import-command';
import { runProgressCommand } from './progress';
import { runSearch } from './search';
import type { MethodName, MethodOutput } from '../api/contract/methods';

/** The call shape the domain command modules take (input checked by the contract's zod). */
function caller(core: Core) {
  return <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => call(core, method, input as never);
}

export async function runCommand(core: Core, command: Exclude<Command, { name: 'restore' }>): Promise<number> {
  switch (command.name) {
    case 'stats': {
      const stats = await call(core, 'stats.get', {});
      process.stdout.write(command.json ? `${JSON.stringify(stats)}\n` : formatStats(stats));
      return 0;
    }
    case 'seed': {
      if (!command.reset) {
        const stats = await call(core, 'stats.get', {});
        out(
          `Cơ sở dữ liệu đã có ${stats.documents} văn bản, ${stats.plans.length} kế hoạch (dữ liệu mặc định được nạp tự động khi cơ sở dữ liệu trống).\n` +
            'Dùng "seed --reset" để thay toàn bộ dữ liệu bằng dữ liệu mặc định.',
        );
        return 0;
      }
      const backup = backupNow(core, 'reset');
      const r = reseed(core.sql);
      out(
        `Đã sao lưu dữ liệu cũ vào ${backup.file}.\nĐã nạp lại dữ liệu mặc định: ${r.documents} văn bản, ${r.plans} kế hoạch, ${r.tasks} nhiệm vụ, ${r.targets} chỉ tiêu, ${r.organizations} đơn vị.`,
      );
      return 0;
    }
    case 'backup': {
      const target = resolve(command.out);
      if (target === resolve(core.dbPath)) throw new InputError('Tệp sao lưu không được trùng với tệp dữ liệu đang dùng.');
      if (!existsSync(dirname(target))) throw new InputError(`Thư mục ${dirname(target)} không tồn tại. Hãy tạo thư mục trước hoặc chọn nơi khác.`);
      await core.backupTo(target);
      out(`Đã sao lưu cơ sở dữ liệu vào ${target}.`);
      return 0;
    }
    case 'backups':
      return runBackups(core, command.json);
    case 'check':
      return runCheck(core, command.json);
    case 'package-export':
      return runPackageExport(core, command.planIds, command.out);
    case 'package-import':
      return runPackageImport(core, command.file, command.dryRun, command.json);
    case 'import':
      return (await runImport(command, caller(core))) ?? 0;
    case 'export-plan':
    case 'export-report':
      process.stdout.write(await runExport(caller(core), command));
      return 0;
    case 'search':
      process.stdout.write(runSearch(await call(core, 'search.query', { query: command.query, limit: 50 }), command.json));
      return 0;
    case 'help':
      out(USAGE);
      return 0;
    default:
      return (await runProgressCommand(core, command, (c, method, input) => call(c, method, input as never))) ?? 0;
  }
}
