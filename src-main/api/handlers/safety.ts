/** Handlers for methods/safety.ts of the contract: thin calls into core/safety. */
import { basename } from 'node:path';
import { checkDatabase } from '../../core/safety/check';
import { addBackupFile } from '../../core/safety/external';
import { detectDataLocation, localDataSuggestion } from '../../core/safety/location';
import { exportPackage, importPackage, listPackageImports, previewPackage, undoPackageImport } from '../../core/safety/package/service';
import { backupFileByName, previewRestore, restoreBackup } from '../../core/safety/restore';
import { backupInBackground, changeMirrorDir, listBackups, safetyStatus } from '../../core/safety/service';
import type { HandlerMap } from './types';

const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

export const safetyHandlers = {
  // wait for the start's background check and daily backup: the banner shows what they find
  'safety.status': async (ctx) => {
    await ctx.core.integrityChecked;
    await ctx.core.startupSettled;
    return safetyStatus(ctx.core);
  },
  'safety.check': (ctx) => checkDatabase(ctx.core.sql, ctx.core.readOnly),
  'safety.location': (ctx) => ({
    dataDir: ctx.core.dataDir,
    ...detectDataLocation(ctx.core.dataDir),
    localSuggestion: localDataSuggestion(),
  }),
  // the list includes the daily backup an 'after-open' start makes a moment after opening
  'backups.list': async (ctx) => {
    await ctx.core.startupSettled;
    return listBackups(ctx.core);
  },
  'backups.create': async (ctx) => {
    const { file: _file, ...entry } = await backupInBackground(ctx.core, 'manual');
    return entry;
  },
  'backups.restorePreview': async (ctx, input) => {
    const p = await previewRestore(ctx.core, backupFileByName(ctx.core.dataDir, input.name));
    return { name: input.name, createdAt: p.createdAt, reason: p.reason, size: p.size, schemaVersion: p.schemaVersion, backup: p.backup, current: p.current };
  },
  'backups.addFile': (ctx, input) => {
    const { file: _file, ...entry } = addBackupFile(ctx.core.dataDir, basename(input.fileName), bytes(input.base64));
    return entry;
  },
  'backups.restore': async (ctx, input) => {
    const r = await restoreBackup(ctx.core, backupFileByName(ctx.core.dataDir, input.name));
    return { restoredFrom: basename(r.restoredFrom), safetyBackup: r.safetyBackup, summary: r.summary };
  },
  'backups.setMirror': (ctx, input) => ({ mirrorDir: changeMirrorDir(ctx.core, input.dir, { create: input.create }) }),
  'packages.export': (ctx, input) => {
    const r = exportPackage(ctx.core, input.planIds);
    return { fileName: r.fileName, base64: Buffer.from(r.bytes).toString('base64'), size: r.bytes.length, plans: r.plans, tasks: r.tasks, progressEntries: r.progressEntries };
  },
  'packages.preview': (ctx, input) => previewPackage(ctx.core, bytes(input.base64), basename(input.fileName)),
  'packages.import': (ctx, input) =>
    importPackage(ctx.core, bytes(input.base64), basename(input.fileName), { decisions: input.takeTheirs, expectedSha256: input.expectedSha256 }),
  'packages.imports': (ctx) => listPackageImports(ctx.core).map(({ fileSha256: _s, sourceMachineId: _m, ...r }) => r),
  'packages.undo': (ctx, input) => undoPackageImport(ctx.core, input.id),
} satisfies Partial<HandlerMap>;
