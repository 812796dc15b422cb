/** Every benchmark case, in the order they run. */
import type { BenchCase } from '../context';
import { coreStart } from './core-start';

export const CASES: readonly BenchCase[] = [coreStart];
