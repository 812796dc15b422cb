/**
 * The embedded default: every seed file, imported statically so the bundle carries
 * them (no file paths to resolve at run time). Order = load order.
 */
import organizations from './00-organizations.json';
import plan003 from './10-003-kh-trien-khai-de-an-1042.json';
import plan000 from './20-000-kh-ubnd-hoi-nhap-quoc-te.json';
import plan002 from './21-002-ctr-02-tu.json';
import plan001 from './22-001-kh-sgddt-doi-ngoai-2024-2025.json';
import plan004 from './23-004-kh-sgddt-nq-1035.json';

export interface SeedSource {
  /** file name, used in error messages */
  name: string;
  data: unknown;
}

export const EMBEDDED_SEEDS: readonly SeedSource[] = [
  { name: '00-organizations.json', data: organizations },
  { name: '10-003-kh-trien-khai-de-an-1042.json', data: plan003 },
  { name: '20-000-kh-ubnd-hoi-nhap-quoc-te.json', data: plan000 },
  { name: '21-002-ctr-02-tu.json', data: plan002 },
  { name: '22-001-kh-sgddt-doi-ngoai-2024-2025.json', data: plan001 },
  { name: '23-004-kh-sgddt-nq-1035.json', data: plan004 },
];
