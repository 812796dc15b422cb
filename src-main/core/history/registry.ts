/** Every record kind the history engine can revert, by audit entity name. */
import { documentSpec, planSpec } from '../documents/spec';
import { linkSpec } from '../documents/links';
import { blockSpec } from '../plans/blocks';
import { taskGroupSpec } from '../tasks/groups';
import { taskSpec } from '../tasks/spec';
import { targetGroupSpec } from '../targets/groups';
import { targetSpec } from '../targets/spec';
import type { EntitySpec } from './spec';

export const ENTITY_SPECS: Record<string, EntitySpec> = Object.fromEntries(
  [taskSpec, targetSpec, taskGroupSpec, targetGroupSpec, blockSpec, documentSpec, planSpec, linkSpec].map((s) => [s.entity, s]),
);
