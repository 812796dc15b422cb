/** Cores on fresh data folders for one test file, closed after each test. */
import { afterEach } from 'vitest';
import { Core } from '../../src-main/core/core';
import { tempDir } from './tmp';

export function coresClosedAfterEach(): () => Core {
  const open: Core[] = [];
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return () => {
    const c = Core.open({ dataDir: tempDir() });
    open.push(c);
    return c;
  };
}
