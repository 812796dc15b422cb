/** Handlers for methods/imports.ts of the contract: thin calls into core/imports. */
import { deleteProfile } from '../../core/imports/repository';
import { analyzeUpload, analyzeUploadJson, batches, checkedUpload, commit, decodeUpload, preview, suggestPlan, undo } from '../../core/imports/pipeline';
import { profileList } from '../../core/imports/profiles';
import { progressUpload } from '../../core/imports/progress-upload';
import { RawJson } from '../raw-json';
import type { HandlerMap } from './types';

export const importsHandlers = {
  'imports.analyze': async (ctx, input) => {
    const req = { fileName: input.fileName, bytes: checkedUpload(input.dataBase64), kind: input.kind, overrides: input.overrides };
    // the app's doors: the worker validated and serialised the answer (api/raw-json.ts)
    return ctx.door === 'cli' ? analyzeUpload(ctx.core, req, false) : RawJson.fromValidatedWorker(await analyzeUploadJson(ctx.core, req));
  },
  'imports.preview': (ctx, input) => preview(ctx.core, input),
  'imports.commit': (ctx, input) =>
    commit(ctx.core, {
      planId: input.planId,
      kind: input.kind,
      file: input.file,
      source: input.source,
      mapping: input.mapping,
      records: input.records,
      orgChoices: input.orgChoices,
      profile: input.profile,
    }),
  'imports.suggestPlan': (ctx, input) => suggestPlan(ctx.core, input),
  'imports.progress.preview': (ctx, input) => progressUpload(ctx.core, { ...input, bytes: decodeUpload(input.dataBase64) }, false, ctx.door !== 'cli'),
  'imports.progress.commit': (ctx, input) => progressUpload(ctx.core, { ...input, bytes: decodeUpload(input.dataBase64) }, true, ctx.door !== 'cli'),
  'imports.undo': (ctx, input) => undo(ctx.core, input.batchId),
  'imports.batches': (ctx, input) => batches(ctx.core, input.planId ?? null),
  'imports.profiles': (ctx) => profileList(ctx.core.sql),
  'imports.profiles.delete': (ctx, input) => ({ deleted: deleteProfile(ctx.core.sql, input.id) > 0 }),
} satisfies Partial<HandlerMap>;
