/**
 * The embedded default: every seed file, imported statically so the bundle carries
 * them (no file paths to resolve at run time). Order = load order.
 */
import organizations from './00-organizations.json';

export interface SeedSource {
  /** file name, used in error messages */
  name: string;
  data: unknown;
}

export const EMBEDDED_SEEDS: readonly SeedSource[] = [
  { name: '00-organizations.json', data: organizations },
];
