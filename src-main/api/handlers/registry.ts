/** Handlers for methods/registry.ts: organisations, office settings, saved views. */
import { deleteView, listSavedViews, saveView } from '../../core/lists/views';
import { mergeOrganizations, mergePreview } from '../../core/organizations/merge';
import {
  addOrganizationAlias,
  createOrganization,
  registryTree,
  removeOrganizationAlias,
  updateOrganization,
} from '../../core/organizations/registry';
import { getOfficeIdentity, getOfficerName } from '../../core/settings/office';
import { saveOfficeSettings } from '../../core/settings/save-office';
import type { HandlerMap } from './types';

const ok = { ok: true } as const;

export const registryHandlers = {
  'registry.tree': (ctx) => registryTree(ctx.core.sql),
  'registry.create': (ctx, input) => ({ id: createOrganization(ctx.core.sql, input) }),
  'registry.update': (ctx, input) => {
    updateOrganization(ctx.core.sql, input);
    return ok;
  },
  'registry.addAlias': (ctx, input) => {
    addOrganizationAlias(ctx.core.sql, input.organizationId, input.alias);
    return ok;
  },
  'registry.removeAlias': (ctx, input) => {
    removeOrganizationAlias(ctx.core.sql, input.aliasId);
    return ok;
  },
  'registry.mergePreview': (ctx, input) => mergePreview(ctx.core.sql, input.sourceId, input.targetId),
  'registry.merge': (ctx, input) => mergeOrganizations(ctx.core.sql, input.sourceId, input.targetId),
  'officeSettings.get': (ctx) => ({
    office: getOfficeIdentity(ctx.core.sql),
    officerName: getOfficerName(ctx.core.sql) ?? '',
    dataDir: ctx.core.dataDir,
  }),
  'officeSettings.save': (ctx, input) => {
    saveOfficeSettings(ctx.core.sql, input.office, input.officerName);
    return ok;
  },
  'views.list': (ctx, input) => listSavedViews(ctx.core.sql, input.page),
  'views.save': (ctx, input) => saveView(ctx.core.sql, input),
  'views.delete': (ctx, input) => {
    deleteView(ctx.core.sql, input.id);
    return ok;
  },
} satisfies Partial<HandlerMap>;
