/** Every benchmark case, in the order they run. */
import type { BenchCase } from '../context';
import { coreStart } from './core-start';
import { exportCase, importDryRunCase } from './files';
import { gridScrollCase } from './grid-scroll';
import { eventLoopCase, importCommitCase } from './imports';
import { dashboardCase, searchCase, taskTableCase } from './queries';
import { restoreCase } from './restore';

export const CASES: readonly BenchCase[] = [coreStart, searchCase, taskTableCase, dashboardCase, importDryRunCase, importCommitCase, eventLoopCase, exportCase, restoreCase, gridScrollCase];
